/** The leader layer: another doctrine keeps the fitted scales and changes only the leader's part. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadDoctrineView } from "./doctrine-file.ts";
import { createModel, modelParams } from "./models/index.ts";
import { devCases, SUCCESSOR_DOCTRINE, testDoctrine } from "./test-helpers.ts";

describe("leader layer", () => {
  const cases = devCases();
  const a = testDoctrine();
  const b = loadDoctrineView(SUCCESSOR_DOCTRINE);

  for (const id of ["rational", "governmental", "leader"] as const) {
    it(`${id}: a counterfactual doctrine reuses the fitted parameters and moves the predictions`, () => {
      const fitted = createModel(id, a).fit(cases);
      const params = modelParams(fitted);
      const same = createModel(id, a, params);
      const other = createModel(id, b, params);
      if (id === "leader") {
        (same as unknown as { remember(c: unknown): void }).remember(cases);
        (other as unknown as { remember(c: unknown): void }).remember(cases);
      }
      let moved = 0;
      for (const c of cases) {
        assert.deepEqual(
          same.predict(c.scenario).probabilities,
          fitted.predict(c.scenario).probabilities,
        );
        const pa = same.predict(c.scenario).probabilities;
        const pb = other.predict(c.scenario).probabilities;
        if (Object.keys(pa).some((k) => Math.abs(pa[k]! - pb[k]!) > 1e-6)) moved++;
      }
      assert.ok(moved > 0, "the successor doctrine changes no prediction");
    });
  }

  it("reads the doctrine's term weights, stances and leader weight", () => {
    assert.equal(a.weights.dignity, 0.9);
    assert.equal(b.weights.dignity, 0.3);
    assert.equal(a.stance("USA")?.alignment, -0.9);
    assert.equal(b.stance("USA")?.alignment, -0.3);
    assert.equal(a.leaderWeight, 0.4);
    assert.ok(a.evidence.dignity.length > 0);
  });
});
