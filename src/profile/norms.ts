/**
 * Norm comparison. VICS: z-scores against a norm group with half-SD descriptors (Walker, Schafer &
 * Young 2003: somewhat, definitely, very, extremely); indices the group lacks are marked
 * "missing", derived norms "derived". LTA: Hermann's high / moderate / low (mean +/- 1 SD).
 */
import { StatecraftError } from "../core/errors.ts";
import type { AnchorsFile, NormsFile } from "./data.ts";
import {
  LTA_TRAITS,
  type LtaLevel,
  type NormedScore,
  type Trait,
  VICS_INDICES,
  type VicsIndexName,
  type VicsIndices,
} from "./types.ts";

const POLES: Partial<Record<VicsIndexName, [string, string]>> = {
  P1: ["hostile", "friendly"],
  P2: ["pessimistic", "optimistic"],
  I1: ["conflictual", "cooperative"],
  I2: ["conflictual", "cooperative"],
};

/**
 * Half-SD bands: |z| < .5 average, < 1 somewhat, < 1.5 definitely, < 2 very, otherwise extremely.
 * The band edges are inferred from the text (profiling.md 1.4), not a published table.
 */
export function descriptor(index: VicsIndexName, z: number): string {
  const a = Math.abs(z);
  if (a < 0.5) return "average";
  const level = a < 1 ? "somewhat" : a < 1.5 ? "definitely" : a < 2 ? "very" : "extremely";
  const poles = POLES[index] ?? ["low", "high"];
  return `${level} ${z < 0 ? poles[0] : poles[1]}`;
}

export function normGroup(
  norms: NormsFile,
  name?: string,
): { name: string; group: NormsFile["groups"][string] } {
  const key = name ?? norms.default;
  const group = norms.groups[key];
  if (!group) {
    throw new StatecraftError("SC_PROFILE_NORM_GROUP", `unknown norm group "${key}"`, {
      field: "normGroup",
      hint: `use one of: ${Object.keys(norms.groups).join(", ")}`,
    });
  }
  return { name: key, group };
}

export function normVics(
  idx: VicsIndices,
  norms: NormsFile,
  group?: string,
): { group: string; scores: Record<VicsIndexName, NormedScore> } {
  const g = normGroup(norms, group);
  const scores = {} as Record<VicsIndexName, NormedScore>;
  for (const k of VICS_INDICES) {
    const n = g.group.norms[k];
    const x = idx[k];
    if (!n) {
      scores[k] = { z: null, descriptor: null, status: "missing" };
      continue;
    }
    const status = n.status ?? g.group.provenance ?? "published";
    if (x === null) {
      scores[k] = { z: null, descriptor: null, status };
      continue;
    }
    const z = (x - n.mean) / n.sd;
    scores[k] = { z, descriptor: descriptor(k, z), status };
  }
  return { group: g.name, scores };
}

/** Hermann's rule: strictly above `high` is high, strictly below `low` is low, else moderate. */
export function ltaLevel(
  score: number,
  n: { mean: number; sd: number; low?: number; high?: number },
): LtaLevel {
  const high = n.high ?? n.mean + n.sd;
  const low = n.low ?? n.mean - n.sd;
  if (score > high) return "high";
  if (score < low) return "low";
  return "moderate";
}

export function ltaLevels(
  scores: Record<Trait, number | null>,
  norms: NormsFile,
): Record<string, Record<Trait, LtaLevel | null>> {
  const out: Record<string, Record<Trait, LtaLevel | null>> = {};
  for (const [name, g] of Object.entries(norms.groups)) {
    const row = {} as Record<Trait, LtaLevel | null>;
    for (const t of LTA_TRAITS) {
      const s = scores[t];
      const n = g.norms[t];
      row[t] = s === null || !n ? null : ltaLevel(s, n);
    }
    out[name] = row;
  }
  return out;
}

/**
 * Raw-score descriptor: the label of the anchor closest to the score (S1's rule), with the
 * scale's status ("published" or "inferred"). Null for NA or an index without a scale.
 */
export function rawDescriptor(
  index: VicsIndexName,
  value: number | null,
  anchors: AnchorsFile,
): { label: string; status: string } | null {
  if (value === null) return null;
  for (const scale of Object.values(anchors.scales)) {
    if (!scale.indices.includes(index)) continue;
    let best = scale.anchors[0]!;
    for (const a of scale.anchors) {
      if (Math.abs(a.value - value) < Math.abs(best.value - value)) best = a;
    }
    const poles = scale.poles?.[index] ?? ["low", "high"];
    const label = best.label.replace("{neg}", poles[0]).replace("{pos}", poles[1]);
    return { label, status: scale.status };
  }
  return null;
}
