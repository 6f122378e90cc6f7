/**
 * Allison I, the rational actor: the state as one actor choosing the option of highest utility,
 * utility = Σ_k θ_k · w_k · term_k, where the terms come from `terms.ts`, w_k are the doctrine's
 * weights (the leader layer) and θ_k are fitted scales (logit units per unit of weighted term).
 * Choice probabilities are a logit over utilities. θ is fitted by penalised maximum likelihood
 * with a ridge pulling every θ_k toward one common prior scale, so the doctrine's relative
 * weights stand unless the cases speak clearly against them.
 */
import { createRng } from "../../core/rng.ts";
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
  /** Standard deviation of the pressure draws for intervals (0..1 scale). Default 0.1. */
  pressureSd?: number;
  /** Standard deviation of the multiplicative term-scale noise in the draws. Default 0.25. */
  scaleSd?: number;
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
  fitInfo?: { logLik: number; iterations: number; cases: number };

  constructor(opts: RationalOptions) {
    this.doctrine = opts.doctrine;
    this.book = new TargetBook(opts.doctrine);
    this.lambda = opts.lambda ?? 1;
    this.prior = opts.prior ?? 1;
    this.pressureSd = opts.pressureSd ?? 0.1;
    this.scaleSd = opts.scaleSd ?? 0.25;
    this.theta = opts.theta ? [...opts.theta] : TERMS.map(() => this.prior);
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
    const data = labelled(cases).map((c) => {
      const comp = this.compile(c.scenario);
      return { x: this.rows(comp), y: comp.optionIds.indexOf(c.chosen) };
    });
    const r = fitLogit(
      data,
      TERMS.map(() => this.prior),
      this.lambda,
    );
    this.theta = r.theta;
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
    const util = Array.from(u);
    const p = softmaxInPlace(new Float64Array(u));
    const pred = prediction(
      c.optionIds,
      p,
      {
        model: this.id,
        summary: `Rational actor under ${this.doctrine.id}: logit over the utility of the doctrine's terms.`,
        details: {
          doctrine: this.doctrine.id,
          theta: Object.fromEntries(TERMS.map((t, k) => [t, this.theta[k]])),
        },
      },
      (m) => ({ utility: util[m], terms: this.contributions(c, m, coef) }),
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
      pred.intervals = mcIntervals(c.optionIds, options.draws, rng, (r, out) => {
        k.draw(r, out);
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
