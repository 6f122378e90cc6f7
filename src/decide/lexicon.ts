/**
 * A token lexicon: a weight per token of an option (the words of its label, or the kinds of
 * action it takes), learned from labelled decision points by a penalised conditional logit over
 * the tokens (`sparse-logit.ts`). An option's score is the sum of its tokens' weights: the value
 * the record of choices reveals for options of that kind. Two readers use it:
 * - `wording` (`wording.ts`): the words of the label, read by the organisational model as the
 *   apparatus's repertoire in words;
 * - `revealed` (`action-tokens.ts`): the option's CAMEO codes and roots by the stance of their
 *   targets, read by the rational actor as the values the state's past choices reveal.
 *
 * A score fitted on a case and then used to fit θ on the same case would be its own answer key,
 * so `crossFit` gives the training cases out-of-fold scores (seeded folds) and keeps the lexicon
 * fitted on all of them for new scenarios.
 */
import { createRng } from "../core/rng.ts";
import { fitSparseLogit, type SparseCase } from "./sparse-logit.ts";
import type { LabelledCase, Option, Scenario } from "./types.ts";

/** The tokens of one option (distinct); only inputs a predictor may read. */
export type TokenReader = (option: Option, scenario: Scenario) => string[];

export interface LexiconSettings {
  /** Least number of training options a token must occur in to get a weight. */
  minCount: number;
  /** Ridge strength of the token weights (toward 0). */
  lambda: number;
  /** Cross-fitting folds for the training cases' out-of-fold scores. */
  folds: number;
  /** Seed of the fold assignment. */
  seed: number;
}

export interface TokenWeight {
  token: string;
  weight: number;
}

export class TokenLexicon {
  readonly weights: ReadonlyMap<string, number>;

  constructor(
    readonly read: TokenReader,
    readonly settings: LexiconSettings,
    weights: Readonly<Record<string, number>> = {},
  ) {
    this.weights = new Map(Object.entries(weights));
  }

  get size(): number {
    return this.weights.size;
  }

  /** The option's tokens that carry a weight, strongest first. */
  contributions(option: Option, scenario: Scenario): TokenWeight[] {
    return this.read(option, scenario)
      .filter((t) => this.weights.has(t))
      .map((token) => ({ token, weight: this.weights.get(token)! }))
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.token < b.token ? -1 : 1));
  }

  /** The option's score: the sum of its tokens' weights (0 for unknown tokens). */
  score(option: Option, scenario: Scenario): number {
    let s = 0;
    for (const t of this.read(option, scenario)) s += this.weights.get(t) ?? 0;
    return s;
  }

  /** Token weights in alphabetical order, for fit.json. */
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.weights].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** A lexicon with the same reader and settings, fitted on the labelled cases. */
  fit(cases: readonly LabelledCase[]): TokenLexicon {
    const train = sorted(cases);
    const tokens = train.map((c) => c.scenario.options.map((o) => this.read(o, c.scenario)));
    const count = new Map<string, number>();
    for (const opts of tokens)
      for (const ts of opts) for (const t of ts) count.set(t, (count.get(t) ?? 0) + 1);
    const vocab = [...count]
      .filter(([, n]) => n >= this.settings.minCount)
      .map(([t]) => t)
      .sort();
    if (vocab.length === 0) return new TokenLexicon(this.read, this.settings);
    const index = new Map(vocab.map((t, k) => [t, k]));
    const data: SparseCase[] = train.map((c, i) => ({
      rows: tokens[i]!.map((ts) => ts.flatMap((t) => (index.has(t) ? [index.get(t)!] : []))),
      y: c.scenario.options.findIndex((o) => o.id === c.chosen),
    }));
    const w = fitSparseLogit(data, vocab.length, { lambda: this.settings.lambda });
    return new TokenLexicon(
      this.read,
      this.settings,
      Object.fromEntries(vocab.map((t, k) => [t, w[k]!])),
    );
  }

  /**
   * The lexicon fitted on all cases, and per training case (by scenario id) its options' scores
   * under a lexicon fitted without the case's fold.
   */
  crossFit(cases: readonly LabelledCase[]): {
    lexicon: TokenLexicon;
    outOfFold: Map<string, number[]>;
  } {
    const train = sorted(cases);
    const outOfFold = new Map<string, number[]>();
    const folds = Math.min(this.settings.folds, train.length);
    if (folds < 2) {
      for (const c of train)
        outOfFold.set(
          c.scenario.id,
          c.scenario.options.map(() => 0),
        );
    } else {
      const rng = createRng(this.settings.seed);
      const order = train.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (let f = 0; f < folds; f++) {
        const held = new Set(order.filter((_, pos) => pos % folds === f));
        const lex = this.fit(train.filter((_, i) => !held.has(i)));
        for (const i of held) {
          const s = train[i]!.scenario;
          outOfFold.set(
            s.id,
            s.options.map((o) => lex.score(o, s)),
          );
        }
      }
    }
    return { lexicon: this.fit(train), outOfFold };
  }
}

/** Labelled cases in id order, so that a fit does not depend on the order of the input. */
function sorted(cases: readonly LabelledCase[]): LabelledCase[] {
  return cases
    .filter((c) => c.chosen !== undefined && c.scenario.options.some((o) => o.id === c.chosen))
    .sort((a, b) => (a.scenario.id < b.scenario.id ? -1 : a.scenario.id > b.scenario.id ? 1 : 0));
}
