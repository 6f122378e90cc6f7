/**
 * BDM model against the worked example (EU emission standards, research note 3.4): every
 * move's expected utilities and new position, and the weighted-mean forecast, round by round.
 * Rounds 1-5 equal the published log of the Scholz-code port; 6-10 were computed by the
 * research note's independent implementation. The note states exact agreement with all printed
 * digits, so the tolerance is 1e-12 (relative for EUs) and the CSV's 12 decimals for the means.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { isStatecraftError } from "../core/errors.ts";
import { BdmModel, medianVoterPosition, weightedMean } from "./bdm.ts";
import { readBdmCsv } from "./formats.ts";
import { readKtabCsv } from "./ktab-csv.ts";
import { BARGAINING_DATA } from "./reference-data.ts";

const dir = join(BARGAINING_DATA, "bdm");
const input = join(dir, "bdm_eu_emissions_input.csv");
const scenario = readBdmCsv(readFileSync(input, "utf8"), input);
const expected = readFileSync(join(dir, "bdm_eu_emissions_scholz_code_rounds.csv"), "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.split(","));

const close = (a: number, b: number, rel: number) =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

test("BDM input loads: 10 actors, salience read on a 0-1 scale", () => {
  assert.equal(scenario.actors.length, 10);
  assert.equal(scenario.actors[0]!.name, "Netherlands");
  assert.equal(scenario.actors[0]!.salience[0], 80);
});

test("BDM worked example: moves and means match round by round (10 rounds)", () => {
  const r = new BdmModel({ rounds: 10 }).fit(scenario).predict();
  const means = expected.filter((row) => row[2] === "mean");
  assert.equal(means.length, 11);
  for (const row of means) {
    const round = Number(row[0]);
    assert.ok(
      close(r.means[round]!, Number(row[5]), 1e-12),
      `mean round ${round}: ${r.means[round]}`,
    );
  }
  const moves = expected.filter((row) => row[2] !== "mean");
  assert.equal(r.moves.length, moves.length);
  moves.forEach((row, i) => {
    const m = r.moves[i]!;
    assert.equal(m.round, Number(row[0]));
    assert.equal(m.actor, row[1]);
    assert.equal(m.event, row[2]);
    assert.ok(close(m.euIJ, Number(row[3]), 1e-12), `${row.join(",")}: E_ij ${m.euIJ}`);
    assert.ok(close(m.euJI, Number(row[4]), 1e-12), `${row.join(",")}: E_ji ${m.euJI}`);
    assert.ok(close(m.position, Number(row[5]), 1e-12), `${row.join(",")}: pos ${m.position}`);
  });
  assert.equal(r.turns, 10);
  assert.equal(r.positions.length, 11);
  for (const p of r.probabilities) assert.ok(p.every((x) => x > 0 && x <= 1));
});

test("BDM forecasts: initial weighted mean and median", () => {
  const x = scenario.actors.map((a) => a.position[0]!);
  const c = scenario.actors.map((a) => a.capability);
  const s = scenario.actors.map((a) => a.salience[0]! / 100);
  assert.ok(close(weightedMean(x, c, s), 7.389955686853767, 1e-14));
  assert.equal(medianVoterPosition(x, c, s), 7);
});

test("BDM options: the paper's least-move choice and fixed capitulation run and differ", () => {
  const base = new BdmModel({ rounds: 5 }).fit(scenario).predict();
  const alt = new BdmModel({ rounds: 5, offerChoice: "least-move", capitulation: "fixed" })
    .fit(scenario)
    .predict();
  assert.equal(alt.positions.length, alt.turns + 1);
  assert.notDeepEqual(alt.means, base.means);
  const pairwise = new BdmModel({ rounds: 3, probability: "pairwise" }).fit(scenario).predict();
  assert.ok(pairwise.turns >= 1);
});

test("BDM refuses multi-dimensional scenarios with a coded error", () => {
  const file = join(BARGAINING_DATA, "ktab-inputs", "dummyData_3Dim.csv");
  const s = readKtabCsv(readFileSync(file, "utf8"), file);
  assert.throws(
    () => new BdmModel().fit(s),
    (e) => isStatecraftError(e) && e.code === "SC_BARGAIN_BDM_DIMENSIONS",
  );
});
