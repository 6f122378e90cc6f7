import assert from "node:assert/strict";
import { test } from "node:test";
import { basicNormalize, isHardWrapped, normalizeText, unwrapLines } from "./normalize.ts";

test("basicNormalize: NFC, LF endings, BOM, trailing spaces, blank runs", () => {
  const decomposed = "Re\u0301sume\u0301"; // e + combining acute
  assert.equal(
    basicNormalize(`\uFEFF${decomposed}  \r\nline two\r\n\r\n\r\n\r\nend\t`),
    "Résumé\nline two\n\nend",
  );
});

test("unwrapLines joins wrapped lines and keeps paragraph breaks", () => {
  assert.equal(
    unwrapLines("one two\nthree four.\n\nnext para\ncontinues."),
    "one two three four.\n\nnext para continues.",
  );
});

test("de-hyphenation: OCR breaks are joined, real compounds keep their hyphen", () => {
  // "government" appears unbroken elsewhere, so "govern-\nment" is an OCR break.
  assert.equal(
    unwrapLines("the govern-\nment acted. The government agreed."),
    "the government acted. The government agreed.",
  );
  // "life-sustaining" appears hyphenated elsewhere, so the hyphen belongs to the word.
  assert.equal(
    unwrapLines("of life-\nsustaining resources and life-sustaining water"),
    "of life-sustaining resources and life-sustaining water",
  );
  // Unknown either way: an end-of-line hyphen between lower-case letters is an OCR break.
  assert.equal(unwrapLines("inter-\nnational law"), "international law");
  // Capitalised right side is not de-hyphenated ("Franco-\nGerman" stays a compound).
  assert.equal(unwrapLines("the Franco-\nGerman treaty"), "the Franco- German treaty");
});

test("isHardWrapped tells OCR-wrapped text from one-paragraph-per-line text", () => {
  const wrapped = Array.from(
    { length: 12 },
    (_, i) => `this is a wrapped line number ${i} of the text which`,
  ).join("\n");
  assert.equal(isHardWrapped(`${wrapped}\nends here.`), true);
  const paragraphs = [
    "Title of a briefing",
    "Summary",
    "A long paragraph that goes on for a while and ends with a full stop, as running prose does in files written one paragraph per line, and it keeps going beyond any wrapping column.",
    "Another long paragraph that also goes on well past a hundred and thirty characters before it ends, because nobody wrapped it at a fixed width.",
    "Sources",
    "A source title",
    "Another source title",
  ].join("\n");
  assert.equal(isHardWrapped(paragraphs), false);
  assert.equal(normalizeText(paragraphs), paragraphs);
});
