/**
 * The decision engine behind `statecraft decide`: models prepared from the fit file (or fitted on
 * the development set when there is none), one doctrine, and the stable JSON shape
 *   {"scenario": ID, "default": MODEL, "models": {MODEL: {"probabilities": {...}, "explanation": ...}}}.
 */
import { prepareModel } from "./backtest.ts";
import type { DoctrineView } from "./doctrine-view.ts";
import type { FitFile } from "./fit-run.ts";
import { ALLISON_IDS, MODEL_IDS, type ModelId } from "./models/index.ts";
import type {
  DecisionModel,
  Explanation,
  LabelledCase,
  PredictOptions,
  Scenario,
} from "./types.ts";

export interface DecisionOutput {
  scenario: string;
  default: ModelId;
  models: Partial<
    Record<
      ModelId,
      {
        probabilities: Record<string, number>;
        explanation: Explanation;
        intervals?: Record<string, [number, number]>;
      }
    >
  >;
}

export interface EngineOptions {
  doctrine: DoctrineView;
  /** Labelled cases: the organisational record, and the training set when there is no fit. */
  training: readonly LabelledCase[];
  fit?: FitFile;
  /** Models to run. Default: every model. */
  models?: readonly ModelId[];
}

export class DecisionEngine {
  readonly default: ModelId;
  readonly models = new Map<ModelId, DecisionModel>();

  constructor(opts: EngineOptions) {
    const ids = opts.models ?? MODEL_IDS;
    for (const id of ids) {
      const params = opts.fit?.models[id]?.params;
      this.models.set(
        id,
        prepareModel(id, opts.doctrine, opts.training, params, {
          lambda: opts.fit?.settings.lambda,
        }),
      );
    }
    this.default = opts.fit?.default ?? "rational";
    if (!(ALLISON_IDS as readonly string[]).includes(this.default)) this.default = "rational";
  }

  decide(scenario: Scenario, options: PredictOptions = {}): DecisionOutput {
    const models: DecisionOutput["models"] = {};
    for (const [id, m] of this.models) {
      const p = m.predict(scenario, options);
      models[id] = {
        probabilities: p.probabilities,
        explanation: p.explanation,
        ...(p.intervals && { intervals: p.intervals }),
      };
    }
    return { scenario: scenario.id, default: this.default, models };
  }
}

export interface Flip {
  scenario: string;
  model: ModelId;
  a: { top: string; p: number };
  b: { top: string; p: number };
}

const top = (p: Record<string, number>) =>
  Object.entries(p).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]!;

/** Decisions whose top option differs between two doctrines (same fitted scales and record). */
export function compareDoctrines(
  a: DecisionEngine,
  b: DecisionEngine,
  scenarios: readonly Scenario[],
  model: ModelId,
): { flips: Flip[]; rows: { scenario: string; a: string; pa: number; b: string; pb: number }[] } {
  const ma = a.models.get(model)!;
  const mb = b.models.get(model)!;
  const rows = scenarios.map((s) => {
    const [ta, pa] = top(ma.predict(s).probabilities);
    const [tb, pb] = top(mb.predict(s).probabilities);
    return { scenario: s.id, a: ta, pa, b: tb, pb };
  });
  const flips = rows
    .filter((r) => r.a !== r.b)
    .map((r) => ({
      scenario: r.scenario,
      model,
      a: { top: r.a, p: r.pa },
      b: { top: r.b, p: r.pb },
    }));
  return { flips, rows };
}
