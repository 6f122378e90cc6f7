/**
 * Reference baselines. None is fitted. The deterministic ones put all probability on their pick
 * and split it evenly on ties, so they are invariant to option order.
 *
 * - uniform: 1/M for every option.
 * - cooperative: the highest Goldstein sum over the option's actions.
 * - conflictual: the lowest Goldstein sum.
 * - least_change: the smallest mean |Goldstein| (the option closest to doing nothing new).
 */
import { cameoCode } from "../codebook.ts";
import { prediction } from "../explain.ts";
import type { DecisionModel, LabelledCase, Option, Prediction, Scenario } from "../types.ts";

const g = (o: Option) => o.actions.map((a) => cameoCode(a.code)?.goldstein ?? 0);

const SCORES: Record<string, { summary: string; score: (o: Option) => number }> = {
  cooperative: {
    summary: "Most cooperative option: highest Goldstein sum.",
    score: (o) => g(o).reduce((a, b) => a + b, 0),
  },
  conflictual: {
    summary: "Most conflictual option: lowest Goldstein sum.",
    score: (o) => -g(o).reduce((a, b) => a + b, 0),
  },
  least_change: {
    summary: "Least change: smallest mean absolute Goldstein weight.",
    score: (o) => -g(o).reduce((a, b) => a + Math.abs(b), 0) / o.actions.length,
  },
};

export const BASELINE_IDS = ["uniform", "cooperative", "conflictual", "least_change"] as const;
export type BaselineId = (typeof BASELINE_IDS)[number];

export class BaselineModel implements DecisionModel {
  readonly baseline = true;
  constructor(readonly id: BaselineId) {}

  fit(_cases: readonly LabelledCase[]): this {
    return this;
  }

  predict(scenario: Scenario): Prediction {
    const ids = scenario.options.map((o) => o.id);
    if (this.id === "uniform") {
      return prediction(
        ids,
        ids.map(() => 1 / ids.length),
        {
          model: this.id,
          summary: "Uniform: every option equally likely.",
        },
      );
    }
    const spec = SCORES[this.id]!;
    const s = scenario.options.map((o) => Math.round(spec.score(o) * 1e9) / 1e9);
    const best = Math.max(...s);
    const n = s.filter((x) => x === best).length;
    return prediction(
      ids,
      s.map((x) => (x === best ? 1 / n : 0)),
      { model: this.id, summary: spec.summary },
      (m) => ({ utility: s[m] }),
    );
  }
}
