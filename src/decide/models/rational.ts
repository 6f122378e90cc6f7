/**
 * Allison I, the rational actor: the state as one actor choosing the option of highest utility,
 * utility = Σ_k θ_k · w_k · term_k, where the terms come from `terms.ts`, w_k are the doctrine's
 * weights (the leader layer) and θ_k are fitted scales (logit units per unit of weighted term).
 * Choice probabilities are a logit over utilities. θ is fitted by penalised maximum likelihood
 * with a ridge pulling every θ_k toward one common prior scale, so the doctrine's relative
 * weights stand unless the cases speak clearly against them.
 *
 * Beside the doctrine's terms, one revealed-value term (`action-tokens.ts`): the value the
 * state's past choices reveal for the option's kinds of action toward kinds of target, a fitted
 * token lexicon (cross-fitted on the training cases) whose score enters with its own scale θ_r.
 */
import { createRng } from "../../core/rng.ts";
import { revealedLexicon } from "../action-tokens.ts";
import type { DoctrineView } from "../doctrine-view.ts";
import { TERMS } from "../doctrine-view.ts";
import { mcIntervals, prediction, softmaxInPlace } from "../explain.ts";
import {
  type CompiledScenario,
  compileScenario,
  DrawKernel,
  flexKernel,
  K_TERMS,
  utilities,
  weightVector,
} from "../kernel.ts";
import { LexiconFeature } from "../lexicon-feature.ts";
import { fitLogit } from "../logit.ts";
import { TargetBook } from "../targets.ts";
import type {
  DecisionModel,
  LabelledCase,
  Prediction,
  PredictOptions,
  Scenario,
  TermContribution,
} from "../types.ts";

export interface RationalOptions {
  doctrine: DoctrineView;
  /** Ridge strength λ of the penalised likelihood (per unit θ²). Default 1. */
  lambda?: number;
  /** Prior scale θ0 of every term (logit units per weighted term unit). Default 2. */
  prior?: number;
  /** Fitted scales to use without fitting (e.g. from data/decide/fit.json). */
  theta?: number[];
  /** Fitted revealed-value term: its scale θ_r and the token weights of its lexicon. */
  revealed?: RevealedParams;
  /** Use the revealed-value term. Default true; false fits no lexicon and sets it to 0. */
  useRevealed?: boolean;
  /** Standard deviation of the pressure draws for intervals (0..1 scale). Default 0.1. */
  pressureSd?: number;
  /** Standard deviation of the multiplicative term-scale noise in the draws. Default 0.25. */
  scaleSd?: number;
}

export interface RevealedParams {
  theta: number;
  weights: Record<string, number>;
}

/** Every case of a fit needs a known outcome; cases without one are skipped. */
export function labelled(cases: readonly LabelledCase[]): (LabelledCase & { chosen: string })[] {
  return cases.filter((c): c is LabelledCase & { chosen: string } => c.chosen !== undefined);
}

export class RationalActorModel implements DecisionModel {
  readonly id: string = "rational";
  readonly baseline = false;
  readonly doctrine: DoctrineView;
  readonly book: TargetBook;
  readonly lambda: number;
  readonly prior: number;
  readonly pressureSd: number;
  readonly scaleSd: number;
  /** Fitted θ per term (TERMS order). */
  theta: number[];
  /** Scale θ_r of the revealed-value term. */
  revealedTheta: number;
  readonly revealed: LexiconFeature;
  fitInfo?: { logLik: number; iterations: number; cases: number };

  constructor(opts: RationalOptions) {
    this.doctrine = opts.doctrine;
    this.book = new TargetBook(opts.doctrine);
    this.lambda = opts.lambda ?? 1;
    this.prior = opts.prior ?? 1;
    this.pressureSd = opts.pressureSd ?? 0.1;
    this.scaleSd = opts.scaleSd ?? 0.25;
    this.theta = opts.theta ? [...opts.theta] : TERMS.map(() => this.prior);
    this.revealedTheta = opts.revealed?.theta ?? 0;
    this.revealed = new LexiconFeature(
      revealedLexicon(this.book, opts.revealed?.weights),
      opts.useRevealed ?? true,
    );
  }

  /** The revealed-value score of each option (0 each when the term is off). */
  revealedScores(s: Scenario): number[] {
    return this.revealed.scores(s);
  }

  /** As `revealedScores`, but a fitted case gets the scores of lexicons fitted without it. */
  trainingRevealed(s: Scenario): number[] {
    return this.revealed.training(s);
  }

  /** Fits the revealed-value lexicon (cross-fitted) when the term is on. */
  fitRevealed(cases: readonly LabelledCase[]): this {
    this.revealed.fit(labelled(cases));
    return this;
  }

  /** The revealed-value term of option m, for explanations. */
  revealedContribution(s: Scenario, m: number, score: number): TermContribution[] {
    if (score === 0) return [];
    return [
      {
        term: "revealed",
        value: score,
        contribution: this.revealedTheta * score,
        detail: `values revealed by past choices: ${this.revealed.explain(s, m)}`,
      },
    ];
  }

  compile(s: Scenario): CompiledScenario {
    return compileScenario(s, this.doctrine, this.book);
  }

  /** Weighted feature rows w_k·x_k of each option. */
  rows(c: CompiledScenario): number[][] {
    const w = weightVector(this.doctrine);
    return c.optionIds.map((_, m) => TERMS.map((_, k) => w[k]! * c.values[m * K_TERMS + k]!));
  }

  fit(cases: readonly LabelledCase[]): this {
    this.fitRevealed(cases);
    const data = labelled(cases).map((c) => {
      const comp = this.compile(c.scenario);
      const rv = this.trainingRevealed(c.scenario);
      return {
        x: this.rows(comp).map((r, m) => [...r, rv[m]!]),
        y: comp.optionIds.indexOf(c.chosen),
      };
    });
    const r = fitLogit(data, [...TERMS.map(() => this.prior), 0], this.lambda);
    this.theta = r.theta.slice(0, K_TERMS);
    this.revealedTheta = r.theta[K_TERMS]!;
    this.fitInfo = { logLik: r.logLik, iterations: r.iterations, cases: data.length };
    return this;
  }

  /** θ_k·w_k per term: the logit weight of one unit of each raw term. */
  coefficients(doctrine = this.doctrine): number[] {
    const w = weightVector(doctrine);
    return this.theta.map((t, k) => t * w[k]!);
  }

  predict(scenario: Scenario, options: PredictOptions = {}): Prediction {
    const c = this.compile(scenario);
    const coef = this.coefficients();
    const M = c.optionIds.length;
    const u = utilities(c, coef, new Float64Array(M));
    const scores = this.revealedScores(scenario);
    const rv = scores.map((v) => this.revealedTheta * v);
    for (let m = 0; m < M; m++) u[m]! += rv[m]!;
    const util = Array.from(u);
    const p = softmaxInPlace(new Float64Array(u));
    const pred = prediction(
      c.optionIds,
      p,
      {
        model: this.id,
        summary: `Rational actor under ${this.doctrine.id}: logit over the utility of the doctrine's terms and the values revealed by past choices.`,
        details: {
          doctrine: this.doctrine.id,
          theta: {
            ...Object.fromEntries(TERMS.map((t, k) => [t, this.theta[k]])),
            revealed: this.revealedTheta,
          },
        },
      },
      (m) => ({
        utility: util[m],
        terms: [
          ...this.contributions(c, m, coef),
          ...this.revealedContribution(scenario, m, scores[m]!),
        ],
      }),
    );
    if (options.draws && options.draws > 0) {
      const rng = createRng(options.seed ?? 1);
      const k = new DrawKernel(
        c,
        [coef],
        flexKernel(this.doctrine),
        scenario.pressures,
        this.pressureSd,
        this.scaleSd,
      );
      const amp = Math.sqrt(3) * this.scaleSd;
      pred.intervals = mcIntervals(c.optionIds, options.draws, rng, (r, out) => {
        k.draw(r, out);
        // One draw of the revealed term's scale per draw, as the terms' scales are drawn.
        const scale = 1 + (2 * r.next() - 1) * amp;
        for (let m = 0; m < M; m++) out[m]! += rv[m]! * scale;
        softmaxInPlace(out, M);
      });
    }
    return pred;
  }

  contributions(c: CompiledScenario, m: number, coef: number[]): TermContribution[] {
    const t = c.terms[m]!;
    return TERMS.map((name, k) => ({
      term: name,
      value: t.values[name],
      contribution: coef[k]! * t.values[name],
      ...(this.doctrine.evidence[name].length > 0 && {
        evidence: this.doctrine.evidence[name].slice(0, 2),
      }),
      ...(t.details[name] !== undefined && { detail: t.details[name] }),
    })).filter((x) => x.value !== 0);
  }
}
