/**
 * A token lexicon used as one feature of a model: the fitted lexicon for new scenarios, and the
 * out-of-fold scores of the cases it was fitted on, so that the model's θ is fitted on scores the
 * lexicon did not learn from the same case (`lexicon.ts`, `crossFit`).
 */
import type { TokenLexicon } from "./lexicon.ts";
import type { LabelledCase, Scenario } from "./types.ts";

export class LexiconFeature {
  lexicon: TokenLexicon;
  /** Scores of the fitted cases from lexicons fitted without them (by scenario id). */
  private outOfFold = new Map<string, number[]>();

  constructor(
    lexicon: TokenLexicon,
    /** When false the feature is 0 for every option and nothing is fitted. */
    readonly enabled = true,
  ) {
    this.lexicon = lexicon;
  }

  /** Fits the lexicon on the labelled cases (cross-fitted). */
  fit(cases: readonly LabelledCase[]): this {
    if (!this.enabled) return this;
    const { lexicon, outOfFold } = this.lexicon.crossFit(cases);
    this.lexicon = lexicon;
    this.outOfFold = outOfFold;
    return this;
  }

  /** The score of each option of a scenario. */
  scores(s: Scenario): number[] {
    return s.options.map((o) => (this.enabled ? this.lexicon.score(o, s) : 0));
  }

  /** As `scores`, but a fitted case gets its out-of-fold scores. */
  training(s: Scenario): number[] {
    return this.outOfFold.get(s.id) ?? this.scores(s);
  }

  /** The tokens behind option m's score with their weights, strongest first ("" if none). */
  explain(s: Scenario, m: number): string {
    return this.lexicon
      .contributions(s.options[m]!, s)
      .map((t) => `${t.token} ${t.weight >= 0 ? "+" : ""}${t.weight.toFixed(2)}`)
      .join(", ");
  }

  toJSON(): Record<string, number> {
    return this.lexicon.toJSON();
  }
}
