/**
 * The rational actor's named utility terms, computed from an option's actions alone: each action's
 * CAMEO semantics (Goldstein weight, root, quad class), its target's profile (stance, capability,
 * region, eastern partner) and the scenario's pressures. The wording of an option is never read.
 *
 * Per action (g = Goldstein / 10, coop = max(g, 0), conf = max(-g, 0), h = hostility
 * = max(0, -alignment), f = friendliness = max(0, alignment), K = target capability):
 *
 * - dignity: resisting a hostile power pays and yielding to it costs: -h·g (talk, i.e. verbal
 *   cooperation, counts half: engaging is not yielding).
 * - wisdom: expected cost of escalation: -conf·K·(0.5 + military_threat), full for material
 *   conflict (quad 4), 0.35 for verbal conflict (quad 3): strong targets hit back harder, and
 *   more so when a strike on Iran is already likely.
 * - expediency: the doctrine's flexibility rule: concessions to hostile or pressuring parties
 *   (h·coop, restricted to what the rule permits) gain value in proportion to how far the
 *   pressures stand above the rule's thresholds, and lose value below them.
 * - independence: defying intrusive demands (root 12 reject/defy, 166 withdraw, 164 halt
 *   talks, 136 threaten to halt involvement) pays and admitting outside involvement (086, root 08
 *   yield, 035) costs, weighted by hostility (at least 0.5 toward non-aligned multilateral
 *   bodies): max(h, 0.5·io)·(defy - admit).
 * - regional_depth: cooperation with allies and non-hostile parties of West Asia and the
 *   neighbourhood (g, full weight for allies, half for the others; none toward hostile ones).
 * - look_east: g toward the eastern partners (Russia, China and the groupings they lead).
 * - multilateralism: coop through mediated or third-party formats (038, 039, 044, 045) or
 *   toward non-hostile multilateral bodies.
 * - deterrence_diplomacy: a coercive signal short of force (roots 13, 15 full; 10, 12 half)
 *   toward a hostile party, worth twice as much when the same option keeps diplomacy going
 *   (any root 03-05 action): military strength as diplomatic leverage.
 */
import { cameoCode } from "./codebook.ts";
import { type DoctrineView, flexibilityActivation, TERMS, type Term } from "./doctrine-view.ts";
import type { TargetBook, TargetProfile } from "./targets.ts";
import type { Action, Option, Scenario } from "./types.ts";

export interface ActionSemantics {
  action: Action;
  target: TargetProfile;
  root: string;
  quad: number;
  goldstein: number;
  description: string;
}

export interface OptionTerms {
  option: string;
  values: Record<Term, number>;
  /** Per term, the actions that moved it, in words. */
  details: Partial<Record<Term, string>>;
  actions: ActionSemantics[];
  /** The pressure-free parts of the two pressure-dependent terms (for Monte Carlo draws). */
  bases: { wisdom: number; expediency: number };
}

const DEFY_FULL = new Set(["12", "166"]);
const DEFY_HALF = new Set(["164", "136"]);
const MEDIATED = new Set(["038", "039", "044", "045"]);

function permitted(list: string[], code: string, root: string): boolean {
  return list.length === 0 || list.includes(code) || list.includes(root);
}

function targetPermitted(list: string[], t: TargetProfile): boolean {
  return list.length === 0 || list.includes(t.code);
}

export function actionSemantics(
  scenario: Scenario,
  option: Option,
  book: TargetBook,
): ActionSemantics[] {
  return option.actions.map((a) => {
    const c = cameoCode(a.code);
    return {
      action: a,
      target: book.profile(a.target, scenario.date),
      root: c?.root ?? a.code.slice(0, 2),
      quad: c?.quad ?? 1,
      goldstein: c?.goldstein ?? 0,
      description: c?.description ?? a.code,
    };
  });
}

/** Computes every term for every option of a scenario. */
export function scenarioTerms(
  scenario: Scenario,
  doctrine: DoctrineView,
  book: TargetBook,
): OptionTerms[] {
  const p = scenario.pressures;
  const act = flexibilityActivation(doctrine, p);
  const threat = 0.5 + p.military_threat;
  return scenario.options.map((o) => {
    const acts = actionSemantics(scenario, o, book);
    const v = Object.fromEntries(TERMS.map((t) => [t, 0])) as Record<Term, number>;
    const notes: Partial<Record<Term, string[]>> = {};
    const note = (t: Term, s: string) => {
      (notes[t] ??= []).push(s);
    };
    const bases = { wisdom: 0, expediency: 0 };
    let signal = 0;
    let diplomacy = false;
    for (const s of acts) {
      const g = s.goldstein / 10;
      const coop = Math.max(g, 0);
      const conf = Math.max(-g, 0);
      const h = Math.max(0, -s.target.alignment);
      const f = Math.max(0, s.target.alignment);
      const K = s.target.capability;
      const code = s.action.code;
      const tag = `${code} ${s.description} → ${s.action.target}`;
      if (h > 0 && g !== 0) {
        // Talking is not yielding: verbal cooperation (quad 1) costs half of material concessions.
        v.dignity += -h * g * (g > 0 && s.quad === 1 ? 0.5 : 1);
        note("dignity", `${tag} (hostility ${h.toFixed(2)})`);
      }
      if (conf > 0) {
        const esc = s.quad === 4 ? 1 : s.quad === 3 ? 0.35 : 0;
        if (esc > 0) {
          bases.wisdom += -conf * K * esc;
          v.wisdom += -conf * K * esc * threat;
          note("wisdom", `${tag} (capability ${K.toFixed(2)})`);
        }
      }
      if (coop > 0 && h > 0) {
        const rules = doctrine.flexibility;
        const ok =
          rules.length === 0 ||
          rules.some((r) => permitted(r.cameo, code, s.root) && targetPermitted(r.targets, s.target));
        if (ok) {
          bases.expediency += h * coop;
          v.expediency += act * h * coop;
          note("expediency", `${tag} (concession; pressure margin ${act.toFixed(2)})`);
        }
      }
      const defy = DEFY_FULL.has(s.root) || DEFY_FULL.has(code) ? 1 : DEFY_HALF.has(code) ? 0.5 : 0;
      const admit = code === "086" ? 1 : s.root === "08" || code === "035" ? 0.5 : 0;
      const io = s.target.kind === "organisation" || s.target.kind === "grouping";
      const wi = Math.max(h, io && f === 0 ? 0.5 : 0);
      if ((defy > 0 || admit > 0) && wi > 0) {
        v.independence += wi * (defy - admit);
        note("independence", tag);
      }
      if (s.target.region !== "extra" && s.target.alignment > -0.5) {
        const w = s.target.alignment >= 0.3 ? 1 : 0.5;
        v.regional_depth += w * g;
        note("regional_depth", tag);
      }
      if (s.target.east) {
        v.look_east += g;
        note("look_east", tag);
      }
      const forum =
        (s.target.kind === "organisation" || s.target.kind === "grouping") &&
        s.target.alignment >= 0;
      if (coop > 0 && (MEDIATED.has(code) || forum)) {
        v.multilateralism += coop;
        note("multilateralism", tag);
      }
      if (h > 0) {
        const sig = s.root === "13" || s.root === "15" ? 1 : s.root === "10" || s.root === "12" ? 0.5 : 0;
        signal = Math.max(signal, sig * Math.min(1, 2 * h));
      }
      if (s.root === "03" || s.root === "04" || s.root === "05") diplomacy = true;
    }
    if (signal > 0) {
      v.deterrence_diplomacy = signal * (diplomacy ? 1 : 0.5);
      note("deterrence_diplomacy", diplomacy ? "coercive signal while keeping talks" : "coercive signal");
    }
    const details: Partial<Record<Term, string>> = {};
    for (const t of TERMS) if (notes[t]) details[t] = notes[t]!.join("; ");
    return { option: o.id, values: v, details, actions: acts, bases };
  });
}
