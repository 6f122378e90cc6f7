import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readKtabCsv } from "./ktab-csv.ts";
import { toBargainCsv, toBargainJson, toBargainSummary } from "./output.ts";
import { BARGAINING_DATA } from "./reference-data.ts";
import { runSmp } from "./smp.ts";

const file = join(BARGAINING_DATA, "ktab-inputs", "dummyData_3Dim.csv");
const r = runSmp(readKtabCsv(readFileSync(file, "utf8"), "dummyData_3Dim.csv"));

test("JSON shape: model, turns, dimensions, final, trajectory, probabilities", () => {
  const j = toBargainJson(r);
  assert.deepEqual(Object.keys(j).slice(0, 6), [
    "model",
    "turns",
    "dimensions",
    "final",
    "trajectory",
    "probabilities",
  ]);
  assert.equal(j.model, "smp");
  assert.equal(j.turns, 10);
  assert.deepEqual(j.dimensions, ["Pstn1", "Pstn2", "Pstn3"]);
  assert.equal(j.trajectory.length, 11);
  assert.equal(j.probabilities.length, 11);
  assert.deepEqual(
    j.final["SActor-00"]!.map((x) => x.toFixed(2)),
    ["78.56", "31.76", "74.05"],
  );
  assert.deepEqual(j.trajectory[0]!["SActor-02"], [82.45, 90.89, 0.07]);
  assert.equal(j.probabilities[0]!["SActor-04"]!.toFixed(4), "0.6001");
});

test("golden: summary table and CSV head (UPDATE_GOLDEN=1 rewrites)", () => {
  const csv = toBargainCsv(r);
  const lines = csv.trim().split("\n");
  assert.equal(lines[0], "turn,actor_index,actor,dim_index,dimension,position,probability");
  assert.equal(lines.length, 1 + 11 * 7 * 3);
  const got = `${toBargainSummary(r)}\n${lines.slice(0, 8).join("\n")}\n`;
  const golden = join(import.meta.dirname, "output.golden.md");
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, got);
  assert.equal(got, readFileSync(golden, "utf8"));
});
