/**
 * Building bargaining scenarios from Statecraft's own data, so the governmental-politics model
 * (src/decide) and the web app can bargain over a decision issue:
 *
 * - `scenarioFromOfficials`: internal players, one per role of a decision scenario's
 *   `officials` (`supreme_leader`, `president`, `foreign_minister`, ...), plus any other
 *   players the caller adds (e.g. a security council or parliament). Positions, saliences and
 *   capabilities are the caller's judgement: this module never invents them.
 * - `scenarioFromStances`: external states from a doctrine's stances. A state's position is
 *   placed between the home state's position (alignment +1) and the opposite end of the scale
 *   (alignment -1); its salience grows with the strength of the stance; capabilities come from
 *   the caller.
 *
 * Plain functions over plain objects: the inputs are structural types, not the decide or
 * doctrine modules' classes, so nothing here depends on how those modules are written.
 */
import { StatecraftError } from "../core/errors.ts";
import type { BargainActor, BargainScenario } from "./scenario.ts";
import { validateScenario } from "./scenario.ts";

/** A decision scenario's `officials`: role → office holder's name (a `note` entry is ignored). */
export type OfficialsLike = Readonly<Record<string, string | undefined>>;

/** What the caller supplies for each player. Values per dimension, on the 0-100 scale. */
export interface PlayerSpec {
  /** Capability (> 0, any unit). */
  capability: number;
  /** Position per dimension: an array in dimension order, or keyed by dimension name. */
  position: readonly number[] | Readonly<Record<string, number>>;
  /** Salience per dimension (0-100, summing to at most 100); same forms as `position`. */
  salience: readonly number[] | Readonly<Record<string, number>>;
  /** Free text; defaults to the office holder's name for officials. */
  description?: string;
}

function perDimension(
  v: readonly number[] | Readonly<Record<string, number>>,
  dims: readonly string[],
  who: string,
  field: string,
): number[] {
  if (Array.isArray(v)) return [...(v as readonly number[])];
  const rec = v as Readonly<Record<string, number>>;
  return dims.map((d) => {
    const x = rec[d];
    if (x === undefined) {
      throw new StatecraftError(
        "SC_BARGAIN_BUILD_VALUE",
        `${who}: no ${field} for dimension "${d}"`,
        {
          field: `${who}.${field}.${d}`,
          hint: `give a ${field} for every dimension: ${dims.join(", ")}`,
        },
      );
    }
    return x;
  });
}

export interface OfficialsInput {
  name: string;
  description?: string;
  /** Dimension names, e.g. ["Concessions to the E3"]. */
  dimensions: string[];
  /** The decision scenario's officials. Every role except `note` must have a player spec. */
  officials: OfficialsLike;
  /** Player specs by role key (officials' roles, plus any extra players). */
  players: Readonly<Record<string, PlayerSpec>>;
  /**
   * Actor names: `role` (default; stable across office holders) or `holder` (the office
   * holder's name, falling back to the role for extra players).
   */
  naming?: "role" | "holder";
}

/** Internal players from a decision scenario's officials plus caller-supplied judgements. */
export function scenarioFromOfficials(input: OfficialsInput): BargainScenario {
  const roles = Object.keys(input.officials).filter(
    (r) => r !== "note" && input.officials[r] !== undefined,
  );
  for (const r of roles) {
    if (!input.players[r]) {
      throw new StatecraftError(
        "SC_BARGAIN_BUILD_MISSING_PLAYER",
        `official "${r}" (${input.officials[r]}) has no position, salience and capability`,
        { field: `players.${r}`, hint: "supply a PlayerSpec for every official role" },
      );
    }
  }
  const keys = [...roles, ...Object.keys(input.players).filter((k) => !roles.includes(k))];
  const actors: BargainActor[] = keys.map((k) => {
    const spec = input.players[k]!;
    const holder = input.officials[k];
    return {
      name: input.naming === "holder" && holder ? holder : k,
      description: spec.description ?? holder ?? k,
      capability: spec.capability,
      position: perDimension(spec.position, input.dimensions, k, "position"),
      salience: perDimension(spec.salience, input.dimensions, k, "salience"),
    };
  });
  return validateScenario({
    name: input.name,
    description: input.description,
    dimensions: [...input.dimensions],
    actors,
  });
}

/** One stance of a doctrine: alignment in [-1, 1] (hostile to aligned), trust in [-1, 1]. */
export interface StanceLike {
  target?: string;
  alignment?: number;
  trust?: number;
}

/** The part of a doctrine this builder reads. */
export interface DoctrineLike {
  /** Stances as a list with `target`, or keyed by target. */
  stances: readonly StanceLike[] | Readonly<Record<string, StanceLike>>;
}

export interface StancesInput {
  name: string;
  description?: string;
  /** The single issue dimension, e.g. "Enrichment limits". */
  dimension: string;
  /** The home state: its actor name, position on the issue (0-100), capability and salience. */
  home: { name: string; position: number; capability: number; salience: number };
  doctrine: DoctrineLike;
  /** Capability of each external state by target code. Targets without one are left out. */
  capabilities: Readonly<Record<string, number>>;
  /** Salience override by target; default 30 + 60·|alignment| (a strong stance, a high stake). */
  salience?: Readonly<Record<string, number>>;
  /** Position override by target (0-100). */
  positions?: Readonly<Record<string, number>>;
}

/** External states placed on one issue dimension from the home state's doctrine stances. */
export function scenarioFromStances(input: StancesInput): BargainScenario {
  const raw = input.doctrine.stances;
  const stances: [string, StanceLike][] = Array.isArray(raw)
    ? (raw as readonly StanceLike[]).map((s, i) => [s.target ?? `stance${i}`, s])
    : Object.entries(raw as Readonly<Record<string, StanceLike>>);
  const home = input.home.position;
  // The far end of the scale from the home state is where a fully hostile state stands.
  const pole = home >= 50 ? 0 : 100;
  const actors: BargainActor[] = [
    {
      name: input.home.name,
      description: "home state",
      capability: input.home.capability,
      position: [home],
      salience: [input.home.salience],
    },
  ];
  for (const [target, s] of stances) {
    const cap = input.capabilities[target];
    if (cap === undefined) continue;
    const a = Math.max(-1, Math.min(1, s.alignment ?? 0));
    const position = input.positions?.[target] ?? home + ((1 - a) / 2) * (pole - home);
    actors.push({
      name: target,
      description: `stance alignment ${a}${s.trust === undefined ? "" : `, trust ${s.trust}`}`,
      capability: cap,
      position: [position],
      salience: [input.salience?.[target] ?? 30 + 60 * Math.abs(a)],
    });
  }
  return validateScenario({
    name: input.name,
    description: input.description,
    dimensions: [input.dimension],
    actors,
  });
}
