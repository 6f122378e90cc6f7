/**
 * Allison III, governmental politics: the decision is the outcome of a contest among internal
 * players (Supreme Leader, President, Foreign Ministry, SNSC, IRGC, Parliament), each valuing
 * the options by the same terms with its own weights (the leader's doctrine for the Supreme
 * Leader; the apparatus's weights times the player's and its holder's faction multipliers for the
 * others), each with an influence share (the leader's from the doctrine). Option probabilities are
 * a Probabilistic Condorcet Election among the players (KTAB's PCE, shared with src/bargain),
 * sharpened by one fitted exponent α: P ∝ P_PCE^α.
 */
import { type PceFlatOut, pceFlat, pceSettings } from "../../bargain/index.ts";
import { createRng } from "../../core/rng.ts";
import type { DoctrineView } from "../doctrine-view.ts";
import { TERMS } from "../doctrine-view.ts";
import { mcIntervals, prediction } from "../explain.ts";
import {
  type CompiledScenario,
  DrawKernel,
  flexKernel,
  utilities,
  weightVector,
} from "../kernel.ts";
import { type Player, scenarioPlayers } from "../players.ts";
import type {
  DecisionModel,
  LabelledCase,
  Prediction,
  PredictOptions,
  Scenario,
} from "../types.ts";
import { labelled, RationalActorModel, type RevealedParams } from "./rational.ts";

export interface GovernmentalOptions {
  /** The leader's doctrine: the Supreme Leader's weights, his influence, the stances. */
  doctrine: DoctrineView;
  /** Doctrine whose weights the other players start from. Default: `doctrine`. */
  apparatus?: DoctrineView;
  lambda?: number;
  prior?: number;
  theta?: number[];
  /** Fitted revealed-value term of the rational actor, shared by every player. */
  revealed?: RevealedParams;
  /** Use the revealed-value term. Default true. */
  useRevealed?: boolean;
  /** Fitted sharpness exponent α. Default 1. */
  alpha?: number;
  pressureSd?: number;
  scaleSd?: number;
  /** Gumbel draws of the players' utilities averaged in a point prediction (count). Default 64. */
  noiseDraws?: number;
}

/** Utility-noise draws per Monte Carlo parameter draw. */
const MC_NOISE_DRAWS = 2;

const SETTINGS = pceSettings({
  votingRule: "Prop",
  victoryModel: "Linear",
  pceModel: "Conditional",
});

export class GovernmentalModel implements DecisionModel {
  readonly id = "governmental";
  readonly baseline = false;
  readonly ra: RationalActorModel;
  readonly apparatus: DoctrineView;
  alpha: number;
  /** Gumbel draws averaged in a point prediction. */
  readonly noiseDraws: number;

  constructor(opts: GovernmentalOptions) {
    this.ra = new RationalActorModel(opts);
    this.apparatus = opts.apparatus ?? opts.doctrine;
    this.alpha = opts.alpha ?? 1;
    this.noiseDraws = opts.noiseDraws ?? 64;
  }

  get theta(): number[] {
    return this.ra.theta;
  }

  /** Per player, coefficients on the raw terms. */
  playerCoefficients(players: Player[]): number[][] {
    const lead = this.ra.coefficients();
    const base = weightVector(this.apparatus);
    return players.map((p) =>
      p.id === "supreme_leader"
        ? lead
        : this.ra.theta.map((t, k) => t * base[k]! * p.multipliers[k]!),
    );
  }

  /**
   * PCE probabilities (before α) into `out`; utilities written to `util` (players × options).
   * `shared` is the part of every player's utility that does not depend on the player: the
   * values the state's past choices reveal (the rational actor's revealed term).
   */
  private pce(
    c: CompiledScenario,
    coefs: number[][],
    weights: Float64Array,
    util: Float64Array,
    shared: readonly number[],
  ): Float64Array {
    const M = c.optionIds.length;
    const row = new Float64Array(M);
    coefs.forEach((coef, k) => {
      utilities(c, coef, row);
      for (let m = 0; m < M; m++) row[m]! += shared[m]!;
      util.set(row, k * M);
    });
    return this.expectedPce(c, util, weights, this.noiseDraws);
  }

  /**
   * Gumbel noise per (draw, player, option), seeded by the option id so that it does not depend
   * on the order of the options: the players are random-utility (logit) choosers, like the
   * rational actor whose scales they share.
   */
  private gumbel(c: CompiledScenario, players: number, draws: number): Float64Array {
    const M = c.optionIds.length;
    const g = new Float64Array(draws * players * M);
    c.optionIds.forEach((id, m) => {
      const rng = createRng(hashString(id));
      for (let d = 0; d < draws; d++) {
        for (let k = 0; k < players; k++) {
          g[(d * players + k) * M + m] = -Math.log(-Math.log(Math.max(rng.next(), 1e-12)));
        }
      }
    });
    return g;
  }

  /** Mean PCE outcome over `draws` Gumbel perturbations of the players' utilities. */
  private expectedPce(
    c: CompiledScenario,
    util: Float64Array,
    weights: Float64Array,
    draws: number,
    noise?: Float64Array,
    scratch: { buf?: Float64Array; out?: PceFlatOut } = {},
  ): Float64Array {
    const M = c.optionIds.length;
    const P = weights.length;
    const g = noise ?? this.gumbel(c, P, draws);
    scratch.buf ??= new Float64Array(P * M);
    scratch.out ??= {};
    const buf = scratch.buf;
    const out = scratch.out;
    const acc = new Float64Array(M);
    for (let d = 0; d < draws; d++) {
      for (let j = 0; j < P * M; j++) buf[j] = util[j]! + g[d * P * M + j]!;
      const p = pceFlat(buf, P, M, weights, SETTINGS, out);
      for (let m = 0; m < M; m++) acc[m]! += p[m]! / draws;
    }
    return acc;
  }

  private sharpen(p: Float64Array): Float64Array {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      p[i] = Math.exp(this.alpha * Math.log(Math.max(p[i]!, 1e-300)));
      s += p[i]!;
    }
    for (let i = 0; i < p.length; i++) p[i]! /= s;
    return p;
  }

  fit(cases: readonly LabelledCase[]): this {
    this.ra.fit(cases);
    const data = labelled(cases).map((c) => {
      const comp = this.ra.compile(c.scenario);
      const players = scenarioPlayers(c.scenario, this.ra.doctrine.leaderWeight);
      const p = this.pce(
        comp,
        this.playerCoefficients(players),
        new Float64Array(players.map((x) => x.influence)),
        new Float64Array(players.length * comp.optionIds.length),
        this.ra.trainingRevealed(c.scenario).map((v) => this.ra.revealedTheta * v),
      );
      return {
        logp: Array.from(p, (x) => Math.log(Math.max(x, 1e-300))),
        y: comp.optionIds.indexOf(c.chosen),
      };
    });
    // α maximises the penalised log-likelihood (ridge 0.5·(α−1)² keeps it near the plain PCE).
    const objective = (a: number) => {
      let ll = 0;
      for (const d of data) {
        const m = Math.max(...d.logp.map((l) => a * l));
        const z = d.logp.reduce((s, l) => s + Math.exp(a * l - m), 0);
        ll += a * d.logp[d.y]! - m - Math.log(z);
      }
      return -ll + 0.5 * (a - 1) ** 2;
    };
    let lo = 0.001;
    let hi = 20;
    const gr = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 80; i++) {
      const a = hi - gr * (hi - lo);
      const b = lo + gr * (hi - lo);
      if (objective(a) < objective(b)) hi = b;
      else lo = a;
    }
    this.alpha = (lo + hi) / 2;
    return this;
  }

  predict(scenario: Scenario, options: PredictOptions = {}): Prediction {
    const c = this.ra.compile(scenario);
    const players = scenarioPlayers(scenario, this.ra.doctrine.leaderWeight);
    const coefs = this.playerCoefficients(players);
    const weights = new Float64Array(players.map((p) => p.influence));
    const M = c.optionIds.length;
    const util = new Float64Array(players.length * M);
    const scores = this.ra.revealedScores(scenario);
    const shared = scores.map((v) => this.ra.revealedTheta * v);
    const p = this.sharpen(this.pce(c, coefs, weights, util, shared));
    const favourite = players.map((pl, k) => {
      let best = 0;
      for (let m = 1; m < M; m++) if (util[k * M + m]! > util[k * M + best]!) best = m;
      return {
        player: pl.id,
        ...(pl.holder && { holder: pl.holder }),
        ...(pl.faction && { faction: pl.faction }),
        influence: Math.round(pl.influence * 1000) / 1000,
        prefers: c.optionIds[best]!,
      };
    });
    const leadCoef = coefs[0]!;
    const pred = prediction(
      c.optionIds,
      p,
      {
        model: this.id,
        summary: `Governmental politics: PCE among ${players.length} players (leader's share ${this.ra.doctrine.leaderWeight}), α = ${this.alpha.toFixed(3)}.`,
        details: { players: favourite, alpha: this.alpha, doctrine: this.ra.doctrine.id },
      },
      (m) => ({
        terms: [
          ...this.ra.contributions(c, m, leadCoef),
          ...this.ra.revealedContribution(scenario, m, scores[m]!),
        ],
      }),
    );
    if (options.draws && options.draws > 0) {
      const rng = createRng(options.seed ?? 1);
      const k = new DrawKernel(
        c,
        coefs,
        flexKernel(this.ra.doctrine),
        scenario.pressures,
        this.ra.pressureSd,
        this.ra.scaleSd,
      );
      // Each parameter draw averages over a few fixed utility-noise draws (fewer than the point
      // prediction's, to keep 10⁶ draws cheap).
      const noise = this.gumbel(c, coefs.length, MC_NOISE_DRAWS);
      const scratch = {};
      pred.intervals = mcIntervals(c.optionIds, options.draws, rng, (r, out) => {
        k.draw(r, util);
        for (let j = 0; j < util.length; j++) util[j]! += shared[j % M]!;
        out.set(this.sharpen(this.expectedPce(c, util, weights, MC_NOISE_DRAWS, noise, scratch)));
      });
    }
    return pred;
  }
}

export { TERMS };

/** FNV-1a hash of a string, as a 32-bit seed. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
