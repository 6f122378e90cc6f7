/**
 * One conformance suite for every model: probabilities are a distribution, do not depend on the
 * order of the options, ignore the answer-key fields, and Monte Carlo intervals are reproducible
 * with a seed.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { DEV_SET_PATH } from "./fit-run.ts";
import { createModel, MODEL_IDS } from "./models/index.ts";
import { parseScenarios } from "./scenario.ts";
import { devCases, testDoctrine } from "./test-helpers.ts";
import type { Scenario } from "./types.ts";

const doctrine = testDoctrine();
const cases = devCases();

function permuted(s: Scenario, shift: number): Scenario {
  const o = s.options;
  return { ...s, options: o.map((_, i) => o[(i + shift) % o.length]!).reverse() };
}

/** The dev set with every answer-key and provenance field changed. */
function mutatedDev(): string {
  return readFileSync(DEV_SET_PATH, "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const r = JSON.parse(line);
      r.chosen = r.options[r.options.length - 1].id;
      r.sources = ["https://example.org/changed"];
      r.note = "changed";
      r.pressures_note = "changed";
      for (const o of r.options) o.posture = "restraint";
      return JSON.stringify(r);
    })
    .join("\n");
}

for (const id of MODEL_IDS) {
  describe(`model conformance: ${id}`, () => {
    const model = createModel(id, doctrine).fit(cases);

    it("gives a probability distribution over the options", () => {
      for (const c of cases) {
        const p = model.predict(c.scenario).probabilities;
        assert.deepEqual(Object.keys(p).sort(), c.scenario.options.map((o) => o.id).sort());
        const sum = Object.values(p).reduce((a, b) => a + b, 0);
        assert.ok(Math.abs(sum - 1) < 1e-9, `${c.scenario.id}: sum ${sum}`);
        for (const v of Object.values(p)) assert.ok(v >= 0 && v <= 1);
        const ranked = model.predict(c.scenario).explanation.ranked;
        assert.equal(ranked.length, c.scenario.options.length);
      }
    });

    it("is invariant to the order of the options", () => {
      for (const c of cases) {
        const a = model.predict(c.scenario).probabilities;
        for (const shift of [1, 2]) {
          const b = model.predict(permuted(c.scenario, shift)).probabilities;
          for (const k of Object.keys(a))
            assert.ok(Math.abs(a[k]! - b[k]!) < 1e-9, `${c.scenario.id} ${k}`);
        }
      }
    });

    it("ignores chosen, posture, note, sources and pressures_note", () => {
      const mutated = parseScenarios(mutatedDev(), "mutated.jsonl");
      mutated.forEach((m, i) => {
        assert.deepEqual(m.scenario, cases[i]!.scenario);
        assert.deepEqual(model.predict(m.scenario), model.predict(cases[i]!.scenario));
      });
    });

    it("is deterministic with a seed", () => {
      const s = cases[7]!.scenario;
      const a = model.predict(s, { draws: 60, seed: 11 });
      const b = model.predict(s, { draws: 60, seed: 11 });
      assert.deepEqual(a, b);
      const refit = createModel(id, doctrine).fit(cases);
      assert.deepEqual(refit.predict(s, { draws: 60, seed: 11 }), a);
    });
  });
}
