import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { backtest, byDate, FORWARD_MIN_TRAIN } from "./backtest.ts";
import { loadDoctrineView } from "./doctrine-file.ts";
import { DEV_SET_PATH, loadTrainingCases, TRAINING_SET_PATHS } from "./fit-run.ts";
import { createModel } from "./models/index.ts";
import { loadScenarios } from "./scenario.ts";

const cases = loadScenarios(DEV_SET_PATH);
const doctrine = loadDoctrineView();

describe("forward-in-time backtest", () => {
  it("scores only cases after the first training block, in date order", () => {
    const r = backtest(cases, { models: ["rational", "uniform"], cv: "forward", doctrine });
    const timeline = byDate(cases);
    assert.equal(r.models[0]!.predictions.length, cases.length - FORWARD_MIN_TRAIN);
    assert.deepEqual(
      r.models[0]!.predictions.map((p) => p.case),
      timeline.slice(FORWARD_MIN_TRAIN).map((c) => c.scenario.id),
    );
  });

  it("predicts each case from a fit on strictly earlier cases only", () => {
    const r = backtest(cases, { models: ["leader"], cv: "forward", doctrine });
    const timeline = byDate(cases);
    const i = timeline.length - 1;
    const target = timeline[i]!;
    const earlier = timeline.filter((c) => c.scenario.date < target.scenario.date);
    const m = createModel("leader", doctrine).fit(earlier);
    const expected = m.predict(target.scenario).probabilities;
    const got = r.models[0]!.predictions.find((p) => p.case === target.scenario.id)!;
    assert.deepEqual(got.probabilities, expected);
    // Changing a later outcome must not change an earlier prediction.
    const flipped = cases.map((c) =>
      c.scenario.id === target.scenario.id
        ? { ...c, chosen: c.scenario.options.find((o) => o.id !== c.chosen)!.id }
        : c,
    );
    const r2 = backtest(flipped, { models: ["leader"], cv: "forward", doctrine });
    const before = r.models[0]!.predictions.filter((p) => p.case !== target.scenario.id);
    const after = r2.models[0]!.predictions.filter((p) => p.case !== target.scenario.id);
    assert.deepEqual(
      after.map((p) => p.probabilities),
      before.map((p) => p.probabilities),
    );
  });
});

test("the bundled training set loads as one set of uniquely named cases with outcomes", () => {
  const cases = loadTrainingCases();
  assert.ok(cases.length >= TRAINING_SET_PATHS.length * 10);
  assert.equal(new Set(cases.map((c) => c.scenario.id)).size, cases.length);
  assert.ok(cases.every((c) => c.chosen !== undefined));
});
