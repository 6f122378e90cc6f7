import assert from "node:assert/strict";
import { test } from "node:test";
import { profileGroups } from "./groups.ts";
import type { DocumentCoding } from "./types.ts";

const doc = (id: string, speaker: string, date: string): DocumentCoding => ({
  id,
  words: 10,
  sentenceWords: [10],
  utterances: [],
  hits: [],
  meta: { speaker, date },
});

test("speaker groups merge name variants but not ambiguous surnames; year groups use the date", () => {
  const docs = [
    doc("a", "Mr. VELAYATI", "1985"),
    doc("b", "Ali-Akbar Velayati", "1996"),
    doc("c", "Velayati", "1990"),
    doc("d", "George Bush", "1990"),
    doc("e", "George W. Bush", "2002"),
    doc("f", "Bush", "1991"),
  ];
  const bySpeaker = profileGroups(docs, "speaker", { replicates: 0 });
  assert.deepEqual(
    bySpeaker.map((p) => [p.label, p.documents]),
    [
      ["ali-akbar velayati", 3],
      ["bush", 1],
      ["george bush", 1],
      ["george w bush", 1],
    ],
  );
  const byYear = profileGroups(docs, "year", { replicates: 0 });
  assert.deepEqual(
    byYear.map((p) => p.label),
    ["1985", "1990", "1991", "1996", "2002"],
  );
  assert.equal(byYear[1]!.documents, 2);
});
