/**
 * The wording lexicon: a weight per label word, learned from labelled decision points by a
 * penalised conditional logit over the words of the options' labels (`sparse-logit.ts`). An
 * option's wording score is the sum of its words' weights. The organisational model reads the
 * score as one feature, the apparatus's repertoire in words: which kinds of steps, as written,
 * the state takes and which it leaves on the table.
 *
 * A score fitted on a case and then used to fit θ on the same case would be its own answer key,
 * so `crossFit` gives the training cases out-of-fold scores (seeded folds, `wording.yaml`) and
 * keeps the lexicon fitted on all of them for new scenarios.
 */
import { createRng } from "../core/rng.ts";
import { fitSparseLogit, type SparseCase } from "./sparse-logit.ts";
import type { LabelledCase } from "./types.ts";
import { labelWords, loadWording, type WordingConfig } from "./wording.ts";

export interface WordWeight {
  word: string;
  weight: number;
}

export class WordingLexicon {
  readonly weights: ReadonlyMap<string, number>;
  readonly cfg: WordingConfig;

  constructor(weights: Readonly<Record<string, number>> = {}, cfg: WordingConfig = loadWording()) {
    this.weights = new Map(Object.entries(weights));
    this.cfg = cfg;
  }

  get size(): number {
    return this.weights.size;
  }

  /** The label's words that carry a weight, strongest first. */
  contributions(label: string): WordWeight[] {
    return labelWords(label, this.cfg)
      .filter((w) => this.weights.has(w))
      .map((word) => ({ word, weight: this.weights.get(word)! }))
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.word < b.word ? -1 : 1));
  }

  /** The option's wording score: the sum of its label words' weights (0 for unknown words). */
  score(label: string): number {
    let s = 0;
    for (const w of labelWords(label, this.cfg)) s += this.weights.get(w) ?? 0;
    return s;
  }

  /** Word weights in alphabetical order, for fit.json. */
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.weights].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** Fits the lexicon on the labelled cases (those without `chosen` are skipped). */
  static fit(cases: readonly LabelledCase[], cfg: WordingConfig = loadWording()): WordingLexicon {
    const train = sorted(cases);
    const count = new Map<string, number>();
    const words = train.map((c) => c.scenario.options.map((o) => labelWords(o.label, cfg)));
    for (const opts of words) for (const ws of opts) for (const w of ws) count.set(w, (count.get(w) ?? 0) + 1);
    const vocab = [...count]
      .filter(([, n]) => n >= cfg.minCount)
      .map(([w]) => w)
      .sort();
    if (vocab.length === 0) return new WordingLexicon({}, cfg);
    const index = new Map(vocab.map((w, k) => [w, k]));
    const data: SparseCase[] = train.map((c, i) => ({
      rows: words[i]!.map((ws) => ws.flatMap((w) => (index.has(w) ? [index.get(w)!] : []))),
      y: c.scenario.options.findIndex((o) => o.id === c.chosen),
    }));
    const w = fitSparseLogit(data, vocab.length, { lambda: cfg.lambda });
    return new WordingLexicon(Object.fromEntries(vocab.map((word, k) => [word, w[k]!])), cfg);
  }

  /**
   * The lexicon fitted on all cases, and per training case (by scenario id) its options' scores
   * under a lexicon fitted without the case's fold.
   */
  static crossFit(
    cases: readonly LabelledCase[],
    cfg: WordingConfig = loadWording(),
  ): { lexicon: WordingLexicon; outOfFold: Map<string, number[]> } {
    const train = sorted(cases);
    const outOfFold = new Map<string, number[]>();
    const folds = Math.min(cfg.folds, train.length);
    if (folds < 2) {
      for (const c of train) outOfFold.set(c.scenario.id, c.scenario.options.map(() => 0));
    } else {
      const rng = createRng(cfg.seed);
      const order = train.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (let f = 0; f < folds; f++) {
        const held = new Set(order.filter((_, pos) => pos % folds === f));
        const lex = WordingLexicon.fit(
          train.filter((_, i) => !held.has(i)),
          cfg,
        );
        for (const i of held) {
          const s = train[i]!.scenario;
          outOfFold.set(
            s.id,
            s.options.map((o) => lex.score(o.label)),
          );
        }
      }
    }
    return { lexicon: WordingLexicon.fit(train, cfg), outOfFold };
  }
}

/** Labelled cases in id order, so that a fit does not depend on the order of the input. */
function sorted(cases: readonly LabelledCase[]): LabelledCase[] {
  return cases
    .filter((c) => c.chosen !== undefined && c.scenario.options.some((o) => o.id === c.chosen))
    .sort((a, b) => (a.scenario.id < b.scenario.id ? -1 : a.scenario.id > b.scenario.id ? 1 : 0));
}
