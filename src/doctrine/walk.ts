/** Enumerates every evidence entry of a doctrine with its field path, in file order. */
import type { Doctrine, Evidence } from "./schema.ts";
import type { FieldPath } from "./source.ts";

export interface EvidenceEntry {
  path: FieldPath;
  evidence: Evidence;
}

export function evidenceEntries(d: Doctrine): EvidenceEntry[] {
  const out: EvidenceEntry[] = [];
  const add = (list: Evidence[], path: FieldPath) =>
    list.forEach((evidence, i) => out.push({ path: [...path, "evidence", i], evidence }));
  d.principles.forEach((p, i) => add(p.evidence, ["principles", i]));
  d.pillars.forEach((p, i) => p.claims.forEach((c, j) => add(c.evidence, ["pillars", i, "claims", j])));
  d.stances.forEach((s, i) => add(s.evidence, ["stances", i]));
  d.red_lines.forEach((r, i) => add(r.evidence, ["red_lines", i]));
  d.flexibility.forEach((f, i) => add(f.evidence, ["flexibility", i]));
  d.parameters.forEach((p, i) => add(p.evidence, ["parameters", i]));
  d.gaps.forEach((g, i) => add(g.evidence, ["gaps", i]));
  return out;
}
