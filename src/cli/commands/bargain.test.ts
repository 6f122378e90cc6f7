import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../../bin/statecraft.js", import.meta.url));
const data = fileURLToPath(new URL("../../../data/bargaining/", import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

test("statecraft bargain run --json prints the documented shape matching KTAB", () => {
  const r = run(["bargain", "run", join(data, "ktab-inputs", "SOE-Policy.csv"), "--json"]);
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.model, "smp");
  assert.equal(j.turns, 19);
  assert.deepEqual(j.dimensions, ["Policy Position"]);
  assert.equal(j.trajectory.length, 20);
  assert.equal(j.probabilities.length, 20);
  const ref = readFileSync(
    join(data, "ktab-outputs", "SOE-Policy", "SOE-Policy_final_positions.csv"),
    "utf8",
  )
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
  for (const row of ref) assert.ok(Math.abs(j.final[row[2]!][0] - Number(row[5])) < 1e-9);
});

test("statecraft bargain run: --param, --csv, --model bdm, and coded errors", () => {
  const csv = run([
    "bargain",
    "run",
    join(data, "ktab-inputs", "dummyData_3Dim.csv"),
    "--csv",
    "--param",
    "VictoryProbModel=Square",
  ]);
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(csv.stdout.trim().split("\n").length, 1 + 6 * 7 * 3);
  const bdm = run([
    "bargain",
    "run",
    join(data, "bdm", "bdm_eu_emissions_input.csv"),
    "--model",
    "bdm",
  ]);
  assert.equal(bdm.status, 0, bdm.stderr);
  assert.match(bdm.stdout, /^BDM: 5 turn\(s\)/);
  const dir = mkdtempSync(join(tmpdir(), "sc-bargain-"));
  const bad = join(dir, "bad.csv");
  writeFileSync(bad, "T,d,3,1\nActor,Desc,Power,P,S\nA,,0,10,50\nB,,10,20,50\nC,,10,30,50\n");
  const r = run(["bargain", "run", bad]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^SC_BARGAIN_ZERO_CAPABILITY: .*bad\.csv:3/);
  const p = run(["bargain", "run", bad, "--param", "Nope=1"]);
  assert.equal(p.status, 1);
});

test("statecraft bargain sweep --json is seeded", () => {
  const args = ["bargain", "sweep", join(data, "ktab-inputs", "SOE-Pol-Comp.csv"), "--runs", "6"];
  const a = run([...args, "--json", "--threads", "0"]);
  assert.equal(a.status, 0, a.stderr);
  const b = run([...args, "--json", "--threads", "2"]);
  assert.equal(b.status, 0, b.stderr);
  assert.deepEqual(JSON.parse(a.stdout), JSON.parse(b.stdout));
  assert.equal(JSON.parse(a.stdout).runs, 6);
});
