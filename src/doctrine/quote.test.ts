import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { findQuote, normaliseWhitespace, normaliseWithOffsets, quoteMatches } from "./quote.ts";

test("whitespace normalisation collapses runs and trims", () => {
  assert.equal(normaliseWhitespace("  a\n\n b\t c  "), "a b c");
});

test("a quote wrapped across lines is found at its original offsets", () => {
  const text = "First line.\n\nIt was rooted in\nIran's   history. End.";
  const spans = findQuote(text, "rooted in Iran's history.");
  assert.deepEqual(spans, [{ start: 20, end: 47 }]);
  assert.equal(text.slice(20, 47), "rooted in\nIran's   history.");
  assert.ok(quoteMatches(text, 20, 47, "rooted in Iran's history."));
  assert.ok(!quoteMatches(text, 19, 47, "rooted in Iran's history."));
  assert.ok(!quoteMatches(text, 20, 999, "rooted in Iran's history."));
});

test("every occurrence is reported", () => {
  assert.equal(findQuote("ab ab ab", "ab").length, 3);
  assert.equal(findQuote("abc", "").length, 0);
  assert.equal(findQuote("abc", "x").length, 0);
});

test("property: any word-aligned slice of a text is found where it was cut", () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 2, maxLength: 30 }),
      fc.array(fc.constantFrom(" ", "\n", "  ", "\n\n", "\t"), { minLength: 30, maxLength: 30 }),
      fc.nat(),
      fc.nat(),
      (words, seps, i, j) => {
        const text = words.map((w, k) => w + seps[k]).join("");
        const a = i % words.length;
        const b = a + (j % (words.length - a));
        const starts: number[] = [];
        let pos = 0;
        words.forEach((w, k) => {
          starts.push(pos);
          pos += w.length + seps[k]!.length;
        });
        const start = starts[a]!;
        const end = starts[b]! + words[b]!.length;
        const spans = findQuote(text, text.slice(start, end));
        assert.ok(spans.some((s) => s.start === start && s.end === end));
        const view = normaliseWithOffsets(text);
        assert.equal(view.text.length, view.offsets.length);
      },
    ),
  );
});
