/**
 * What the decision models read from a doctrine, as a narrow structural interface: the weight of
 * each utility term, the stances toward targets, the flexibility rule in terms of the five
 * pressures, the leader's weight inside the governmental-politics model, and the evidence behind
 * each term. `fromDoctrine` (adapter.ts) builds it from a P2 doctrine file; tests can build one
 * by hand.
 */
import type { EvidenceRef, PressureName, Pressures } from "./types.ts";

/** The named utility terms of the rational actor: the triad and one term per pillar. */
export const TERMS = [
  "dignity",
  "wisdom",
  "expediency",
  "independence",
  "regional_depth",
  "look_east",
  "multilateralism",
  "deterrence_diplomacy",
] as const;
export type Term = (typeof TERMS)[number];

export interface StanceView {
  /** -1 hostile .. +1 aligned. */
  alignment: number;
  /** -1 deep distrust .. +1 full trust. */
  trust: number;
  evidence: EvidenceRef[];
}

/** One flexibility rule: when the pressures reach these levels, concessions gain value. */
export interface FlexibilityRule {
  combine: "any" | "all";
  conditions: { pressure: PressureName; at_least: number }[];
  /** CAMEO codes or 2-digit roots the rule permits as concessions; empty means any cooperation. */
  cameo: string[];
  /** Targets (or group codes) the rule permits concessions toward; empty means any target. */
  targets: string[];
  evidence: EvidenceRef[];
}

export interface DoctrineView {
  /** Doctrine id (file id), shown in explanations. */
  id: string;
  leader: string;
  /** ISO3 of the state whose decisions the doctrine drives. */
  state: string;
  /** Relative weight of each term, 0..1 (the leader's priorities). */
  weights: Record<Term, number>;
  /** The doctrine's own stance toward a target code, if it states one. */
  stance(code: string): StanceView | undefined;
  flexibility: FlexibilityRule[];
  /** Influence of the leader among the internal players of model III (0..1 share). */
  leaderWeight: number;
  /** Quotes with sources behind each term (principle or pillar evidence). */
  evidence: Record<Term, EvidenceRef[]>;
  /** Where each weight came from, for explanations: provenance and parameter id. */
  provenance: Record<string, string>;
}

/**
 * The flexibility rule's activation under given pressures: for each rule, how far the pressures
 * stand above (positive) or below (negative) its thresholds ("any": the best condition; "all":
 * the worst), and the strongest rule wins. No rule at all gives a neutral 0.
 */
export function flexibilityActivation(view: DoctrineView, p: Pressures): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const rule of view.flexibility) {
    const m = ruleActivation(rule, p);
    if (m > best) best = m;
  }
  return Number.isFinite(best) ? best : 0;
}

/**
 * One rule's activation: how far the pressures stand above (positive) or below (negative) its
 * thresholds ("any": the best condition; "all": the worst); a rule without conditions gives 0.
 * A concession takes the activation of a rule that permits it, never that of another rule.
 */
export function ruleActivation(rule: FlexibilityRule, p: Pressures): number {
  const margins = rule.conditions.map((c) => p[c.pressure] - c.at_least);
  if (margins.length === 0) return 0;
  return rule.combine === "all" ? Math.min(...margins) : Math.max(...margins);
}
