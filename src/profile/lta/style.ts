/**
 * Hermann's eight leadership styles from three questions (constraints, openness, motivation),
 * with thresholds from a norm group: split at the mean (leadeR) or at mean + 1 SD (Hermann's
 * "high"). Rules and labels live in data/profile/lta-styles.json.
 */
import { StatecraftError } from "../../core/errors.ts";
import { loadLtaNorms, loadStyles, type NormsFile, type StylesFile } from "../data.ts";
import { normGroup } from "../norms.ts";
import type { LtaStyle, Trait } from "../types.ts";

export interface StyleOptions {
  /** "mean" (default from lta-styles.json): high means above the group mean. "sd": above mean + 1 SD. */
  split?: "mean" | "sd";
  /** Norm group for the thresholds (default from lta-styles.json, "heads-87"). */
  normGroup?: string;
}

export function classifyStyle(
  scores: Record<Trait, number | null>,
  opts: StyleOptions = {},
  styles: StylesFile = loadStyles(),
  norms: NormsFile = loadLtaNorms(),
): LtaStyle | null {
  const split = opts.split ?? styles.split;
  const g = normGroup(norms, opts.normGroup ?? styles.normGroup);
  for (const t of ["BACE", "PWR", "CC", "SC", "TASK", "DIS", "IGB"] as const) {
    if (scores[t] === null) return null;
  }
  const cut = (t: Trait, mode: "mean" | "sd"): number => {
    const n = g.group.norms[t];
    if (!n) {
      throw new StatecraftError("SC_PROFILE_NORM_GROUP", `norm group ${g.name} lacks ${t}`, {
        field: `groups.${g.name}.norms.${t}`,
      });
    }
    return mode === "mean" ? n.mean : (n.high ?? n.mean + n.sd);
  };
  const high = (t: Trait): boolean => scores[t]! > cut(t, split);
  // Openness also accepts "both CC and SC high", which uses the published high cut-offs.
  const veryHigh = (t: Trait): boolean => scores[t]! > cut(t, "sd");

  const constraints = high("BACE") || high("PWR") ? "challenge" : "respect";
  const openness =
    scores.CC! > scores.SC! || (veryHigh("CC") && veryHigh("SC")) ? "open" : "closed";
  const motivation = high("TASK") ? "problem" : "relationship";
  const dis = high("DIS");
  const igb = high("IGB");
  const worldview = !dis
    ? igb
      ? "cooperative (in-group bias)"
      : "cooperative"
    : igb
      ? "competitive"
      : "competitive (out-group focus)";
  const label = styles.styles[`${constraints}|${openness}|${motivation}`];
  if (!label) {
    throw new StatecraftError("SC_PROFILE_DATA", "style table incomplete", {
      field: `styles.${constraints}|${openness}|${motivation}`,
    });
  }
  return { constraints, openness, motivation, worldview, style: label, split, normGroup: g.name };
}
