import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../../bin/statecraft.js", import.meta.url));
const gold = fileURLToPath(new URL("../../../data/gold/", import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

test("statecraft events gold --json: one line per record, then the scores", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-cli-gold-"));
  // The validation dictionaries are found beside the gold file by default.
  copyFileSync(
    join(gold, "petrarch2_validation_actors.csv"),
    join(dir, "petrarch2_validation_actors.csv"),
  );
  copyFileSync(
    join(gold, "petrarch2_validation_agents.csv"),
    join(dir, "petrarch2_validation_agents.csv"),
  );
  const file = join(dir, "g.jsonl");
  const recs = [
    {
      id: 1,
      date: "20140101",
      text: "Gondor attacked Mordor.",
      expected_events: [{ source: "GON", target: "MOR", event_code: "190" }],
      treebank_parse: "(IGNORED)",
    },
    { id: "b", date: "20140101", text: "The weather was fine.", expected_events: [] },
  ];
  writeFileSync(file, recs.map((r) => JSON.stringify(r)).join("\n"));
  const r = run(["events", "gold", file, "--json"]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.deepEqual(lines[0], {
    id: "1",
    events: [{ source: "GON", target: "MOR", event_code: "190" }],
  });
  assert.deepEqual(lines[1], { id: "b", events: [] });
  assert.equal(lines[2].scores.full.f1, 1);
  const bad = run(["events", "gold", join(dir, "none.jsonl")]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^SC_EVENTS_GOLD_READ/);
});

test("statecraft events code writes GDELT-style CSV; dyad and pressures read it", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-cli-code-"));
  writeFileSync(
    join(dir, "a.txt"),
    "Iraq attacked Iran. Iran condemned Iraq. The United States imposed sanctions on Iran.",
  );
  const out = join(dir, "ev.csv");
  const r = run([
    "events",
    "code",
    join(dir, "a.txt"),
    "--date",
    "2018-03-04",
    "--out",
    out,
    "--explain",
  ]);
  assert.equal(r.status, 0, r.stderr);
  const csv = readFileSync(out, "utf8").trim().split("\n");
  assert.match(csv[0]!, /^GLOBALEVENTID,SQLDATE,Actor1Code,Actor2Code,EventCode/);
  assert.ok(
    csv.some((l) => l.includes(",20180304,IRQ,IRN,190,")),
    csv.join("\n"),
  );
  const d = run(["events", "dyad", "IRN", "IRQ", "--events", out, "--json"]);
  assert.equal(d.status, 0, d.stderr);
  const rows = JSON.parse(d.stdout).rows as Array<{ direction: string; count: number }>;
  assert.deepEqual(
    rows.map((x) => [x.direction, x.count]),
    [
      ["a->b", 1],
      ["b->a", 1],
    ],
  );
  const sc = join(dir, "s.json");
  writeFileSync(
    sc,
    JSON.stringify({
      id: "s",
      date: "2018-06-01",
      decider: "IRN leadership",
      pressures: { military_threat: 0.5, isolation: 0.5 },
    }),
  );
  const p = run(["events", "pressures", sc, "--events", out, "--out", join(dir, "s2.json")]);
  assert.equal(p.status, 0, p.stderr);
  const filled = JSON.parse(readFileSync(join(dir, "s2.json"), "utf8"));
  assert.ok(filled.pressures.military_threat > 0);
  assert.match(filled.pressures_note, /estimated/);
  const bad = run(["events", "dyad", "IRN", "IRQ", "--events", out, "--by", "week"]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^SC_EVENTS_BAD_OPTION/);
});
