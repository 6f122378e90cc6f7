/**
 * Backtests: every model predicts every labelled case, either fitted on all the other cases
 * (leave-one-out, `cv: "loo"`) or with the parameters it was given (`cv: "none"`), and is scored
 * with top-1 accuracy, Brier score, log loss and a calibration table, beside the baselines.
 */
import { StatecraftError } from "../core/errors.ts";
import type { DoctrineView } from "./doctrine-view.ts";
import { aggregate, type CaseScore, type Scores, scoreCase } from "./metrics.ts";
import {
  ALLISON_IDS,
  createModel,
  LeaderModel,
  type ModelId,
  type ModelParams,
  type ModelSettings,
  OrganisationalModel,
} from "./models/index.ts";
import type { DecisionModel, LabelledCase } from "./types.ts";

/**
 * loo: leave-one-out. forward: expanding window in time: each case dated after the first
 * `FORWARD_MIN_TRAIN` cases is predicted by a model fitted only on the cases dated before it
 * (what an analyst at the time could have fitted). none: in-sample with given parameters.
 * holdout: fitted on separate training cases (`train`), scored on the cases: a held-out test.
 */
export type CvMode = "loo" | "forward" | "none" | "holdout";

/** Cases the forward split always keeps for training (the earliest ones); they are not scored. */
export const FORWARD_MIN_TRAIN = 8;

/** Cases in date order (ties keep file order): the forward split's timeline. */
export function byDate<T extends LabelledCase>(cases: readonly T[]): T[] {
  return cases
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.scenario.date.localeCompare(b.c.scenario.date) || a.i - b.i)
    .map((x) => x.c);
}

export interface BacktestOptions {
  models: readonly ModelId[];
  cv?: CvMode;
  doctrine: DoctrineView;
  /** Parameters per model for `cv: "none"` (e.g. from fit.json); missing ones are fitted on all cases. */
  params?: Partial<Record<ModelId, ModelParams>>;
  settings?: ModelSettings;
  /** Training cases of `cv: "holdout"` (disjoint from the scored cases). */
  train?: readonly LabelledCase[];
}

export interface ModelBacktest extends Scores {
  model: string;
  baseline: boolean;
  predictions: CaseScore[];
}

export interface BacktestReport {
  cv: CvMode;
  cases: number;
  doctrine: string;
  models: ModelBacktest[];
  /** The Allison model with the best score (lowest log loss, then highest accuracy). */
  best?: string;
  uniformBrier?: number;
}

/**
 * A model ready to predict: with given parameters, only the organisational record is taken from
 * the cases (θ stays as given); without, it is fitted on the cases.
 */
export function prepareModel(
  id: ModelId,
  doctrine: DoctrineView,
  cases: readonly LabelledCase[],
  params?: ModelParams,
  settings?: ModelSettings,
): DecisionModel {
  const m = createModel(id, doctrine, params ?? {}, settings);
  if (!params || params.theta === undefined) return m.fit(cases);
  if (m instanceof OrganisationalModel || m instanceof LeaderModel) m.remember(cases);
  return m;
}

export function backtest(cases: readonly LabelledCase[], opts: BacktestOptions): BacktestReport {
  const known = cases.filter((c) => c.chosen !== undefined);
  if (known.length === 0) {
    throw new StatecraftError("SC_DECIDE_NO_OUTCOMES", "no case has a known outcome (`chosen`)", {
      hint: "a backtest needs cases with `chosen`",
    });
  }
  const cv = opts.cv ?? "loo";
  const models = opts.models.map((id) => {
    const scores: CaseScore[] = [];
    let baseline = false;
    if (cv === "loo") {
      known.forEach((c, i) => {
        const m = createModel(id, opts.doctrine, {}, opts.settings).fit(
          known.filter((_, j) => j !== i),
        );
        baseline = m.baseline;
        scores.push(scoreCase(c.scenario.id, c.chosen!, m.predict(c.scenario).probabilities));
      });
    } else if (cv === "forward") {
      const timeline = byDate(known);
      timeline.forEach((c, i) => {
        if (i < FORWARD_MIN_TRAIN) return;
        const earlier = timeline.slice(0, i).filter((e) => e.scenario.date < c.scenario.date);
        const m = createModel(id, opts.doctrine, {}, opts.settings).fit(earlier);
        baseline = m.baseline;
        scores.push(scoreCase(c.scenario.id, c.chosen!, m.predict(c.scenario).probabilities));
      });
    } else if (cv === "holdout") {
      const train = (opts.train ?? []).filter((c) => c.chosen !== undefined);
      const scored = new Set(known.map((c) => c.scenario.id));
      const overlap = train.find((c) => scored.has(c.scenario.id));
      if (train.length === 0 || overlap) {
        throw new StatecraftError(
          "SC_DECIDE_HOLDOUT",
          overlap
            ? `case ${overlap.scenario.id} is both in the training and the test cases`
            : "a held-out test needs training cases with known outcomes",
          { field: "train", hint: "pass training files that do not contain the scored cases" },
        );
      }
      const m = createModel(id, opts.doctrine, {}, opts.settings).fit(train);
      baseline = m.baseline;
      for (const c of known)
        scores.push(scoreCase(c.scenario.id, c.chosen!, m.predict(c.scenario).probabilities));
    } else {
      const m = prepareModel(id, opts.doctrine, known, opts.params?.[id], opts.settings);
      baseline = m.baseline;
      for (const c of known)
        scores.push(scoreCase(c.scenario.id, c.chosen!, m.predict(c.scenario).probabilities));
    }
    return { model: id, baseline, ...aggregate(scores), predictions: scores };
  });
  const allison = models.filter((m) => (ALLISON_IDS as readonly string[]).includes(m.model));
  const best = [...allison].sort((a, b) => a.logLoss - b.logLoss || b.accuracy - a.accuracy)[0];
  const uniform = models.find((m) => m.model === "uniform");
  return {
    cv,
    cases: known.length,
    doctrine: opts.doctrine.id,
    models,
    ...(best && { best: best.model }),
    ...(uniform && { uniformBrier: uniform.brier }),
  };
}

const f3 = (x: number) => x.toFixed(3);

/** The report as markdown: summary table, calibration, per-case predictions. */
export function backtestMarkdown(r: BacktestReport): string {
  const lines: string[] = [];
  const mode =
    r.cv === "loo"
      ? "leave-one-out"
      : r.cv === "forward"
        ? "forward in time, each case predicted from a fit on earlier cases only"
        : r.cv === "holdout"
          ? "held out: fitted on separate training cases"
          : "in-sample";
  const scored = r.models[0]?.predictions.length ?? r.cases;
  const count = scored === r.cases ? `${r.cases} cases` : `${scored} of ${r.cases} cases scored`;
  lines.push(`# Backtest (${mode}, ${count}, doctrine ${r.doctrine})`, "");
  lines.push(
    "| model | kind | top-1 accuracy | Brier | Brier / uniform | log loss |",
    "| --- | --- | --- | --- | --- | --- |",
  );
  for (const m of r.models) {
    const ratio = r.uniformBrier ? f3(m.brier / r.uniformBrier) : "";
    lines.push(
      `| ${m.model} | ${m.baseline ? "baseline" : "Allison/leader"} | ${f3(m.accuracy)} | ${f3(m.brier)} | ${ratio} | ${f3(m.logLoss)} |`,
    );
  }
  if (r.best) lines.push("", `Best model by log loss: **${r.best}**.`);
  lines.push("", "## Calibration (all option probabilities, 5 bins)", "");
  lines.push(
    `| model | ${r.models[0]!.calibration.map((b) => `${b.from.toFixed(1)}-${b.to.toFixed(1)}`).join(" | ")} |`,
  );
  lines.push(`| --- | ${r.models[0]!.calibration.map(() => "---").join(" | ")} |`);
  for (const m of r.models) {
    lines.push(
      `| ${m.model} | ${m.calibration.map((b) => (b.count ? `${f3(b.meanPredicted)} → ${f3(b.observed)} (n=${b.count})` : "-")).join(" | ")} |`,
    );
  }
  lines.push("", "## Per-case predictions", "");
  lines.push(`| case | chosen | ${r.models.map((m) => m.model).join(" | ")} |`);
  lines.push(`| --- | --- | ${r.models.map(() => "---").join(" | ")} |`);
  const byCase = r.models[0]!.predictions.map((p) => p.case);
  byCase.forEach((id, i) => {
    const cells = r.models.map((m) => {
      const p = m.predictions[i]!;
      return `${p.correct === 1 ? "✓" : p.correct > 0 ? "~" : "✗"} ${p.top.join("/")} (${f3(p.pChosen)})`;
    });
    lines.push(`| ${id} | ${r.models[0]!.predictions[i]!.chosen} | ${cells.join(" | ")} |`);
  });
  lines.push(
    "",
    "Cells: ✓ top pick is the chosen option (~ tied), the top pick, and (in brackets) the probability given to the chosen option.",
  );
  return `${lines.join("\n")}\n`;
}
