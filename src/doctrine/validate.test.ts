import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import type { Corpus } from "../corpus/index.ts";
import { parseDoctrine } from "./load.ts";
import { locateEvidence } from "./locate.ts";
import { HYPOTHETICAL, REFERENCE, seedCorpus } from "./testing.ts";
import { validateDoctrine } from "./validate.ts";
import { evidenceEntries } from "./walk.ts";

let corpus: Corpus;
before(async () => {
  corpus = await seedCorpus();
});
after(() => corpus.close());

const reference = readFileSync(REFERENCE, "utf8");

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in text`);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

async function check(text: string) {
  return validateDoctrine(parseDoctrine(text, { file: "iran-khamenei.yaml" }), corpus);
}

test("the reference doctrine validates against the seed corpus, every quote verified", async () => {
  const r = await validateDoctrine(REFERENCE, corpus);
  assert.deepEqual(
    r.issues.map((i) => i.format()),
    [],
  );
  assert.ok(r.ok);
  assert.equal(r.quotes.checked, evidenceEntries(r.doctrine!).length);
  assert.equal(r.quotes.verified, r.quotes.checked);
  assert.ok(r.quotes.checked > 50);
});

test("every statement of the reference is cited or marked analyst with a note", async () => {
  const d = parseDoctrine(reference).doctrine!;
  const cited = [
    ...d.principles,
    ...d.pillars.flatMap((p) => p.claims),
    ...d.stances,
    ...d.red_lines,
    ...d.flexibility,
  ];
  for (const item of cited) {
    if (item.provenance === "analyst")
      assert.ok(item.analyst_note, JSON.stringify(item).slice(0, 80));
    else assert.ok(item.evidence.length > 0, JSON.stringify(item).slice(0, 80));
  }
  for (const p of d.parameters) {
    if (p.provenance === "analyst") assert.ok(p.note);
    if (p.provenance === "text") assert.ok(p.evidence.length > 0);
  }
  assert.ok(d.gaps.some((g) => g.id === "fifth_pillar"));
  for (const code of ["USA", "ISR", "RUS", "CHN", "SAU", "GCC", "SCO", "BRICS", "HEZ", "HAM"])
    assert.ok(
      d.stances.some((s) => s.target === code),
      code,
    );
});

test("the hypothetical doctrine is valid and marked hypothetical", async () => {
  const r = await validateDoctrine(HYPOTHETICAL, corpus);
  assert.ok(r.ok);
  assert.equal(r.doctrine?.hypothetical, true);
});

test("a mutated quote fails at the quote's line and column", async () => {
  const original = "quote: Wisdom emphasized rational decision-making";
  const text = reference.replace(original, "quote: Wisdom emphasised rational decision-making");
  const r = await check(text);
  assert.equal(r.ok, false);
  assert.equal(r.issues.length, 1, r.issues.map((i) => i.format()).join("\n"));
  const e = r.issues[0]!;
  const at = where(text, "Wisdom emphasised rational");
  assert.equal(e.code, "SC_DOCTRINE_QUOTE_NOT_FOUND");
  assert.equal(e.field, "principles[1].evidence[0].quote");
  assert.equal(e.file, "iran-khamenei.yaml");
  assert.deepEqual({ line: e.line, column: e.column }, at);
  assert.match(e.hint ?? "", /matches up to "Wisdom"/);
});

test("a mutated offset fails at the offset's line and column", async () => {
  const first = /start: (\d+)/.exec(reference)!;
  const text = reference.replace(first[0], `start: ${Number(first[1]) + 1}`);
  const r = await check(text);
  assert.equal(r.issues.length, 1, r.issues.map((i) => i.format()).join("\n"));
  const e = r.issues[0]!;
  const at = where(text, `start: ${Number(first[1]) + 1}`);
  assert.equal(e.code, "SC_DOCTRINE_OFFSETS_WRONG");
  assert.equal(e.field, "principles[0].evidence[0].start");
  assert.deepEqual(
    { line: e.line, column: e.column },
    { line: at.line, column: at.column + "start: ".length },
  );
  assert.match(e.message, new RegExp(`found at ${first[1]}\\.\\.`));
});

test("offsets past the end of the document", async () => {
  const first = /end: (\d+)/.exec(reference)!;
  const r = await check(reference.replace(first[0], "end: 999999"));
  assert.equal(r.issues[0]?.code, "SC_DOCTRINE_OFFSETS_OUT_OF_RANGE");
  assert.equal(r.issues[0]?.field, "principles[0].evidence[0].end");
});

test("a document id that is not in the corpus", async () => {
  const text = reference.replace('doc: "000_2d4bdb8508694ecc"', 'doc: "000_missing"');
  const r = await check(text);
  const e = r.issues[0]!;
  assert.equal(e.code, "SC_DOCTRINE_UNKNOWN_DOCUMENT");
  assert.equal(e.line, where(text, '"000_missing"').line);
  assert.match(e.field ?? "", /evidence\[\d+\]\.doc$/);
});

test("evidence without a document id is a schema error", async () => {
  const text = reference.replace(/- doc: "000_2d4bdb8508694ecc"\n +/, "- ");
  const r = await check(text);
  assert.equal(r.issues[0]?.code, "SC_DOCTRINE_MISSING_FIELD");
  assert.match(r.issues[0]?.field ?? "", /evidence\[\d+\]\.doc$/);
});

test("locate fills offsets that were removed, reproducing the reference byte for byte", async () => {
  const stripped = reference.replace(/\n +(start|end): \d+/g, "");
  assert.ok(!/start: \d/.test(stripped));
  const missing = await check(stripped);
  assert.ok(missing.issues.every((i) => i.code === "SC_DOCTRINE_OFFSETS_MISSING"));
  const located = await locateEvidence(parseDoctrine(stripped), corpus);
  assert.deepEqual(located.issues, []);
  assert.equal(located.text, reference);
  assert.equal(located.changes.length, missing.issues.length);
});

test("locate repairs a wrong offset and leaves everything else as written", async () => {
  const first = /start: (\d+)/.exec(reference)!;
  const broken = reference.replace(first[0], "start: 5");
  const located = await locateEvidence(parseDoctrine(broken), corpus);
  assert.equal(located.changes.length, 1);
  assert.equal(located.text, reference);
});

test("locate works on flow-style evidence maps", async () => {
  const text = reference.replace(
    /- doc: "001_dcca0429d434bd18:2"\n +start: \d+\n +end: \d+\n +quote: (Wisdom emphasized[^\n]+)/,
    '- { doc: "001_dcca0429d434bd18:2", quote: "$1" }',
  );
  assert.notEqual(text, reference);
  const located = await locateEvidence(parseDoctrine(text), corpus);
  assert.equal(located.changes.length, 1);
  assert.match(
    located.text,
    /\{ doc: "001_dcca0429d434bd18:2", start: \d+, end: \d+, quote: "Wisdom/,
  );
  assert.ok((await check(located.text)).ok);
});
