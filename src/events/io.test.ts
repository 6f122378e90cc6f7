import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openStore } from "../store/index.ts";
import { EventCoder } from "./coder.ts";
import { dyad } from "./dyad.ts";
import { eventsInvolving, importGdeltRows, insertCoded } from "./events-store.ts";
import { type ReadStats, readGdelt } from "./gdelt.ts";
import { codeGold, readGold, scoreGold } from "./gold.ts";
import { formatEvents } from "./output.ts";

const GOLD = new URL("../../data/gold/", import.meta.url).pathname;
const coder = new EventCoder({
  actorFiles: [`${GOLD}petrarch2_validation_actors.csv`],
  agentFiles: [`${GOLD}petrarch2_validation_agents.csv`],
});

function gdeltLine(
  id: number,
  date: string,
  a1: string,
  a2: string,
  code: string,
  quad: number,
  g: number,
): string {
  const f = new Array(58).fill("");
  f[0] = String(id);
  f[1] = date;
  f[5] = a1;
  f[15] = a2;
  f[26] = code;
  f[27] = code.slice(0, 3);
  f[28] = code.slice(0, 2);
  f[29] = String(quad);
  f[30] = String(g);
  f[31] = "3";
  f[57] = "http://example.org/x";
  return f.join("\t");
}

test("CSV/JSONL output with GDELT-compatible columns (golden file)", () => {
  const r = coder.code({
    docId: "doc1",
    text: 'Gondor attacked Mordor. Arnor said "Rohan, Bree" will meet Gondor.',
    date: "2014-02-03",
  });
  const csv = formatEvents(r.events, "csv");
  const golden = new URL("./output.golden.csv", import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, csv);
  assert.equal(csv, readFileSync(golden, "utf8"));
  const jsonl = formatEvents(r.events, "jsonl")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(jsonl[0].SQLDATE, "20140203");
  assert.equal(jsonl[0].event.pattern, "attack");
});

test("gold scoring: multiset matching at full, root and dyad level", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-gold-"));
  const path = join(dir, "g.jsonl");
  const recs = [
    {
      id: "a",
      date: "20140101",
      text: "Gondor attacked Mordor.",
      expected_events: [{ source: "GON", target: "MOR", event_code: "190" }],
    },
    {
      id: "b",
      date: "20140101",
      text: "Gondor attacked Mordor.",
      expected_events: [{ source: "GON", target: "MOR", event_code: "193" }],
    },
    {
      id: "c",
      date: "20140101",
      text: "The weather was fine.",
      expected_events: [{ source: null, target: null, event_code: "None" }],
    },
  ];
  writeFileSync(path, recs.map((r) => JSON.stringify(r)).join("\n"));
  const gold = readGold(path);
  assert.equal(gold[2]!.expected.length, 0);
  const out = codeGold(coder, gold);
  assert.deepEqual(out[0], {
    id: "a",
    events: [{ source: "GON", target: "MOR", event_code: "190" }],
  });
  const s = scoreGold(gold, out);
  assert.deepEqual([s.full.tp, s.full.fp, s.full.fn], [1, 1, 1]);
  assert.deepEqual([s.root.tp, s.root.fp, s.root.fn], [2, 0, 0]);
  assert.equal(s.full.f1, 0.5);
  assert.throws(() => readGold(join(dir, "missing.jsonl")), /SC_EVENTS_GOLD_READ|cannot read/);
});

test("GDELT import streams rows into the store; bad lines are counted, not fatal", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-gdelt-"));
  const path = join(dir, "g.export.CSV");
  const lines = [
    gdeltLine(1, "20180508", "USA", "IRN", "163", 4, -8),
    gdeltLine(2, "20180508", "USA", "IRN", "163", 4, -8),
    "garbage\tline",
    gdeltLine(3, "20180601", "IRNGOV", "USA", "111", 3, -2),
  ];
  writeFileSync(path, `${lines.join("\n")}\n`);
  const db = openStore(":memory:");
  const stats: ReadStats = { lines: 0, events: 0, skipped: 0, skippedLines: [] };
  const n = await importGdeltRows(db, readGdelt(path, stats), 2);
  assert.equal(n, 3);
  assert.equal(stats.skipped, 1);
  assert.deepEqual(stats.skippedLines, [3]);
  const rows = dyad(eventsInvolving(db, ["IRN", "USA"]), "IRN", "USA", {
    by: "month",
    dedup: "none",
  });
  assert.deepEqual(
    rows.map((r) => [r.period, r.direction, r.count]),
    [
      ["2018-05", "b->a", 2],
      ["2018-06", "a->b", 1],
    ],
  );
  const daily = dyad(eventsInvolving(db, ["IRN", "USA"]), "IRN", "USA", {
    by: "month",
    dedup: "daily",
  });
  assert.equal(daily[0]!.count, 1);
  const coded = coder.code({
    docId: "d",
    text: "Gondor attacked Mordor.",
    date: "2014-01-01",
  }).events;
  insertCoded(db, coded);
  assert.equal([...eventsInvolving(db, ["GON"], "coded")].length, 1);
  db.close();
  await assert.rejects(async () => {
    for await (const _ of readGdelt(join(dir, "none.CSV"))) void _;
  }, /SC_EVENTS_IMPORT_READ|not found/);
});
