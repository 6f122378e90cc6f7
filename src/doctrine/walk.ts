/** Enumerates every evidence entry of a doctrine with its field path, in file order. */
import type { Doctrine, Evidence } from "./schema.ts";
import type { FieldPath } from "./source.ts";

export interface EvidenceEntry {
  path: FieldPath;
  evidence: Evidence;
}

export function evidenceEntries(d: Doctrine): EvidenceEntry[] {
  const out: EvidenceEntry[] = [];
  const add = (list: Evidence[], path: FieldPath): void => {
    list.forEach((evidence, i) => {
      out.push({ path: [...path, "evidence", i], evidence });
    });
  };
  for (const [i, p] of d.principles.entries()) add(p.evidence, ["principles", i]);
  for (const [i, p] of d.pillars.entries())
    for (const [j, c] of p.claims.entries()) add(c.evidence, ["pillars", i, "claims", j]);
  for (const [i, s] of d.stances.entries()) add(s.evidence, ["stances", i]);
  for (const [i, r] of d.red_lines.entries()) add(r.evidence, ["red_lines", i]);
  for (const [i, f] of d.flexibility.entries()) add(f.evidence, ["flexibility", i]);
  for (const [i, p] of d.parameters.entries()) add(p.evidence, ["parameters", i]);
  for (const [i, g] of d.gaps.entries()) add(g.evidence, ["gaps", i]);
  return out;
}
