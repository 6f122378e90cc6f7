import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import fc from "fast-check";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { normalizeText } from "./normalize.ts";
import { countWords, segment, splitSentences } from "./split-sentences.ts";

const texts = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

test("splits at terminal punctuation followed by a capital", () => {
  assert.deepEqual(texts("It went well! Did it? Yes. Next."), [
    "It went well!",
    "Did it?",
    "Yes.",
    "Next.",
  ]);
});

test("abbreviations, initials and closing quotes", () => {
  assert.deepEqual(
    texts(
      "Mr. President, Dr. Rouhani met Gen. Smith on 3 Jan. 2020 in Washington, D.C. The U.N. Charter applies.",
    ),
    [
      "Mr. President, Dr. Rouhani met Gen. Smith on 3 Jan. 2020 in Washington, D.C.",
      "The U.N. Charter applies.",
    ],
  );
  assert.deepEqual(texts("John F. Kennedy spoke. He said “we choose.” Then he left."), [
    "John F. Kennedy spoke.",
    "He said “we choose.”",
    "Then he left.",
  ]);
  assert.deepEqual(texts("See No. 5 and Art. 51. The answer is no. We refuse."), [
    "See No. 5 and Art. 51.",
    "The answer is no.",
    "We refuse.",
  ]);
  assert.deepEqual(texts("They joined the U.N. We did not."), [
    "They joined the U.N.",
    "We did not.",
  ]);
});

test("a lower-case continuation does not start a sentence", () => {
  assert.deepEqual(texts("the figure rose to 3.5 percent. in all, it grew."), [
    "the figure rose to 3.5 percent. in all, it grew.",
  ]);
});

test("property: sentence spans are trimmed, ordered, non-overlapping slices of their paragraph", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.constantFrom(
          "Mr.",
          "we",
          "Iran",
          "said",
          ".",
          "!",
          "?",
          " ",
          "\n",
          "U.S.",
          "“",
          "”",
          "é",
          "end.",
        ),
        { maxLength: 60 },
      ),
      (parts) => {
        const text = parts.join(" ");
        const seg = segment(text);
        let prev = -1;
        for (const s of seg.sentences) {
          const slice = text.slice(s.start, s.end);
          assert.equal(slice, slice.trim());
          assert.ok(slice.length > 0);
          assert.ok(s.start > prev);
          prev = s.end - 1;
          const p = seg.paragraphs[s.paragraph]!;
          assert.ok(s.start >= p.start && s.end <= p.end);
        }
      },
    ),
  );
});

test("agrees with wink-nlp's sentence boundaries on real UN text (>= 90% of boundaries)", () => {
  const nlp = winkNLP(model, ["sbd"]);
  let ours = 0;
  let theirs = 0;
  let shared = 0;
  for (const f of ["IRN_2013.txt", "USA_2001.txt", "CHN_1990.txt", "ISR_2015.txt"]) {
    const text = normalizeText(
      readFileSync(new URL(`../../examples/corpus/ungd/${f}`, import.meta.url), "utf8"),
    );
    for (const para of text.split("\n").filter((l) => l.trim())) {
      const mine = new Set(splitSentences(para).map((s) => s.end));
      const doc = nlp.readDoc(para);
      const wink = new Set<number>();
      let cursor = 0;
      doc.sentences().each((s: { out: () => string }) => {
        const out = s.out();
        const at = para.indexOf(out, cursor);
        if (at >= 0) {
          wink.add(at + out.length);
          cursor = at + out.length;
        }
      });
      ours += mine.size;
      theirs += wink.size;
      for (const e of mine) if (wink.has(e)) shared++;
    }
  }
  const f1 = (2 * shared) / (ours + theirs);
  assert.ok(f1 >= 0.9, `boundary agreement F1 ${f1.toFixed(3)}`);
});

test("countWords counts words, not numbers or punctuation", () => {
  assert.equal(countWords("We, the peoples of the United Nations — 1945!"), 7);
});
