/**
 * The contract of the decision module: scenarios (what a predictor may see), labelled cases (the
 * answer key, kept apart), model predictions with explanations, and the one model interface every
 * Allison model and baseline implements.
 */

/** The five pressures of the decision set, each on a 0..1 scale. */
export const PRESSURE_NAMES = [
  "sanctions",
  "military_threat",
  "economic_crisis",
  "domestic_unrest",
  "isolation",
] as const;
export type PressureName = (typeof PRESSURE_NAMES)[number];
export type Pressures = Record<PressureName, number>;

/** One thing the state would do: a CAMEO event code directed at a target (ISO3 or group code). */
export interface Action {
  target: string;
  code: string;
}

/** An option as a predictor sees it: no `posture` tag. */
export interface Option {
  id: string;
  label: string;
  actions: Action[];
}

export interface Officials {
  supreme_leader?: string;
  president?: string;
  foreign_minister?: string;
  note?: string;
}

/**
 * A decision point as a predictor sees it. Built from a whitelist of input fields at load, so
 * `chosen`, `posture`, `note`, `sources` and `pressures_note` can never reach a model.
 */
export interface Scenario {
  id: string;
  date: string;
  decider: string;
  officials: Officials;
  context: string;
  pressures: Pressures;
  counterparts: string[];
  options: Option[];
}

/** A scenario with its known outcome, for fitting and backtests. `chosen` is absent when unknown. */
export interface LabelledCase {
  scenario: Scenario;
  chosen?: string;
}

/** One named term of a utility, its contribution to an option's utility and where it comes from. */
export interface TermContribution {
  term: string;
  /** Raw feature value of the option on this term (unitless). */
  value: number;
  /** value × fitted scale × doctrine weight: what it adds to the option's utility (logit units). */
  contribution: number;
  /** Doctrine evidence behind the term: quotes with their sources. */
  evidence?: EvidenceRef[];
  /** Plain-words note on how the value arose (actions and targets that drove it). */
  detail?: string;
}

export interface EvidenceRef {
  quote: string;
  source: string;
  /** Principle, pillar, stance or parameter of the doctrine the quote supports. */
  about: string;
}

export interface OptionExplanation {
  option: string;
  probability: number;
  utility?: number;
  terms?: TermContribution[];
}

/** What a model says about its prediction: the ranked options and, per model, its reasons. */
export interface Explanation {
  model: string;
  summary: string;
  /** Options ranked by probability, highest first. */
  ranked: OptionExplanation[];
  /** Model-specific data (players and coalitions, history used, doctrine, parameters). */
  details?: Record<string, unknown>;
}

export interface Prediction {
  /** Probability per option id; sums to 1. */
  probabilities: Record<string, number>;
  explanation: Explanation;
  /** Monte Carlo intervals per option when draws were asked for: [p05, p95]. */
  intervals?: Record<string, [number, number]>;
}

export interface PredictOptions {
  /** Seed of the Monte Carlo draws for intervals. Default 1. */
  seed?: number;
  /** Monte Carlo draws of uncertain parameters for intervals (count). Default 0 (no intervals). */
  draws?: number;
}

/** The scikit-learn style contract of every decision model. Learned state is set only in fit. */
export interface DecisionModel {
  /** Stable model id used in the JSON output and `--models`. */
  readonly id: string;
  /** True for the reference baselines (not Allison models). */
  readonly baseline: boolean;
  fit(cases: readonly LabelledCase[]): this;
  predict(scenario: Scenario, options?: PredictOptions): Prediction;
}
