/**
 * The organisational record: what the state actually did at earlier decision points (the chosen
 * options of the cases a model was fitted on), as dated actions. Allison II reads it for
 * repertoires (which kinds of action the apparatus habitually uses) and inertia (the level of
 * cooperation or conflict it has kept toward the same counterparts).
 */
import { cameoCode } from "./codebook.ts";
import type { TargetBook } from "./targets.ts";
import type { LabelledCase, Option, Scenario } from "./types.ts";

export interface PastAction {
  /** Decimal year of the decision. */
  year: number;
  /** States reached by the target (a state reaches itself). */
  states: string[];
  target: string;
  root: string;
  /** Three-digit CAMEO code of the action. */
  code: string;
  goldstein: number;
}

export interface HistoryOptions {
  /** Half-life of the weight of a past action, in years. Default 8. */
  halfLifeYears?: number;
}

export function decimalYear(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return (y ?? 0) + ((m ?? 7) - 1) / 12 + ((d ?? 15) - 1) / 365;
}

export function pastActions(cases: readonly LabelledCase[], book: TargetBook): PastAction[] {
  const out: PastAction[] = [];
  for (const c of cases) {
    if (c.chosen === undefined) continue;
    const opt = c.scenario.options.find((o) => o.id === c.chosen);
    if (!opt) continue;
    for (const a of opt.actions) {
      const code = cameoCode(a.code);
      out.push({
        year: decimalYear(c.scenario.date),
        states: statesOf(a.target, book, c.scenario.date),
        target: a.target,
        root: code?.root ?? a.code.slice(0, 2),
        code: a.code.slice(0, 3),
        goldstein: (code?.goldstein ?? 0) / 10,
      });
    }
  }
  return out;
}

function statesOf(target: string, book: TargetBook, date: string): string[] {
  return book.states(target, date);
}

export interface OrgFeatures {
  /** -mean over actions of |g − reference level toward the action's counterpart|. */
  inertia: number;
  /** Mean over actions of the decayed share of the action's root code in the record. */
  repertoire: number;
  /**
   * Mean over actions of the decayed share of the action's exact code in the record: the
   * standard operating procedures (a missile strike, a seizure) rather than the broad family.
   */
  routine: number;
  /** -mean |g|: small steps over large departures. */
  incremental: number;
  /** The reference levels used, per action target, for explanations. */
  references: Record<string, number | null>;
}

/** Features of one option given the record before the scenario's date. */
export function orgFeatures(
  scenario: Scenario,
  option: Option,
  record: readonly PastAction[],
  book: TargetBook,
  opts: HistoryOptions = {},
): OrgFeatures {
  const now = decimalYear(scenario.date);
  const half = opts.halfLifeYears ?? 8;
  const past = record.filter((r) => r.year < now);
  const weight = (r: PastAction) => 0.5 ** ((now - r.year) / half);
  let totalW = 0;
  const rootW = new Map<string, number>();
  const codeW = new Map<string, number>();
  for (const r of past) {
    const w = weight(r);
    totalW += w;
    rootW.set(r.root, (rootW.get(r.root) ?? 0) + w);
    codeW.set(r.code, (codeW.get(r.code) ?? 0) + w);
  }
  let inertia = 0;
  let repertoire = 0;
  let routine = 0;
  let incremental = 0;
  const references: Record<string, number | null> = {};
  for (const a of option.actions) {
    const g = (cameoCode(a.code)?.goldstein ?? 0) / 10;
    const root = cameoCode(a.code)?.root ?? a.code.slice(0, 2);
    const states = book.states(a.target, scenario.date);
    let sw = 0;
    let sg = 0;
    for (const r of past) {
      if (r.target !== a.target && !r.states.some((s) => states.includes(s))) continue;
      const w = weight(r);
      sw += w;
      sg += w * r.goldstein;
    }
    // Without a record toward this counterpart the reference is the status quo (no new move).
    const ref = sw > 0 ? sg / sw : 0;
    references[a.target] = sw > 0 ? ref : null;
    inertia -= Math.abs(g - ref);
    repertoire += totalW > 0 ? (rootW.get(root) ?? 0) / totalW : 0;
    routine += totalW > 0 ? (codeW.get(a.code.slice(0, 3)) ?? 0) / totalW : 0;
    incremental -= Math.abs(g);
  }
  const n = option.actions.length;
  return {
    inertia: inertia / n,
    repertoire: repertoire / n,
    routine: routine / n,
    incremental: incremental / n,
    references,
  };
}
