/**
 * Bueno de Mesquita's expected-utility model of group decisions, as reconstructed by Scholz,
 * Calbert and Smith (2011) (research note, section 3). One-dimensional: each actor has a
 * capability c, a position x and a salience s in [0,1]. Each round every actor works out, from
 * its own risk exponent, the expected utility of challenging and of being challenged by each
 * other actor, and accepts one offer: lose a confrontation (move to the other's position),
 * compromise part of the way, or capitulate.
 *
 * The source leaves several readings open; each is an option, and the defaults reproduce the
 * published log of the Scholz-code port (`variant: "scholz-code"`), which the tests check round by
 * round on BDM's EU emission-standards example.
 *
 *   new BdmModel({ rounds: 5 }).fit(scenario).predict()
 */
import { StatecraftError } from "../core/errors.ts";
import { medianVoterPosition, weightedMean } from "./bdm-forecast.ts";
import type { BargainScenario } from "./scenario.ts";
import { validateScenario } from "./scenario.ts";
import type { BargainResult } from "./smp.ts";

export { medianVoterPosition, weightedMean };

export interface BdmOptions {
  /** Rounds to run (count). Default 5. The run also ends early when nobody moves. */
  rounds?: number;
  /**
   * Probability of success P(i,j). `scholz-code` (default): positive votes for i over j divided
   * by the absolute votes over all ordered pairs of positions (the Scholz code's denominator).
   * `pairwise`: divided by the absolute votes on (i,j) only, so P(i,j) + P(j,i) = 1.
   */
  probability?: "scholz-code" | "pairwise";
  /**
   * Which offer an actor accepts. `scholz-code` (default): nearest confrontation, else the
   * compromise with the smallest EU-weighted point, else the nearest capitulation.
   * `least-move`: whichever offer moves it least (the paper's wording).
   */
  offerChoice?: "scholz-code" | "least-move";
  /**
   * `scholz-code` (default) keeps the port's mistyped capitulation test, which never fires;
   * `fixed` applies E_ji < |E_ij| as the paper states.
   */
  capitulation?: "scholz-code" | "fixed";
  /** Probability the status quo persists if nobody challenges (Q). Default 1. */
  q?: number;
  /** Probability the status quo improves for i when it changes (T). Default 1. */
  t?: number;
}

export interface BdmMove {
  round: number;
  actor: string;
  /** "loses confrontation to X", "compromises with X" or "capitulates to X". */
  event: string;
  counterpart: string;
  /** E_ij: i's expected utility of challenging j. */
  euIJ: number;
  /** E_ji: i's estimate of j's expected utility of challenging i. */
  euJI: number;
  /** New position (input scale). */
  position: number;
}

const DEFAULTS: Required<BdmOptions> = {
  rounds: 5,
  probability: "scholz-code",
  offerChoice: "scholz-code",
  capitulation: "scholz-code",
  q: 1,
  t: 1,
};

interface Round {
  x: Float64Array;
  r: Float64Array;
}

export class BdmModel {
  readonly options: Required<BdmOptions>;
  private c?: Float64Array;
  private s?: Float64Array;
  private x0?: Float64Array;
  private names?: string[];
  private scenario?: BargainScenario;

  constructor(options: BdmOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  fit(scenario: BargainScenario): this {
    const s = validateScenario(scenario);
    if (s.dimensions.length !== 1) {
      throw new StatecraftError(
        "SC_BARGAIN_BDM_DIMENSIONS",
        `the BDM model is one-dimensional; this scenario has ${s.dimensions.length} dimensions`,
        {
          file: s.file,
          field: "dimensions",
          hint: "run one dimension at a time, or use --model smp",
        },
      );
    }
    this.scenario = s;
    this.names = s.actors.map((a) => a.name);
    this.c = Float64Array.from(s.actors, (a) => a.capability);
    this.s = Float64Array.from(s.actors, (a) => a.salience[0]! / 100);
    this.x0 = Float64Array.from(s.actors, (a) => a.position[0]!);
    return this;
  }

  predict(): BargainResult & { moves: BdmMove[]; means: number[]; medians: number[] } {
    if (!this.scenario || !this.c || !this.s || !this.x0 || !this.names) {
      throw new StatecraftError("SC_BARGAIN_NOT_FITTED", "call fit(scenario) before predict()");
    }
    const o = this.options;
    const c = this.c;
    const s = this.s;
    const names = this.names;
    const n = c.length;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of this.x0) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const range = hi - lo;
    let x = this.x0.slice();
    const positions: number[][][] = [Array.from(x, (v) => [v])];
    const means = [weightedMean(x, c, s)];
    const medians = [medianVoterPosition(x, c, s)];
    const moves: BdmMove[] = [];
    const riskExponents: number[][] = [];
    let stop: BargainResult["stop"] = "rounds";
    for (let round = 1; round <= o.rounds; round++) {
      const ones = new Float64Array(n).fill(1);
      const danger = new Float64Array(n);
      const neutral = this.expectedUtilities({ x, r: ones }, range, ones);
      for (let i = 0; i < n; i++) {
        let d = 0;
        for (let j = 0; j < n; j++) if (j !== i) d += neutral(j, i, i);
        danger[i] = d;
      }
      let dmax = Number.NEGATIVE_INFINITY;
      let dmin = Number.POSITIVE_INFINITY;
      for (const d of danger) {
        dmax = Math.max(dmax, d);
        dmin = Math.min(dmin, d);
      }
      const r = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const R = dmax > dmin ? (2 * danger[i]! - dmax - dmin) / (dmax - dmin) : 0;
        r[i] = (1 - R / 3) / (1 + R / 3);
      }
      riskExponents.push(Array.from(r));
      const eu = this.expectedUtilities({ x, r }, range, r);
      const next = x.slice();
      for (let i = 0; i < n; i++) {
        const conf: [number, number, number][] = [];
        const comp: [number, number, number, number][] = [];
        const capit: [number, number, number][] = [];
        for (let j = 0; j < n; j++) {
          if (j === i || x[j] === x[i]) continue;
          const eij = eu(i, j, i);
          const eji = eu(j, i, i);
          if (eji > eij && eij > 0) conf.push([j, eij, eji]);
          else if (eji > 0 && eij < 0) {
            const capitulates =
              o.capitulation === "fixed" ? eji < Math.abs(eij) : eji < Math.abs(eji);
            if (capitulates) capit.push([j, eij, eji]);
            else if (eji > Math.abs(eij)) {
              comp.push([j, eij, eji, x[i]! + (x[j]! - x[i]!) * Math.abs(eij / eji)]);
            }
          }
        }
        const pick = this.chooseOffer(i, x, conf, comp, capit);
        if (!pick) continue;
        next[i] = pick.position;
        moves.push({
          round,
          actor: names[i]!,
          event: `${pick.kind} ${names[pick.j]!}`,
          counterpart: names[pick.j]!,
          euIJ: pick.eij,
          euJI: pick.eji,
          position: pick.position,
        });
      }
      const moved = next.some((v, i) => v !== x[i]);
      x = next;
      positions.push(Array.from(x, (v) => [v]));
      means.push(weightedMean(x, c, s));
      medians.push(medianVoterPosition(x, c, s));
      if (!moved) {
        stop = "no-moves";
        break;
      }
    }
    const turns = positions.length - 1;
    return {
      model: "bdm",
      turns,
      dimensions: [...this.scenario.dimensions],
      actors: [...names],
      positions,
      probabilities: positions.map((p) => this.positionShares(p.map((v) => v[0]!))),
      stop,
      parameters: { ...o },
      diagnostics: { riskExponents, means, medians },
      explanation:
        `BDM expected-utility model (Scholz et al. reconstruction): ${n} actors, ${turns} round(s); ` +
        `weighted-mean forecast ${means[0]!.toFixed(3)} → ${means[means.length - 1]!.toFixed(3)}, ` +
        `${moves.length} move(s).`,
      moves,
      means,
      medians,
    };
  }

  /**
   * Returns eu(i, j, h): h's estimate of i's expected utility of challenging j, with the
   * perspective exponent r[h] and the voters' own exponents in the probability.
   */
  private expectedUtilities(
    st: Round,
    range: number,
    rPersp: Float64Array,
  ): (i: number, j: number, h: number) => number {
    const o = this.options;
    const c = this.c!;
    const s = this.s!;
    const { x, r } = st;
    const n = x.length;
    // vote[k][a][b]: k's weighted preference for position a over b.
    const vote = (k: number, a: number, b: number) =>
      c[k]! *
      s[k]! *
      ((Math.abs(x[k]! - x[b]!) / range) ** r[k]! - (Math.abs(x[k]! - x[a]!) / range) ** r[k]!);
    const P = new Float64Array(n * n);
    let total = 0;
    if (o.probability === "scholz-code") {
      for (let k = 0; k < n; k++)
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) total += Math.abs(vote(k, a, b));
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let pos = 0;
        let abs = 0;
        for (let k = 0; k < n; k++) {
          const v = vote(k, i, j);
          if (v > 0) pos += v;
          abs += Math.abs(v);
        }
        const den = o.probability === "scholz-code" ? total : abs;
        P[i * n + j] = den > 0 ? pos / den : 0;
      }
    }
    // The "status quo" bracket needs a forecast position only when Q < 1.
    const mu = medianVoterPosition(x, c, s);
    return (i, j, h) => {
      const rh = rPersp[h]!;
      const dij = Math.abs(x[i]! - x[j]!) / range;
      const us = 2 - 4 * (0.5 - 0.5 * dij) ** rh;
      const uf = 2 - 4 * (0.5 + 0.5 * dij) ** rh;
      const usq = 2 - 4 * 0.5 ** rh;
      let sq = usq;
      if (o.q < 1) {
        const spread = (Math.abs(x[i]! - mu) / range + dij) * 0.25;
        const ub = 2 - 4 * (0.5 - spread) ** rh;
        const uw = 2 - 4 * (0.5 + spread) ** rh;
        sq = o.q * usq + (1 - o.q) * (o.t * ub + (1 - o.t) * uw);
      }
      const p = P[i * n + j]!;
      return s[j]! * (p * us + (1 - p) * uf) + (1 - s[j]!) * us - sq;
    };
  }

  private chooseOffer(
    i: number,
    x: Float64Array,
    conf: [number, number, number][],
    comp: [number, number, number, number][],
    capit: [number, number, number][],
  ): { kind: string; j: number; eij: number; eji: number; position: number } | undefined {
    const xi = x[i]!;
    const all = [
      ...conf.map(([j, eij, eji]) => ({
        kind: "loses confrontation to",
        j,
        eij,
        eji,
        position: x[j]!,
      })),
      ...comp.map(([j, eij, eji, p]) => ({ kind: "compromises with", j, eij, eji, position: p })),
      ...capit.map(([j, eij, eji]) => ({ kind: "capitulates to", j, eij, eji, position: x[j]! })),
    ];
    if (all.length === 0) return undefined;
    const byDistance = <T extends { position: number }>(list: T[]) =>
      list.reduce((best, o) =>
        Math.abs(o.position - xi) < Math.abs(best.position - xi) ? o : best,
      );
    if (this.options.offerChoice === "least-move") return byDistance(all);
    const confs = all.filter((o) => o.kind === "loses confrontation to");
    if (confs.length) return byDistance(confs);
    const comps = all.filter((o) => o.kind === "compromises with");
    if (comps.length) {
      // The Scholz code ranks compromises by this EU-weighted point, not by the move itself.
      const key = (o: { eij: number; eji: number; j: number }) =>
        (Math.abs(o.eij) * xi + Math.abs(o.eji) * x[o.j]!) / (Math.abs(o.eij) + Math.abs(o.eji));
      return comps.reduce((best, o) => (key(o) < key(best) ? o : best));
    }
    return byDistance(all);
  }

  /**
   * Per-round "probabilities" for the common output shape: each actor's share of the
   * capability × salience behind positions equal to its own (the BDM model has no PCE).
   */
  private positionShares(x: number[]): number[] {
    const c = this.c!;
    const s = this.s!;
    let total = 0;
    for (let k = 0; k < x.length; k++) total += c[k]! * s[k]!;
    return x.map((xi) => {
      let w = 0;
      for (let k = 0; k < x.length; k++) if (x[k] === xi) w += c[k]! * s[k]!;
      return w / total;
    });
  }
}
