/**
 * Allison II, organisational process: the apparatus repeats its repertoire and moves in small
 * steps. Three features per option from the record of earlier decisions (the fitted cases,
 * strictly before the scenario's date): inertia (closeness of the option's cooperation level to
 * the level kept toward the same counterparts), repertoire (how habitual its action types are)
 * and incrementalism (small moves over large departures). A logit over θ·features, θ fitted by
 * penalised maximum likelihood. The doctrine plays no part: this model is the apparatus alone.
 */
import { createRng } from "../../core/rng.ts";
import { habitsLexicon } from "../action-tokens.ts";
import type { DoctrineView } from "../doctrine-view.ts";
import { mcIntervals, prediction, softmaxInPlace } from "../explain.ts";
import { holding, holdingMarkers } from "../framing.ts";
import {
  decimalYear,
  type HistoryOptions,
  orgFeatures,
  type PastAction,
  pastActions,
} from "../history.ts";
import { noise } from "../kernel.ts";
import { LexiconFeature } from "../lexicon-feature.ts";
import { dot, fitLogit } from "../logit.ts";
import { menuPositions } from "../menu.ts";
import { provocations } from "../provocations.ts";
import { reciprocity } from "../reciprocity.ts";
import { TargetBook } from "../targets.ts";
import type {
  DecisionModel,
  LabelledCase,
  Prediction,
  PredictOptions,
  Scenario,
} from "../types.ts";
import { wordingLexicon } from "../wording.ts";
import { labelled } from "./rational.ts";

export const ORG_FEATURES = [
  "inertia",
  "repertoire",
  "routine",
  "incremental",
  "interior",
  "top_rung",
  "reciprocity",
  "holding",
  "wording",
  "habits",
] as const;

export interface OrganisationalOptions extends HistoryOptions {
  /** Used only to resolve group targets to their members (no weights are read). */
  doctrine: DoctrineView;
  /** Ridge strength λ. Default 1. */
  lambda?: number;
  /** Prior θ0 per feature. Default 0 each: the ridge shrinks toward uniform choice. */
  prior?: number[];
  theta?: number[];
  /** Fitted word weights of the wording lexicon (`lexicon.ts`). Default none (every score 0). */
  lexicon?: Readonly<Record<string, number>>;
  /** Fitted token weights of the habits lexicon. Default none (every score 0). */
  habits?: Readonly<Record<string, number>>;
  /** Use the habits lexicon (kinds of action the record shows taken). Default true. */
  useHabits?: boolean;
  /**
   * Read the options' labels: the holding markers (`framing.ts`) and the wording lexicon
   * (`lexicon.ts`). Default true; false sets both features to 0 for every option and fits no
   * lexicon, so the model sees only the options' coded actions.
   */
  framing?: boolean;
  /** Standard deviation of the log feature scales in Monte Carlo draws. Default 0.25. */
  scaleSd?: number;
}

export class OrganisationalModel implements DecisionModel {
  readonly id = "organisational";
  readonly baseline = false;
  readonly book: TargetBook;
  readonly lambda: number;
  readonly prior: number[];
  readonly scaleSd: number;
  readonly framing: boolean;
  theta: number[];
  /** The repertoire in words: the label-word lexicon. */
  readonly wording: LexiconFeature;
  /** The repertoire in codes: the action-token lexicon. */
  readonly habits: LexiconFeature;
  record: PastAction[] = [];
  private readonly history: HistoryOptions;

  constructor(opts: OrganisationalOptions) {
    this.book = new TargetBook(opts.doctrine);
    this.lambda = opts.lambda ?? 1;
    this.prior = opts.prior ?? ORG_FEATURES.map(() => 0);
    this.framing = opts.framing ?? true;
    this.scaleSd = opts.scaleSd ?? 0.25;
    this.theta = opts.theta ? [...opts.theta] : [...this.prior];
    this.wording = new LexiconFeature(wordingLexicon(opts.lexicon), this.framing);
    this.habits = new LexiconFeature(habitsLexicon(opts.habits), opts.useHabits ?? true);
    this.history = { halfLifeYears: opts.halfLifeYears };
  }

  features(s: Scenario, record = this.record) {
    const menu = menuPositions(s);
    const blows = provocations(s);
    const wording = this.wording.scores(s);
    const habits = this.habits.scores(s);
    return s.options.map((o, m) => ({
      ...orgFeatures(s, o, record, this.book, this.history),
      ...menu[m]!,
      reciprocity: reciprocity(s, o, blows, this.book),
      holding: this.framing ? holding(o) : 0,
      wording: wording[m]!,
      habits: habits[m]!,
    }));
  }

  /** What lies behind a feature's value for option m, in words (for explanations). */
  detail(
    s: Scenario,
    m: number,
    k: (typeof ORG_FEATURES)[number],
    f: ReturnType<OrganisationalModel["features"]>[number],
  ): string | undefined {
    if (k === "inertia")
      return `reference level toward counterparts: ${JSON.stringify(f.references)}`;
    if (k === "reciprocity" && f.reciprocity > 0)
      return `answers ${provocations(s)
        .map((b) => `${b.source || "an unplaced actor"} ${b.code} ("${b.sentence}")`)
        .join("; ")}`;
    if (k === "holding" && f.holding > 0)
      return `label markers: ${holdingMarkers(s.options[m]!.label).join(", ")}`;
    if (k === "wording" && f.wording !== 0) return `label words: ${this.wording.explain(s, m)}`;
    if (k === "habits" && f.habits !== 0) return `kinds of action: ${this.habits.explain(s, m)}`;
    return undefined;
  }

  rows(s: Scenario, record = this.record): number[][] {
    return this.features(s, record).map((f) => ORG_FEATURES.map((k) => f[k]));
  }

  /**
   * Feature rows of a fitted case: as `rows`, but with the lexicon scores the case got from
   * lexicons fitted without it, so θ is not fitted on the lexicons' own answer key.
   */
  trainingRows(s: Scenario): number[][] {
    const wording = this.wording.training(s);
    const habits = this.habits.training(s);
    const kw = ORG_FEATURES.indexOf("wording");
    const kh = ORG_FEATURES.indexOf("habits");
    return this.rows(s).map((r, m) =>
      r.map((v, i) => (i === kw ? wording[m]! : i === kh ? habits[m]! : v)),
    );
  }

  /** Fits the lexicons (cross-fitted). */
  fitLexicons(train: readonly LabelledCase[]): this {
    this.wording.fit(train);
    this.habits.fit(train);
    return this;
  }

  /** Takes the record of earlier decisions from the cases without refitting θ. */
  remember(cases: readonly LabelledCase[]): this {
    this.record = pastActions(labelled(cases), this.book);
    return this;
  }

  fit(cases: readonly LabelledCase[]): this {
    const train = labelled(cases);
    this.remember(train);
    this.fitLexicons(train);
    const data = train.map((c) => ({
      x: this.trainingRows(c.scenario),
      y: c.scenario.options.findIndex((o) => o.id === c.chosen),
    }));
    this.theta = fitLogit(data, this.prior, this.lambda).theta;
    return this;
  }

  predict(scenario: Scenario, options: PredictOptions = {}): Prediction {
    const feats = this.features(scenario);
    const rows = feats.map((f) => ORG_FEATURES.map((k) => f[k]));
    const u = new Float64Array(rows.map((r) => dot(r, this.theta)));
    const util = Array.from(u);
    const p = softmaxInPlace(new Float64Array(u));
    const ids = scenario.options.map((o) => o.id);
    const pred = prediction(
      ids,
      p,
      {
        model: this.id,
        summary:
          "Organisational process: repertoire, inertia toward the same counterparts, small steps, holding patterns, the repertoire in words and in codes.",
        details: {
          theta: Object.fromEntries(ORG_FEATURES.map((k, i) => [k, this.theta[i]])),
          record_actions: this.record.filter((r) => r.year < decimalYear(scenario.date)).length,
        },
      },
      (m) => ({
        utility: util[m],
        terms: ORG_FEATURES.map((k, i) => {
          const detail = this.detail(scenario, m, k, feats[m]!);
          return {
            term: k,
            value: feats[m]![k],
            contribution: this.theta[i]! * feats[m]![k],
            ...(detail && { detail }),
          };
        }),
      }),
    );
    if (options.draws && options.draws > 0) {
      const rng = createRng(options.seed ?? 1);
      const sc = new Float64Array(ORG_FEATURES.length);
      pred.intervals = mcIntervals(ids, options.draws, rng, (r, out) => {
        for (let k = 0; k < sc.length; k++) sc[k] = this.theta[k]! * (1 + noise(r, this.scaleSd));
        rows.forEach((row, m) => {
          out[m] = dot(row, sc as unknown as number[]);
        });
        softmaxInPlace(out, rows.length);
      });
    }
    return pred;
  }
}
