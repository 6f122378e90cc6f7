import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { aggregate, LOG_LOSS_FLOOR, scoreCase } from "./metrics.ts";

describe("metrics", () => {
  it("scores a confident hit, a miss and a tie", () => {
    const hit = scoreCase("a", "x", { x: 0.8, y: 0.2 });
    assert.equal(hit.correct, 1);
    assert.ok(Math.abs(hit.brier - (0.04 + 0.04)) < 1e-12);
    assert.ok(Math.abs(hit.logLoss + Math.log(0.8)) < 1e-12);
    const miss = scoreCase("b", "y", { x: 1, y: 0 });
    assert.equal(miss.correct, 0);
    assert.equal(miss.brier, 2);
    assert.equal(miss.logLoss, -Math.log(LOG_LOSS_FLOOR));
    const tie = scoreCase("c", "x", { x: 0.5, y: 0.5, z: 0 });
    assert.equal(tie.correct, 0.5);
  });

  it("aggregates means and a calibration table", () => {
    const s = aggregate([
      scoreCase("a", "x", { x: 0.9, y: 0.1 }),
      scoreCase("b", "y", { x: 0.9, y: 0.1 }),
    ]);
    assert.equal(s.cases, 2);
    assert.equal(s.accuracy, 0.5);
    const top = s.calibration[4]!;
    assert.equal(top.count, 2);
    assert.ok(Math.abs(top.meanPredicted - 0.9) < 1e-12);
    assert.equal(top.observed, 0.5);
    assert.equal(
      s.calibration.reduce((a, b) => a + b.count, 0),
      4,
    );
  });
});
