/**
 * Parameters of the Spatial Model of Politics, with KTAB's defaults (research note, table 1.11),
 * and the parsing of `NAME=VALUE` overrides. Names are accepted in KTAB's XML spelling
 * (`VictoryProbModel`, `BigRAdjust`, ...) and in Statecraft's camelCase (`victoryModel`, ...).
 */
import { StatecraftError } from "../core/errors.ts";
import {
  PCE_MODELS,
  type PceModel,
  VICTORY_MODELS,
  type VictoryModel,
  VOTING_RULES,
  type VotingRule,
} from "./pce.ts";

export type StateTransitions = "Deterministic" | "Stochastic";
/** How actor h estimates actor i's risk attitude from its own R_h and i's R_i. */
export type BigRAdjust = "None" | "OneThird" | "Half" | "TwoThirds" | "Full";
/** Range the risk attitudes are mapped onto from the PCE probabilities. */
export type BigRRange = "Min" | "Mid" | "Max";
/** How committed third parties are to the side they join in a challenge. */
export type ThirdPartyCommit = "NoCommit" | "SemiCommit" | "FullCommit";
/** How the compromise point between two actors is interpolated. */
export type InterVecBrgn = "S1P1" | "S2P2" | "S2PMax";
/** Which bargains a challenge creates. */
export type BargnModel = "InitOnlyInterp" | "InitRcvrInterp" | "PWCompInterp";

export interface SmpParameters {
  /** Victory-probability model of the PCEs. Default `Linear`. */
  victoryModel: VictoryModel;
  /** PCE model. Default `Conditional`. */
  pceModel: PceModel;
  /** Queue resolution: most probable bargain, or a seeded draw. Default `Deterministic`. */
  stateTransitions: StateTransitions;
  /** Voting rule of every vote. Default `Prop`. */
  votingRule: VotingRule;
  /** Risk-attitude estimation. Default `OneThird`. (`Full` always aborts, as in KTAB.) */
  bigRAdjust: BigRAdjust;
  /** Risk-attitude range. Default `Mid` ([-1/2, 1]). */
  bigRRange: BigRRange;
  /** Third-party commitment. Default `SemiCommit`. */
  thirdPartyCommit: ThirdPartyCommit;
  /** Bargain interpolation. Default `S2P2`. */
  interVecBrgn: InterVecBrgn;
  /** Bargains created per challenge. Default `InitOnlyInterp`. */
  bargnModel: BargnModel;
  /** Maximum number of turns (steps). Default 100. */
  maxTurns: number;
  /** Minimum number of turns before the convergence test applies. Default 2. */
  minTurns: number;
  /** Stop when this turn's movement / first turn's movement falls below this. Default 0.02. */
  stopRatio: number;
  /** Seed of the stochastic transitions (unused when deterministic). Default 1. */
  seed: number;
}

export const DEFAULT_SMP_PARAMETERS: Readonly<SmpParameters> = Object.freeze({
  victoryModel: "Linear",
  pceModel: "Conditional",
  stateTransitions: "Deterministic",
  votingRule: "Prop",
  bigRAdjust: "OneThird",
  bigRRange: "Mid",
  thirdPartyCommit: "SemiCommit",
  interVecBrgn: "S2P2",
  bargnModel: "InitOnlyInterp",
  maxTurns: 100,
  minTurns: 2,
  stopRatio: 0.02,
  seed: 1,
});

type EnumKey = Exclude<keyof SmpParameters, "maxTurns" | "minTurns" | "stopRatio" | "seed">;

/** Allowed values of each enumerated parameter (KTAB's spellings). */
export const SMP_PARAMETER_VALUES: Readonly<Record<EnumKey, readonly string[]>> = {
  victoryModel: VICTORY_MODELS,
  pceModel: PCE_MODELS,
  stateTransitions: ["Deterministic", "Stochastic"],
  votingRule: VOTING_RULES,
  bigRAdjust: ["None", "OneThird", "Half", "TwoThirds", "Full"],
  bigRRange: ["Min", "Mid", "Max"],
  thirdPartyCommit: ["NoCommit", "SemiCommit", "FullCommit"],
  interVecBrgn: ["S1P1", "S2P2", "S2PMax"],
  bargnModel: ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"],
};

/** KTAB XML element name → parameter key. */
export const KTAB_PARAMETER_NAMES: Readonly<Record<string, EnumKey>> = {
  VictoryProbModel: "victoryModel",
  PCEModel: "pceModel",
  StateTransitions: "stateTransitions",
  VotingRule: "votingRule",
  BigRAdjust: "bigRAdjust",
  BigRRange: "bigRRange",
  ThirdPartyCommit: "thirdPartyCommit",
  InterVecBrgn: "interVecBrgn",
  BargnModel: "bargnModel",
};

const NUMERIC: readonly (keyof SmpParameters)[] = ["maxTurns", "minTurns", "stopRatio", "seed"];

function resolveKey(name: string): keyof SmpParameters | undefined {
  if (name in KTAB_PARAMETER_NAMES) return KTAB_PARAMETER_NAMES[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(DEFAULT_SMP_PARAMETERS) as (keyof SmpParameters)[]) {
    if (k.toLowerCase() === lower) return k;
  }
  for (const [ktab, k] of Object.entries(KTAB_PARAMETER_NAMES)) {
    if (ktab.toLowerCase() === lower) return k;
  }
  return undefined;
}

/**
 * Sets one parameter from its name and textual value, validating both. The XSD spellings
 * `Proportional` and `No` are accepted for `Prop` and `None`.
 */
export function setParameter(
  params: Partial<SmpParameters>,
  name: string,
  value: string,
  where: { file?: string; line?: number } = {},
): Partial<SmpParameters> {
  const key = resolveKey(name.trim());
  if (!key) {
    throw new StatecraftError("SC_BARGAIN_UNKNOWN_PARAM", `unknown SMP parameter "${name}"`, {
      ...where,
      field: name,
      hint: `known parameters: ${Object.keys(DEFAULT_SMP_PARAMETERS).join(", ")} (or KTAB names ${Object.keys(KTAB_PARAMETER_NAMES).join(", ")})`,
    });
  }
  const v = value.trim();
  if (NUMERIC.includes(key)) {
    const n = Number(v);
    const ok =
      Number.isFinite(n) &&
      (key === "stopRatio" ? n >= 0 : Number.isInteger(n) && (key === "seed" || n >= 0));
    if (!ok || v === "") {
      throw new StatecraftError("SC_BARGAIN_BAD_PARAM", `parameter ${key} must be a number`, {
        ...where,
        field: key,
        hint: key === "stopRatio" ? "a ratio >= 0, e.g. 0.02" : "a whole number",
      });
    }
    (params as Record<string, unknown>)[key] = n;
    return params;
  }
  const allowed = SMP_PARAMETER_VALUES[key as EnumKey];
  const alias = v === "Proportional" ? "Prop" : v === "No" ? "None" : v;
  const match = allowed.find((a) => a.toLowerCase() === alias.toLowerCase());
  if (!match) {
    throw new StatecraftError("SC_BARGAIN_BAD_PARAM", `invalid value "${v}" for ${key}`, {
      ...where,
      field: key,
      hint: `one of ${allowed.join(", ")}`,
    });
  }
  (params as Record<string, unknown>)[key] = match;
  return params;
}

/** Parses `NAME=VALUE` strings (CLI `--param`). */
export function parseParameterList(items: readonly string[]): Partial<SmpParameters> {
  const out: Partial<SmpParameters> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0) {
      throw new StatecraftError("SC_BARGAIN_BAD_PARAM", `expected NAME=VALUE, got "${item}"`, {
        hint: "e.g. --param VictoryProbModel=Square",
      });
    }
    setParameter(out, item.slice(0, eq), item.slice(eq + 1));
  }
  return out;
}

/** Defaults overlaid with the given values (each validated). */
export function resolveParameters(
  ...layers: (Partial<SmpParameters> | undefined)[]
): SmpParameters {
  const out: Partial<SmpParameters> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) {
      if (v !== undefined) setParameter(out, k, String(v));
    }
  }
  return { ...DEFAULT_SMP_PARAMETERS, ...out };
}
