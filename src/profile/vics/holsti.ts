/**
 * Holsti template placement: Self from (I-1, P-4a), Other from (P-1, P-4b). Relatively
 * cooperative and low control = A, cooperative and high = C, conflictual and low = DEF,
 * conflictual and high = B. The cut-points come from a named rule in data/profile/holsti.json
 * (raw midpoint or norm-group means) and are recorded with each placement.
 */
import { StatecraftError } from "../../core/errors.ts";
import { type HolstiFile, loadHolsti, loadVicsNorms, type NormsFile } from "../data.ts";
import type { HolstiPlacement, HolstiType, VicsIndices } from "../types.ts";

export interface HolstiCuts {
  rule: string;
  self: { strategy: number; control: number };
  other: { strategy: number; control: number };
}

export function holstiCuts(
  rule?: string,
  holsti: HolstiFile = loadHolsti(),
  norms: NormsFile = loadVicsNorms(),
): HolstiCuts {
  const name = rule ?? holsti.default;
  const r = holsti.rules[name];
  if (!r) {
    throw new StatecraftError("SC_PROFILE_HOLSTI_RULE", `unknown Holsti cut rule "${name}"`, {
      field: "holsti",
      hint: `use one of: ${Object.keys(holsti.rules).join(", ")}`,
    });
  }
  if (r.normGroup) {
    const g = norms.groups[r.normGroup]?.norms;
    const m = (k: string): number => {
      const v = g?.[k]?.mean;
      if (v === undefined) {
        throw new StatecraftError(
          "SC_PROFILE_HOLSTI_RULE",
          `norm group "${r.normGroup}" has no mean for ${k}`,
          { field: `rules.${name}.normGroup`, hint: "pick a norm group with published means" },
        );
      }
      return v;
    };
    return {
      rule: `${name}(${r.normGroup})`,
      self: { strategy: m("I1"), control: m("P4a") },
      other: { strategy: m("P1"), control: m("P4b") },
    };
  }
  const s = r.strategy ?? 0;
  const c = r.control ?? 0.5;
  return { rule: name, self: { strategy: s, control: c }, other: { strategy: s, control: c } };
}

/** Strictly above the cut is cooperative / high control; ties fall to conflictual / low. */
export function quadrant(
  strategy: number,
  control: number,
  cut: { strategy: number; control: number },
): HolstiType {
  const coop = strategy > cut.strategy;
  const high = control > cut.control;
  if (coop) return high ? "C" : "A";
  return high ? "B" : "DEF";
}

export function placeHolsti(
  idx: VicsIndices,
  cuts: HolstiCuts,
  holsti: HolstiFile = loadHolsti(),
): { self: HolstiPlacement | null; other: HolstiPlacement | null } {
  const place = (
    strategy: number | null,
    control: number | null,
    cut: { strategy: number; control: number },
  ): HolstiPlacement | null => {
    if (strategy === null || control === null) return null;
    const type = quadrant(strategy, control, cut);
    return {
      type,
      strategy,
      control,
      cut: { rule: cuts.rule, ...cut },
      tactics: holsti.tactics[type] ?? null,
      propensities: holsti.propensities?.[type] ?? null,
    };
  };
  return {
    self: place(idx.I1, idx.P4a, cuts.self),
    other: place(idx.P1, idx.P4b, cuts.other),
  };
}
