/** Utility terms: each concession is valued by the flexibility rule that permits it. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRng } from "../core/rng.ts";
import type { DoctrineView, FlexibilityRule } from "./doctrine-view.ts";
import { compileScenario, DrawKernel, flexKernel, utilities } from "./kernel.ts";
import { parseScenarios } from "./scenario.ts";
import { TargetBook } from "./targets.ts";
import { scenarioTerms } from "./terms.ts";
import { testDoctrine } from "./test-helpers.ts";

const scenario = parseScenarios(
  JSON.stringify({
    id: "t-flex",
    date: "2010-01-01",
    decider: "IRN leadership",
    officials: { supreme_leader: "Ali Khamenei" },
    context: "A test situation.",
    pressures: {
      sanctions: 0.5,
      military_threat: 0.3,
      economic_crisis: 0.2,
      domestic_unrest: 0.2,
      isolation: 0.6,
    },
    counterparts: ["USA"],
    options: [
      { id: "talk", label: "talk", actions: [{ target: "USA", code: "036" }] },
      { id: "refuse", label: "refuse", actions: [{ target: "USA", code: "124" }] },
    ],
  }),
  "t.json",
)[0]!.scenario;

const rule = (
  pressure: FlexibilityRule["conditions"][number]["pressure"],
  at: number,
  targets: string[],
): FlexibilityRule => ({
  combine: "any",
  conditions: [{ pressure, at_least: at }],
  cameo: ["03"],
  targets,
  evidence: [],
});

describe("expediency", () => {
  const base = testDoctrine();
  // Rule 1 permits talks with the United States but is far from active (sanctions 0.5 < 0.9);
  // rule 2 is active (isolation 0.6 > 0.1) but permits concessions to Saudi Arabia only.
  const view: DoctrineView = {
    ...base,
    flexibility: [rule("sanctions", 0.9, ["USA"]), rule("isolation", 0.1, ["SAU"])],
  };

  it("takes the activation of the rule that permits the concession, not of another rule", () => {
    const talk = scenarioTerms(scenario, view, new TargetBook(view)).find(
      (t) => t.option === "talk",
    )!;
    assert.ok(
      talk.values.expediency < 0,
      `expected a cost below the threshold, got ${talk.values.expediency}`,
    );
    assert.equal(talk.bases.expediencyByRule[1], 0);
    assert.ok(talk.bases.expediencyByRule[0]! > 0);
    assert.ok(Math.abs(talk.values.expediency - -0.4 * talk.bases.expediencyByRule[0]!) < 1e-12);
  });

  it("the compiled kernel gives the same utilities as the terms, with or without pressures", () => {
    const c = compileScenario(scenario, view, new TargetBook(view));
    const coef = [1, 1, 1, 1, 1, 1, 1, 1];
    const own = utilities(c, coef, new Float64Array(2));
    const given = utilities(c, coef, new Float64Array(2), view, scenario.pressures);
    const terms = scenarioTerms(scenario, view, new TargetBook(view));
    terms.forEach((t, m) => {
      const sum = Object.values(t.values).reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(own[m]! - sum) < 1e-12);
      assert.ok(Math.abs(given[m]! - sum) < 1e-12);
    });
  });

  it("a Monte Carlo draw without noise reproduces the utilities", () => {
    const c = compileScenario(scenario, view, new TargetBook(view));
    const coef = [1, 2, 3, 1, 1, 1, 1, 1];
    const k = new DrawKernel(c, [coef], flexKernel(view), scenario.pressures, 0, 0);
    const out = new Float64Array(2);
    k.draw(createRng(1), out);
    const own = utilities(c, coef, new Float64Array(2));
    for (let m = 0; m < 2; m++) assert.ok(Math.abs(out[m]! - own[m]!) < 1e-12);
  });
});
