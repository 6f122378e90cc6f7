/**
 * KTAB's Spatial Model of Politics (SMP), re-implemented from the research note
 * (shared/research/bargaining.md, section 1) so that it reproduces KTAB `smpc` runs: the same
 * number of turns and the same positions at every turn (checked against the reference runs in
 * data/bargaining/ktab-outputs), at a small fraction of the cost.
 *
 *   const result = new SmpModel({ victoryModel: "Square" }).fit(scenario).predict();
 *
 * `fit` takes the scenario (0-100 scale) and prepares the actors; `predict` runs the turns
 * until the stopping rule fires and returns the trajectory, the reported probabilities and an
 * explanation.
 */
import { StatecraftError } from "../core/errors.ts";
import { createRng } from "../core/rng.ts";
import type { SmpParameters } from "./params.ts";
import { resolveParameters } from "./params.ts";
import { type PceFlatOut, pceSettings } from "./pce.ts";
import type { BargainScenario } from "./scenario.ts";
import { validateScenario } from "./scenario.ts";
import { assessState, reportedProbabilities, type SmpActors } from "./smp-state.ts";
import { bargainTurn, stateDistance, updateIdeals } from "./smp-turn.ts";

export interface BargainResult {
  /** Which model produced it. */
  model: "smp" | "bdm";
  /** Steps taken (KTAB: "There were T+1 states, with T steps between them"). */
  turns: number;
  dimensions: string[];
  actors: string[];
  /** positions[t][i][k]: actor i's position on dimension k at turn t, on the input scale. */
  positions: number[][][];
  /** probabilities[t][i]: probability of actor i's position winning at turn t (KTAB `prob`). */
  probabilities: number[][];
  /** Why the run stopped. */
  stop: "converged" | "max-turns" | "no-moves" | "rounds";
  /** Parameters used. */
  parameters: Record<string, string | number>;
  /** Per-turn diagnostics (model-specific). */
  diagnostics: Record<string, unknown>;
  /** Plain-words summary of the run. */
  explanation: string;
}

function toArray(x: Float64Array): number[] {
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i]!;
  return out;
}

/** Stable 32-bit seed from a scenario's textual seed (KTAB seeds are 64-bit decimals). */
export function seedFromText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** Builds the [0,1]-scale actor arrays from a validated scenario. */
export function smpActors(s: BargainScenario): SmpActors {
  const N = s.actors.length;
  const D = s.dimensions.length;
  const cap = new Float64Array(N);
  const sal = new Float64Array(N * D);
  const salSum = new Float64Array(N);
  const salSq = new Float64Array(N);
  s.actors.forEach((a, i) => {
    cap[i] = a.capability;
    let sum = 0;
    let sq = 0;
    for (let k = 0; k < D; k++) {
      const v = a.salience[k]! / 100;
      sal[i * D + k] = v;
      sum += v;
      sq += v * v;
    }
    salSum[i] = sum;
    salSq[i] = sq;
  });
  let accommodate: Float64Array | null = null;
  if (s.idealAdjustment?.length) {
    const A = new Float64Array(N * N);
    for (let i = 0; i < N; i++) A[i * N + i] = 1;
    const index = new Map(s.actors.map((a, i) => [a.name, i]));
    for (const p of s.idealAdjustment)
      A[index.get(p.adjusting)! * N + index.get(p.reference)!] = p.adjust;
    let identity = true;
    for (let i = 0; i < N; i++) {
      let row = 0;
      for (let j = 0; j < N; j++) {
        row += A[i * N + j]!;
        if (A[i * N + j] !== (i === j ? 1 : 0)) identity = false;
      }
      if (row > 1 + 1e-12) {
        throw new StatecraftError(
          "SC_BARGAIN_BAD_ADJUST",
          `ideal adjustments of "${s.actors[i]!.name}" sum to ${row}, over 1`,
          {
            file: s.file,
            field: "idealAdjustment",
            hint: "each actor's adjustments must sum to at most 1",
          },
        );
      }
    }
    if (!identity) accommodate = A;
  }
  const weight = new Float64Array(N);
  for (let i = 0; i < N; i++) weight[i] = salSum[i]! * cap[i]!;
  return { N, D, cap, sal, salSum, salSq, weight, accommodate };
}

export class SmpModel {
  readonly options: Partial<SmpParameters>;
  private scenario?: BargainScenario;
  private act?: SmpActors;
  private params?: SmpParameters;

  /** @param options SMP parameters; unset ones come from the scenario, then KTAB's defaults. */
  constructor(options: Partial<SmpParameters> = {}) {
    this.options = options;
  }

  fit(scenario: BargainScenario): this {
    this.scenario = validateScenario(scenario);
    const fromScenario: Partial<SmpParameters> = { ...scenario.parameters };
    if (scenario.seed !== undefined && fromScenario.seed === undefined) {
      fromScenario.seed = seedFromText(scenario.seed);
    }
    this.params = resolveParameters(fromScenario, this.options);
    this.act = smpActors(this.scenario);
    return this;
  }

  predict(): BargainResult {
    if (!this.scenario || !this.act || !this.params) {
      throw new StatecraftError("SC_BARGAIN_NOT_FITTED", "call fit(scenario) before predict()");
    }
    return runSmpActors(this.scenario, this.act, this.params);
  }
}

/** Runs the SMP on a scenario with the given parameter overrides. */
export function runSmp(
  scenario: BargainScenario,
  options: Partial<SmpParameters> = {},
): BargainResult {
  return new SmpModel(options).fit(scenario).predict();
}

function runSmpActors(s: BargainScenario, act: SmpActors, p: SmpParameters): BargainResult {
  const { N, D } = act;
  const settings = pceSettings({
    votingRule: p.votingRule,
    victoryModel: p.victoryModel,
    pceModel: p.pceModel,
  });
  const scratch: PceFlatOut = {};
  const rng = p.stateTransitions === "Stochastic" ? createRng(p.seed) : undefined;
  let pos: Float64Array = new Float64Array(N * D);
  s.actors.forEach((a, i) => {
    for (let k = 0; k < D; k++) pos[i * D + k] = a.position[k]! / 100;
  });
  let ideal: Float64Array = pos.slice();
  const states: Float64Array[] = [pos];
  const probs: Float64Array[] = [];
  const risk: number[][] = [];
  const unique: number[][] = [];
  const moves: number[] = [];
  const challenges: number[] = [];
  const ties: number[] = [];
  let firstDist = 0;
  let stop: BargainResult["stop"] = "max-turns";
  for (let t = 0; ; t++) {
    const st = assessState(act, pos, ideal, p, settings, scratch);
    probs.push(reportedProbabilities(act, pos, st, settings, scratch, unique));
    risk.push(toArray(st.R));
    if (t >= p.maxTurns) break;
    if (t >= Math.max(1, p.minTurns)) {
      const ratio = moves[t - 1]! / (firstDist + 1e-4);
      if (ratio < p.stopRatio) {
        stop = "converged";
        break;
      }
    }
    const turn = bargainTurn(act, pos, ideal, st, p, settings, rng, scratch);
    const d = stateDistance(pos, turn.pos, N, D);
    if (t === 0) firstDist = d;
    moves.push(d);
    challenges.push(turn.targets.reduce((n, x) => n + (x >= 0 ? 1 : 0), 0));
    ties.push(turn.ties);
    ideal = updateIdeals(act, turn.pos, ideal);
    pos = turn.pos;
    states.push(pos);
  }
  const turns = states.length - 1;
  const positions = states.map((x) => {
    const rows: number[][] = [];
    for (let i = 0; i < N; i++) {
      const row = new Array<number>(D);
      for (let k = 0; k < D; k++) row[k] = x[i * D + k]! * 100;
      rows.push(row);
    }
    return rows;
  });
  const parameters = { ...p } as Record<string, string | number>;
  const explanation =
    `SMP: ${N} actors on ${D} dimension(s) bargained for ${turns} turn(s); ` +
    (stop === "converged"
      ? `stopped when movement fell below ${p.stopRatio} of the first turn's. `
      : `stopped at the turn limit (${p.maxTurns}). `) +
    `Parameters: ${p.victoryModel} victory, ${p.pceModel} PCE, ${p.votingRule} votes, ` +
    `${p.bigRAdjust}/${p.bigRRange} risk, ${p.thirdPartyCommit}, ${p.interVecBrgn}, ${p.bargnModel}, ` +
    `${p.stateTransitions}.`;
  return {
    model: "smp",
    turns,
    dimensions: [...s.dimensions],
    actors: s.actors.map((a) => a.name),
    positions,
    probabilities: probs.map(toArray),
    stop,
    parameters,
    diagnostics: {
      movement: moves,
      challenges,
      ties,
      riskAttitudes: risk,
      uniquePositionProbabilities: unique,
    },
    explanation,
  };
}
