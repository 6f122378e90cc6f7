/**
 * Builds the decision models' DoctrineView from a P2 doctrine object.
 *
 * Weights: a parameter `term_weight.<term>` wins; otherwise the triad terms take the weight of
 * the principle whose id or name names them (dignity, wisdom, expediency), and a pillar term
 * takes `pillar_weight.<pillar id>` or the default 0.5. Pillars are matched to terms by a fixed
 * keyword table on the pillar id and title (independence/hegemony, region/resistance/depth,
 * east, multilateral/SCO/BRICS, deterrence/military). The leader's weight in model III is the
 * parameter `gov_politics.leader_weight` (or `leader_weight`), default 0.4. Evidence of a term is
 * that of the principle with the term's id (or name) and of the pillars matched to it.
 */
import type { Doctrine, Evidence } from "../doctrine/schema.ts";
import {
  type DoctrineView,
  type FlexibilityRule,
  type StanceView,
  TERMS,
  type Term,
} from "./doctrine-view.ts";
import type { EvidenceRef } from "./types.ts";

/** Default weight of a pillar term the doctrine does not weigh. */
export const DEFAULT_PILLAR_WEIGHT = 0.5;
/** Default leader influence share in model III. */
export const DEFAULT_LEADER_WEIGHT = 0.4;

const PILLAR_KEYWORDS: [Term, RegExp][] = [
  ["independence", /independ|hegemon|domination/i],
  ["regional_depth", /region|resistance|depth|west.?asia/i],
  ["look_east", /east|russia|china/i],
  ["multilateralism", /multilateral|\bsco\b|brics|institution/i],
  ["deterrence_diplomacy", /deterr|military.strength|leverage/i],
];

function refs(ev: readonly Evidence[], about: string): EvidenceRef[] {
  return ev.map((e) => ({ quote: e.quote, source: e.doc, about }));
}

function param(
  d: Doctrine,
  ...ids: string[]
): { value: number; id: string; provenance: string } | undefined {
  for (const id of ids) {
    const p = d.parameters.find((x) => x.id === id);
    if (p) return { value: p.value, id, provenance: p.provenance };
  }
  return undefined;
}

export function viewFromDoctrine(d: Doctrine): DoctrineView {
  const weights = {} as Record<Term, number>;
  const evidence = {} as Record<Term, EvidenceRef[]>;
  const provenance: Record<string, string> = {};
  for (const t of TERMS) evidence[t] = [];
  for (const t of TERMS) {
    const pr =
      d.principles.find((p) => p.id === t) ??
      d.principles.find((p) => p.id.toLowerCase().includes(t) || p.name.toLowerCase().includes(t));
    if (pr) {
      weights[t] = pr.weight;
      evidence[t].push(...refs(pr.evidence, `principle ${pr.id}`));
      provenance[`weight.${t}`] = `principle ${pr.id} (${pr.provenance})`;
    }
  }
  for (const pl of d.pillars) {
    const hay = `${pl.id} ${pl.title}`;
    for (const [term, re] of PILLAR_KEYWORDS) {
      if (!re.test(hay)) continue;
      for (const c of pl.claims) evidence[term].push(...refs(c.evidence, `pillar ${pl.id}`));
      const pw = param(d, `pillar_weight.${pl.id}`);
      if (pw && weights[term] === undefined) {
        weights[term] = pw.value;
        provenance[`weight.${term}`] = `parameter ${pw.id} (${pw.provenance})`;
      }
    }
  }
  for (const t of TERMS) {
    const p = param(d, `term_weight.${t}`, `decide.term_weight.${t}`);
    if (p) {
      weights[t] = p.value;
      provenance[`weight.${t}`] = `parameter ${p.id} (${p.provenance})`;
    }
    if (weights[t] === undefined) {
      weights[t] = DEFAULT_PILLAR_WEIGHT;
      provenance[`weight.${t}`] = `default ${DEFAULT_PILLAR_WEIGHT} (doctrine gives no weight)`;
    }
  }
  const stances = new Map<string, StanceView>();
  for (const s of d.stances) {
    stances.set(s.target, {
      alignment: s.alignment,
      trust: s.trust,
      evidence: refs(s.evidence, `stance ${s.target}`),
    });
  }
  const flexibility: FlexibilityRule[] = d.flexibility.map((f) => ({
    combine: f.when.combine,
    conditions: f.when.conditions.map((c) => ({ pressure: c.pressure, at_least: c.at_least })),
    cameo: f.permits.cameo,
    targets: f.permits.targets,
    evidence: refs(f.evidence, `flexibility ${f.id}`),
  }));
  for (const f of flexibility) evidence.expediency.push(...f.evidence);
  const lw = param(d, "gov_politics.leader_weight", "leader_weight", "decide.leader_weight");
  provenance.leader_weight = lw
    ? `parameter ${lw.id} (${lw.provenance})`
    : `default ${DEFAULT_LEADER_WEIGHT}`;
  return {
    id: d.id,
    leader: d.leader,
    state: d.state,
    weights,
    stance: (code) => stances.get(code),
    flexibility,
    leaderWeight: lw?.value ?? DEFAULT_LEADER_WEIGHT,
    evidence,
    provenance,
  };
}
