/**
 * A bargaining scenario: actors with a capability, a position and a salience on each dimension,
 * on KTAB's 0-100 input scale. Every reader (KTAB CSV, KTAB XML, Statecraft JSON/YAML, BDM CSV)
 * produces this shape, and `validateScenario` applies the same checks to all of them, so bad
 * input is a coded error with a location rather than a crash inside the model.
 */
import { z } from "zod";
import { StatecraftError } from "../core/errors.ts";
import type { SmpParameters } from "./params.ts";
import { setParameter } from "./params.ts";

export interface BargainActor {
  /** Unique name (1-25 characters in KTAB files). */
  name: string;
  /** Free text. */
  description?: string;
  /** Capability ("power", "influence"): > 0, any unit; only ratios matter. */
  capability: number;
  /** Position per dimension, 0-100. */
  position: number[];
  /** Salience per dimension, 0-100; the actor's saliences sum to at most 100 and to more than 0. */
  salience: number[];
  /** Where the actor was defined (for error messages). */
  line?: number;
}

/** One entry of KTAB's ideal-accommodation matrix: A(adjusting, reference) = adjust. */
export interface IdealAdjustment {
  adjusting: string;
  reference: string;
  /** In [0,1]; each adjusting actor's row sums to at most 1. */
  adjust: number;
}

export interface BargainScenario {
  name: string;
  description?: string;
  /** Dimension names, one per position coordinate. */
  dimensions: string[];
  actors: BargainActor[];
  /** Model parameters carried by the scenario (KTAB XML `ModelParameters`). */
  parameters?: Partial<SmpParameters>;
  /** Ideal accommodation (KTAB XML); absent = identity, ideals track positions. */
  idealAdjustment?: IdealAdjustment[];
  /** Seed carried by the scenario (KTAB XML `prngSeed`, as text because it is 64-bit). */
  seed?: string;
  /** File the scenario came from. */
  file?: string;
}

const actorSchema = z.object({
  name: z.string().min(1).max(64),
  description: z.string().max(1024).optional(),
  capability: z.number(),
  position: z.array(z.number()).min(1),
  salience: z.array(z.number()).min(1),
});

/** Schema of Statecraft's own JSON/YAML scenario format (see src/bargain/README.md). */
export const scenarioFileSchema = z.object({
  version: z.literal(1).optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  dimensions: z.array(z.string().min(1)).min(1),
  actors: z.array(actorSchema).min(3),
  parameters: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  idealAdjustment: z
    .array(
      z.object({
        adjusting: z.string(),
        reference: z.string(),
        adjust: z.number().min(0).max(1),
      }),
    )
    .optional(),
  seed: z.union([z.string(), z.number()]).optional(),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

/** Converts a parsed JSON/YAML document to a scenario, with zod errors turned into coded ones. */
export function scenarioFromObject(
  doc: unknown,
  file?: string,
  lineOf?: (path: (string | number)[]) => number | undefined,
): BargainScenario {
  const parsed = scenarioFileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const field = path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");
    throw new StatecraftError("SC_BARGAIN_SCHEMA", issue.message, {
      file,
      line: lineOf?.(path),
      field: field.replace(/^\./, ""),
      hint: "see src/bargain/README.md for the scenario format",
    });
  }
  const d = parsed.data;
  const parameters: Partial<SmpParameters> = {};
  for (const [k, v] of Object.entries(d.parameters ?? {})) {
    setParameter(parameters, k, String(v), { file });
  }
  const scenario: BargainScenario = {
    name: d.name,
    description: d.description,
    dimensions: d.dimensions,
    actors: d.actors.map((a, i) => ({ ...a, line: lineOf?.(["actors", i]) })),
    parameters,
    idealAdjustment: d.idealAdjustment,
    seed: d.seed === undefined ? undefined : String(d.seed),
    file,
  };
  return validateScenario(scenario);
}

/**
 * Checks a scenario for everything that would make the model fail or mean nothing, and throws
 * a coded StatecraftError naming the actor, field and line. Returns the scenario unchanged.
 */
export function validateScenario(s: BargainScenario): BargainScenario {
  const file = s.file;
  const D = s.dimensions.length;
  const fail = (code: string, msg: string, field: string, hint: string, line?: number) => {
    throw new StatecraftError(code, msg, { file, line, field, hint });
  };
  if (D < 1)
    fail("SC_BARGAIN_NO_DIMENSIONS", "scenario has no dimensions", "dimensions", "add one");
  if (s.actors.length < 3) {
    fail(
      "SC_BARGAIN_TOO_FEW_ACTORS",
      `scenario has ${s.actors.length} actors; bargaining needs at least 3`,
      "actors",
      "KTAB's SMP requires 3 to 250 actors",
    );
  }
  const names = new Set<string>();
  s.actors.forEach((a, i) => {
    const f = `actors[${i}]`;
    if (names.has(a.name)) {
      fail(
        "SC_BARGAIN_DUPLICATE_ACTOR",
        `actor name "${a.name}" is used twice`,
        `${f}.name`,
        "actor names must be unique",
        a.line,
      );
    }
    names.add(a.name);
    if (a.position.length !== D || a.salience.length !== D) {
      fail(
        "SC_BARGAIN_DIMENSION_MISMATCH",
        `actor "${a.name}" has ${a.position.length} positions and ${a.salience.length} saliences for ${D} dimensions`,
        f,
        "give one position and one salience per dimension",
        a.line,
      );
    }
    if (!Number.isFinite(a.capability) || a.capability <= 0) {
      fail(
        "SC_BARGAIN_ZERO_CAPABILITY",
        `actor "${a.name}" has capability ${a.capability}; it must be > 0`,
        `${f}.capability`,
        "an actor without capability cannot vote; remove it or give it a positive capability",
        a.line,
      );
    }
    let total = 0;
    for (let k = 0; k < D; k++) {
      const p = a.position[k]!;
      const sal = a.salience[k]!;
      if (!Number.isFinite(p) || p < 0 || p > 100) {
        fail(
          "SC_BARGAIN_POSITION_RANGE",
          `actor "${a.name}" position ${p} on "${s.dimensions[k]}" is outside 0-100`,
          `${f}.position[${k}]`,
          "positions use the 0-100 scale",
          a.line,
        );
      }
      if (!Number.isFinite(sal) || sal < 0 || sal > 100) {
        fail(
          "SC_BARGAIN_SALIENCE_RANGE",
          `actor "${a.name}" salience ${sal} on "${s.dimensions[k]}" is outside 0-100`,
          `${f}.salience[${k}]`,
          "saliences use the 0-100 scale",
          a.line,
        );
      }
      total += sal;
    }
    if (total <= 0) {
      fail(
        "SC_BARGAIN_ZERO_SALIENCE",
        `actor "${a.name}" has zero total salience`,
        `${f}.salience`,
        "an actor that cares about no dimension has no defined distance; give it some salience or remove it",
        a.line,
      );
    }
    // Inputs are written with two decimals, so allow for their rounding.
    if (total > 100 + 1e-6) {
      fail(
        "SC_BARGAIN_SALIENCE_SUM",
        `actor "${a.name}" saliences sum to ${Number(total.toFixed(6))}, over 100`,
        `${f}.salience`,
        "saliences are shares of the actor's attention: scale them so they sum to at most 100",
        a.line,
      );
    }
  });
  const first = s.actors[0]!.position;
  if (s.actors.every((a) => a.position.every((p, k) => p === first[k]))) {
    fail(
      "SC_BARGAIN_IDENTICAL_POSITIONS",
      "all actors hold the same position; there is nothing to bargain over",
      "actors",
      "risk attitudes are undefined when every position is equally likely to win",
    );
  }
  for (const [i, ia] of (s.idealAdjustment ?? []).entries()) {
    for (const who of [ia.adjusting, ia.reference]) {
      if (!names.has(who)) {
        fail(
          "SC_BARGAIN_UNKNOWN_ACTOR",
          `ideal adjustment names unknown actor "${who}"`,
          `idealAdjustment[${i}]`,
          "use actor names from the scenario",
        );
      }
    }
    if (!(ia.adjust >= 0 && ia.adjust <= 1)) {
      fail(
        "SC_BARGAIN_BAD_ADJUST",
        `ideal adjustment ${ia.adjust} is outside [0,1]`,
        `idealAdjustment[${i}].adjust`,
        "use a value from 0 to 1",
      );
    }
  }
  return s;
}
