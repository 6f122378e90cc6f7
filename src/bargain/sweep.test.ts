import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { isStatecraftError } from "../core/errors.ts";
import { createRng } from "../core/rng.ts";
import { readKtabCsv } from "./ktab-csv.ts";
import { BARGAINING_DATA } from "./reference-data.ts";
import { distribution, perturbScenario, runSweep } from "./sweep.ts";
import { runSweepParallel } from "./sweep-parallel.ts";

const file = join(BARGAINING_DATA, "ktab-inputs", "SOE-Pol-Comp.csv");
const scenario = readKtabCsv(readFileSync(file, "utf8"), file);

test("perturbation stays valid: saliences positive, at most 100 in total, positions in range", () => {
  const rng = createRng(4);
  for (let i = 0; i < 50; i++) {
    const p = perturbScenario(scenario, rng, {
      salienceNoise: 30,
      positionNoise: 30,
      capabilityNoise: 0.5,
    });
    for (const a of p.actors) {
      const total = a.salience.reduce((x, y) => x + y, 0);
      assert.ok(total > 0 && total <= 100 + 1e-9);
      for (const x of a.position) assert.ok(x >= 0 && x <= 100);
      assert.ok(a.capability > 0);
    }
  }
});

test("distribution quantiles", () => {
  const d = distribution([1, 2, 3, 4, 5]);
  assert.equal(d.median, 3);
  assert.equal(d.min, 1);
  assert.equal(d.max, 5);
  assert.equal(d.p25, 2);
  assert.equal(d.mean, 3);
});

test("sweep is seeded, and worker threads give the same summary as one thread", async () => {
  const o = { runs: 12, seed: 7, salienceNoise: 5 };
  const one = runSweep(scenario, o);
  const again = runSweep(scenario, o);
  assert.deepEqual(one, again);
  let calls = 0;
  const par = await runSweepParallel(scenario, o, {
    threads: 2,
    chunk: 5,
    onProgress: () => calls++,
  });
  assert.deepEqual(par, one);
  assert.equal(calls, 12);
  assert.deepEqual(Object.keys(one.forecast), scenario.dimensions);
  const other = runSweep(scenario, { ...o, seed: 8 });
  assert.notDeepEqual(other.forecast, one.forecast);
  const f = one.forecast[scenario.dimensions[0]!]!;
  assert.ok(f.min <= f.median && f.median <= f.max);
});

test("BDM sweep on a one-dimensional scenario", () => {
  const f = join(BARGAINING_DATA, "bdm", "bdm_eu_emissions_input.csv");
  const text = readFileSync(f, "utf8");
  const rows = text
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
  const s = {
    name: "eu",
    dimensions: ["Position"],
    actors: rows.map((r) => ({
      name: r[0]!,
      capability: Number(r[1]),
      position: [Number(r[2])],
      salience: [Number(r[3]) * 100],
    })),
  };
  const sum = runSweep(s, { runs: 5, model: "bdm", bdm: { rounds: 3 } });
  assert.equal(sum.model, "bdm");
  assert.equal(sum.runs, 5);
});

test("a coded error inside a worker reaches the caller with its code", async () => {
  await assert.rejects(
    runSweepParallel(
      scenario,
      { runs: 4, parameters: { bigRAdjust: "Full" } },
      { threads: 2, chunk: 1 },
    ),
    (e) => isStatecraftError(e) && e.code === "SC_BARGAIN_RISK_ESTIMATE" && Boolean(e.hint),
  );
});
