/**
 * The rational actor's named utility terms, computed from an option's actions alone: each action's
 * CAMEO semantics (Goldstein weight, root, quad class), its target's profile (stance, capability,
 * region, eastern partner) and the scenario's pressures. The wording of an option is never read.
 *
 * Per action (g = Goldstein / 10, coop = max(g, 0), conf = max(-g, 0), h = hostility
 * = max(0, -alignment), f = friendliness = max(0, alignment), K = target capability):
 *
 * - dignity: standing firm in deeds, not in words: sat(Σ r·conf) over material conflict, threats
 *   and shows of force (quad 4, roots 13 and 15) toward non-aligned parties, minus sat(Σ r) over
 *   verbal defiance (rejections, demands, criticism: quad 3 outside root 13), where
 *   r = max(h, 0.25) and sat(x) = 1 − e^(−x) (diminishing returns). Yielding is not priced
 *   here: the record shows concessions taken as deals under pressure, which expediency values.
 *   (Until fit procedure 5 dignity was sat(Σ h·resistance) − Σ h·deference, rewarding verbal
 *   rejection; in the 83 visible cases options of verbal defiance alone were taken 7 times of
 *   58, the least of any kind of option, and that definition scored at the uniform baseline.)
 * - wisdom: expected cost of escalation against benefit: -conf²·K·(0.5 + military_threat), full
 *   for material conflict (quad 4), 0.35 for verbal conflict (quad 3) (convex: the top rungs carry
 *   the risk of war; strong targets hit back harder, more so when a strike on Iran is already
 *   likely); military aid or cooperation (062, 072, 074) with third parties counts as escalation
 *   by proxy, (0.6·g)² against the most capable hostile counterpart not targeted directly; and
 *   conciliation toward a party to the dispute is a benefit, 0.5·coop·E·military_threat, E the
 *   h·K of the most capable hostile counterpart (for other targets, their own h·K).
 * - expediency: the doctrine's flexibility rule: concessions to hostile or pressuring parties
 *   (h·deference, the same quantity dignity counts against, restricted to what the rule
 *   permits) gain value in proportion to how far the pressures stand above the rule's
 *   thresholds, and lose value below them: above them, flexibility offsets the cost of yielding.
 * - independence: defying intrusive demands (124 refuse to yield, 127 reject a plan, 128 defy
 *   norms, 166 withdraw; half for 120 reject, 164 halt talks, 136 threaten to halt involvement)
 *   pays and admitting outside involvement (086, root 08 yield, 035) costs, weighted by hostility (at least 0.5 toward non-aligned multilateral
 *   bodies): sat(Σ max(h, 0.5·io)·defy) − Σ max(h, 0.5·io)·admit.
 * - regional_depth: cooperation with allies and non-hostile parties of West Asia and the
 *   neighbourhood (g, full weight for allies, half for the others; none toward hostile ones).
 * - look_east: g toward the eastern partners (Russia, China and the groupings they lead).
 * - multilateralism: coop through mediated or third-party formats (038, 039, 044, 045) or
 *   toward non-hostile multilateral bodies.
 * - deterrence_diplomacy: a military signal short of force (138 threaten force, 139 ultimatum,
 *   root 15 military posture),
 *   scaled by the target's capability (deterrence is aimed at powers),
 *   toward a hostile party, worth twice as much when the same option keeps diplomacy going
 *   (any root 03-05 action): military strength as diplomatic leverage.
 */
import { cameoCode } from "./codebook.ts";
import { type DoctrineView, ruleActivation, TERMS, type Term } from "./doctrine-view.ts";
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
  /**
   * The pressure-free parts of the two pressure-dependent terms (for Monte Carlo draws);
   * `expediencyByRule[r]` holds the concessions valued by flexibility rule r.
   */
  bases: { wisdom: number; expediency: number; deescalation: number; expediencyByRule: number[] };
}

/** Refusing to yield, rejecting a plan, defying norms, withdrawing: defiance of demands. */
const DEFY_FULL = new Set(["124", "127", "128", "166"]);
const DEFY_HALF = new Set(["120", "164", "136"]);
const MEDIATED = new Set(["038", "039", "044", "045"]);
/** Military cooperation and aid (CAMEO 062, 072, 074). */
const PROXY = new Set(["062", "072", "074"]);

/**
 * How far an action yields to or pleads with its target (0..1): yielding (root 08, 035) fully,
 * settling (037) and material cooperation (06, 07) half, and talk, consultation or diplomatic
 * cooperation (other 03-05) half their Goldstein weight (0.2 for an intent to meet, 0.4 for
 * signing an agreement): engaging is not yielding.
 */
export function deference(code: string, root: string, coop: number): number {
  if (root === "08" || code === "035") return 1;
  if (code === "037") return 0.5;
  if (root === "06" || root === "07") return 0.5;
  // Talk and diplomatic cooperation: the deeper the engagement, the more it defers (half its
  // Goldstein weight: 0.2 for an intent to meet, 0.35 for negotiating, 0.4 for an agreement).
  if (root === "03" || root === "04" || root === "05") return 0.5 * coop;
  return 0;
}

/** 1 − e^(−x): diminishing returns of resistance and defiance. */
export function saturate(x: number): number {
  return 1 - Math.exp(-x);
}

function permitted(list: string[], code: string, root: string): boolean {
  return list.length === 0 || list.includes(code) || list.includes(root);
}

/** A rule naming a group (E3, P5+1) covers its member states and groups made of them. */
function targetPermitted(
  list: string[],
  t: TargetProfile,
  states: string[],
  book: TargetBook,
  at: string,
): boolean {
  if (list.length === 0 || list.includes(t.code)) return true;
  const covered = new Set(list.flatMap((c) => book.states(c, at)));
  return states.length > 0 && states.every((s) => covered.has(s));
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
  const rules = doctrine.flexibility;
  const ruleActs = rules.map((r) => ruleActivation(r, p));
  const threat = 0.5 + p.military_threat;
  return scenario.options.map((o) => {
    const acts = actionSemantics(scenario, o, book);
    const v = Object.fromEntries(TERMS.map((t) => [t, 0])) as Record<Term, number>;
    const notes: Partial<Record<Term, string[]>> = {};
    const note = (t: Term, s: string) => {
      const list = notes[t] ?? [];
      list.push(s);
      notes[t] = list;
    };
    const bases = { wisdom: 0, expediency: 0, expediencyByRule: rules.map(() => 0) };
    let deescalation = 0;
    const own = new Set(o.actions.map((a) => a.target));
    let proxyExposure = 0;
    let disputeExposure = 0;
    const disputeStates = new Set<string>();
    for (const c of scenario.counterparts) {
      const t = book.profile(c, scenario.date);
      const e = Math.max(0, -t.alignment) * t.capability;
      disputeExposure = Math.max(disputeExposure, e);
      for (const st of book.states(c, scenario.date)) disputeStates.add(st);
      if (!own.has(c)) proxyExposure = Math.max(proxyExposure, e);
    }
    let signal = 0;
    let deeds = 0;
    let words = 0;
    let defied = 0;
    let admitted = 0;
    let diplomacy = false;
    for (const s of acts) {
      const g = s.goldstein / 10;
      const coop = Math.max(g, 0);
      const conf = Math.max(-g, 0);
      const h = Math.max(0, -s.target.alignment);
      const f = Math.max(0, s.target.alignment);
      const K = s.target.capability;
      // Four-digit codes share the semantics of their three-digit parent.
      const code = s.action.code.slice(0, 3);
      const tag = `${code} ${s.description} → ${s.action.target}`;
      if (g < 0 && s.target.alignment <= 0) {
        // Neutral parties count at a quarter: standing firm toward them still shows resolve.
        const r = Math.max(h, 0.25);
        if (s.quad === 4 || s.root === "13" || s.root === "15") {
          deeds += r * conf;
          note("dignity", `${tag} (a deed; resolve ${r.toFixed(2)})`);
        } else if (s.quad === 3) {
          words += r;
          note("dignity", `${tag} (words alone; ${r.toFixed(2)})`);
        }
      }
      // Escalation risk grows faster than the severity of the step (the top rungs of the ladder
      // carry the risk of war), so it is convex: severity², scaled by the target's capability.
      if (conf > 0) {
        const esc = s.quad === 4 ? 1 : s.quad === 3 ? 0.35 : 0;
        if (esc > 0) {
          bases.wisdom += -conf * conf * K * esc;
          note("wisdom", `${tag} (capability ${K.toFixed(2)})`);
        }
      }
      // Military aid or cooperation with a third party amid a confrontation with hostile
      // counterparts is escalation by proxy against the strongest of them.
      if (PROXY.has(code) && proxyExposure > 0) {
        const sev = 0.6 * coop;
        bases.wisdom += -sev * sev * proxyExposure;
        note("wisdom", `${tag} (escalation by proxy)`);
      }
      // Conciliation toward the parties of the dispute lowers the risk of being attacked by its
      // most capable hostile party, which is worth more the higher the military threat.
      const party =
        scenario.counterparts.includes(s.action.target) ||
        book.states(s.action.target, scenario.date).some((st) => disputeStates.has(st));
      const exposure = party ? Math.max(disputeExposure, h * K) : h * K;
      if (coop > 0 && exposure > 0) {
        deescalation += 0.5 * coop * exposure;
        note("wisdom", `${tag} (de-escalation)`);
      }
      if (coop > 0 && h > 0 && rules.length > 0) {
        // Of the rules that permit this concession, the one the pressures activate most.
        let best = -1;
        rules.forEach((r, ri) => {
          if (
            permitted(r.cameo, code, s.root) &&
            targetPermitted(
              r.targets,
              s.target,
              book.states(s.action.target, scenario.date),
              book,
              scenario.date,
            ) &&
            (best < 0 || ruleActs[ri]! > ruleActs[best]!)
          )
            best = ri;
        });
        if (best >= 0) {
          // The rule makes permissible exactly what dignity counts against: the concession's
          // deference, so above the thresholds flexibility offsets the cost of yielding.
          const d = deference(code, s.root, coop);
          const act = ruleActs[best]!;
          bases.expediency += h * d;
          bases.expediencyByRule[best]! += h * d;
          v.expediency += act * h * d;
          note(
            "expediency",
            `${tag} (concession under rule ${best + 1}; pressure margin ${act.toFixed(2)})`,
          );
        }
      }
      const defy = DEFY_FULL.has(code) ? 1 : DEFY_HALF.has(code) ? 0.5 : 0;
      const admit = code === "086" ? 1 : s.root === "08" || code === "035" ? 0.5 : 0;
      const io = s.target.kind === "organisation" || s.target.kind === "grouping";
      const wi = Math.max(h, io && f === 0 ? 0.5 : 0);
      if ((defy > 0 || admit > 0) && wi > 0) {
        defied += wi * defy;
        admitted += wi * admit;
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
        // Military signals only: threats of force and ultimatums (138, 139), military posture (15).
        const sig = code === "138" || code === "139" || s.root === "15" ? 1 : 0;
        // Deterrence is aimed at capable powers; a show of force against a weak group deters no one.
        signal = Math.max(signal, sig * Math.min(1, 2 * h) * K);
      }
      if (s.root === "03" || s.root === "04" || s.root === "05") diplomacy = true;
    }
    // Both parts saturate: one deed shows resolve and a second adds little; one defiant word
    // costs and a second costs little more.
    v.dignity = saturate(deeds) - saturate(words);
    v.independence = saturate(defied) - admitted;
    // Wisdom = escalation costs (scaled by 0.5 + threat) + de-escalation benefit (scaled by threat).
    v.wisdom = bases.wisdom * threat + deescalation * p.military_threat;
    if (signal > 0) {
      v.deterrence_diplomacy = signal * (diplomacy ? 1 : 0.5);
      note(
        "deterrence_diplomacy",
        diplomacy ? "coercive signal while keeping talks" : "coercive signal",
      );
    }
    const details: Partial<Record<Term, string>> = {};
    for (const t of TERMS) if (notes[t]) details[t] = notes[t]!.join("; ");
    return { option: o.id, values: v, details, actions: acts, bases: { ...bases, deescalation } };
  });
}
