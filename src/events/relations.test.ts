import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { dyad, type EventRecord, periodOf } from "./dyad.ts";
import { estimatePressures } from "./pressures.ts";
import { fillScenarioPressures } from "./scenario-pressures.ts";

const ev = (
  date: string,
  source: string,
  target: string,
  code: string,
  goldstein: number,
  quadClass: number,
): EventRecord => ({
  date,
  source,
  target,
  code,
  goldstein,
  quadClass,
});

const events: EventRecord[] = [
  ev("2018-05-08", "USA", "IRN", "163", -8, 4),
  ev("2018-05-08", "USAGOV", "IRN", "163", -8, 4), // another actor code: a separate event
  ev("2018-05-08", "USA", "IRN", "163", -8, 4), // the same event reported twice
  ev("2018-05-20", "IRNGOV", "USA", "111", -2, 3),
  ev("2018-06-02", "IRN", "USA", "036", 4, 1),
  ev("2018-06-02", "FRA", "IRN", "051", 3.4, 1),
];

test("periods", () => {
  assert.equal(periodOf("2018-05-08", "month"), "2018-05");
  assert.equal(periodOf("2018-05-08", "quarter"), "2018-Q2");
  assert.equal(periodOf("2018-05-08", "year"), "2018");
  assert.equal(periodOf("2018-05-08", "day"), "2018-05-08");
});

test("dyad counts and Goldstein sums per direction, with explicit deduplication", () => {
  const rows = dyad(events, "IRN", "USA", { by: "month" });
  assert.deepEqual(
    rows.map((r) => [r.period, r.direction, r.count, r.goldsteinSum]),
    [
      ["2018-05", "a->b", 1, -2],
      ["2018-05", "b->a", 2, -16],
      ["2018-06", "a->b", 1, 4],
    ],
  );
  const raw = dyad(events, "IRN", "USA", { by: "month", dedup: "none" });
  assert.equal(raw.find((r) => r.direction === "b->a")!.count, 3);
  const exact = dyad(events, "IRN", "USA", { prefix: false, dedup: "none" });
  assert.equal(
    exact.reduce((n, r) => n + r.count, 0),
    3,
  );
  assert.deepEqual(rows[1]!.quad, [0, 0, 0, 2]);
});

test("pressures: hand-computed threat and isolation", () => {
  const p = estimatePressures(events, "IRN", "2018-06-10", { halfLifeDays: 1e9, volumeScale: 1e9 });
  // No decay and no volume factor -> plain shares; the volume factor with scale 1e9 is ~n/1e9.
  assert.equal(p.basis.eventsAtState, 4);
  assert.equal(p.basis.hostileMilitaryAtState, 3);
  assert.equal(p.basis.eventsWithOthers, 6);
  assert.equal(p.basis.conflictualWithOthers, 4);
  const q = estimatePressures(events, "IRN", "2018-06-10", {
    halfLifeDays: 1e12,
    volumeScale: 1e-9,
  });
  assert.equal(q.military_threat, 0.75);
  assert.equal(q.isolation, Math.round((4 / 6) * 1000) / 1000);
  const none = estimatePressures(events, "IRN", "2018-01-01");
  assert.equal(none.military_threat, 0);
  assert.equal(none.isolation, 0);
  // Events on or after the date do not count.
  assert.equal(estimatePressures(events, "IRN", "2018-05-08").basis.eventsAtState, 0);
});

test("scenario files get estimated pressures, marked in pressures_note", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-events-"));
  const path = join(dir, "s.jsonl");
  const rec = {
    id: "x",
    date: "2018-06-10",
    decider: "IRN leadership",
    pressures: { sanctions: 0.8, military_threat: 0.5, isolation: 0.5 },
    pressures_note: "judged",
  };
  writeFileSync(path, `${JSON.stringify(rec)}\n`);
  const res = fillScenarioPressures(path, () => events, {});
  const out = JSON.parse(res.text.trim());
  assert.equal(out.pressures.sanctions, 0.8);
  assert.equal(out.pressures.military_threat, res.estimates[0]!.military_threat);
  assert.match(
    out.pressures_note,
    /^judged \[estimated: military_threat and isolation estimated from the event record/,
  );
  // Re-running replaces the marker instead of appending a second one.
  writeFileSync(path, res.text);
  const again = JSON.parse(fillScenarioPressures(path, () => events).text.trim());
  assert.equal((again.pressures_note.match(/\[estimated:/g) ?? []).length, 1);
  assert.ok(readFileSync(path, "utf8").length > 0);
});
