import assert from "node:assert/strict";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { type Corpus, openCorpus } from "./open-corpus.ts";
import { toFtsQuery } from "./search.ts";
import { tempDir } from "./testing.ts";

const seeds = fileURLToPath(new URL("../../examples/corpus/seeds", import.meta.url));
let corpus: Corpus;

before(async () => {
  corpus = openCorpus(join(tempDir(), "s.db"));
  await corpus.ingest([seeds]);
  const { writeFileSync, mkdirSync } = await import("node:fs");
  const dir = join(tempDir(), "ungd");
  mkdirSync(dir);
  writeFileSync(
    join(dir, "IRN_2013.txt"),
    "Sanctions are violent. We want talks with the United States. Flexibility is not mentioned here.",
  );
  writeFileSync(join(dir, "USA_2013.txt"), "We will keep sanctions until Iran negotiates.");
  writeFileSync(
    join(dir, "speeches.jsonl"),
    [
      { file: "IRN_2013.txt", country_iso3: "IRN", year: 2013, speaker: "Mr. Hassan Rouhani" },
      { file: "USA_2013.txt", country_iso3: "USA", year: 2013, speaker: "Barack Obama" },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n"),
  );
  await corpus.ingest([dir]);
});

test("toFtsQuery quotes terms, keeps phrases, drops unquoted function words", () => {
  assert.equal(toFtsQuery("heroic flexibility"), '"heroic" "flexibility"');
  assert.equal(toFtsQuery('"Look to the East" policy'), '"Look to the East" "policy"');
  assert.equal(toFtsQuery("U.S. sanctions: AND OR"), '"U S" "sanctions" "AND" "OR"');
  assert.equal(toFtsQuery("negotiat*"), '"negotiat"*');
  assert.equal(toFtsQuery("the of"), '"the" "of"');
});

test("phrase search finds the seed passages with exact offsets and highlighted snippets", () => {
  const hits = corpus.search('"heroic flexibility"');
  assert.ok(hits.length >= 2);
  for (const h of hits) {
    const doc = corpus.document(h.doc.id)!;
    assert.equal(doc.text.slice(h.passage.start, h.passage.end), h.passage.text);
    assert.match(h.snippet, /\[heroic\] \[flexibility\]|\[heroic flexibility\]/i);
  }
  assert.ok(hits.every((h) => h.doc.id === "000_2d4bdb8508694ecc"));
});

test("BM25 ranks a passage with more of the query terms first", () => {
  const hits = corpus.search("Russia China East", { limit: 5 });
  assert.ok(hits.length > 0);
  const first = hits[0]!.passage.text;
  assert.match(first, /Russia/);
  assert.match(first, /China/);
  assert.ok(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score));
});

test("filters: speaker (honorifics ignored), country, dates", () => {
  assert.deepEqual(
    corpus.search("sanctions", { speaker: "rouhani" }).map((h) => h.doc.id),
    ["IRN_2013"],
  );
  assert.deepEqual(
    corpus.search("sanctions", { country: "usa" }).map((h) => h.doc.id),
    ["USA_2013"],
  );
  assert.equal(corpus.search("sanctions", { from: "2014" }).length, 0);
  assert.equal(corpus.search("sanctions", { to: "2013" }).length, 2);
});

test("paragraph level returns the paragraph holding the match, once", () => {
  const hits = corpus.search("SWIFT", { level: "paragraph" });
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.passage.level, "paragraph");
  assert.match(hits[0]!.passage.text, /^Second is energy security/);
  assert.match(hits[0]!.snippet, /\[SWIFT\]/);
});

test("an empty query is a coded error", () => {
  assert.throws(() => corpus.search("  ?! "), { code: "SC_SEARCH_EMPTY" });
});

test("documents can be filtered by who they are about (metadata subject)", () => {
  assert.deepEqual(
    corpus.documents({ subject: "Khamenei" }).map((d) => d.id),
    [
      "000_2d4bdb8508694ecc",
      "001_dcca0429d434bd18:1",
      "001_dcca0429d434bd18:2",
      "001_dcca0429d434bd18:3",
    ],
  );
  assert.equal(corpus.documents({ subject: "Rouhani" }).length, 0);
});
