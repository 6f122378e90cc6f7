/**
 * Doctrine seeding: a profile's indices and traits as doctrine parameters with provenance "text"
 * (ids like `opcode.i1`, `lta.dis`), each citing the coded sentences it rests on. The shape
 * follows the doctrine module's parameter schema; the profile module does not import it.
 */
import { type LeaderProfile, LTA_TRAITS, VICS_INDICES, type VicsIndexName } from "./types.ts";

export interface ProfileParameter {
  id: string;
  value: number;
  min: number;
  max: number;
  meaning: string;
  provenance: "text";
  evidence: Array<{ doc: string; start: number; end: number; quote: string }>;
}

const RANGE: Partial<Record<VicsIndexName, [number, number]>> = {
  P1: [-1, 1],
  P2: [-1, 1],
  I1: [-1, 1],
  I2: [-1, 1],
};

export interface ParameterOptions {
  /** Citations per parameter (default 3): the first coded units that count for it. */
  evidence?: number;
  /** The text of a document, for the quotes. */
  textOf: (doc: string) => string | undefined;
}

/** Needs a profile built with `explain` (the citations come from the audit trail). */
export function profileParameters(p: LeaderProfile, opts: ParameterOptions): ProfileParameter[] {
  const k = opts.evidence ?? 3;
  const cite = (units: Array<{ doc?: string; start: number; end: number }>) => {
    const out: ProfileParameter["evidence"] = [];
    for (const u of units) {
      if (out.length >= k || !u.doc) continue;
      const quote = opts.textOf(u.doc)?.slice(u.start, u.end);
      if (quote?.trim()) out.push({ doc: u.doc, start: u.start, end: u.end, quote });
    }
    return out;
  };
  const utter = p.explanation?.utterances ?? [];
  const hits = p.explanation?.hits ?? [];
  const params: ProfileParameter[] = [];
  for (const name of VICS_INDICES) {
    const v = p.vics.indices[name];
    if (v === null) continue;
    const who = name.startsWith("P") && name !== "P4a" ? "other" : "self";
    const [min, max] = RANGE[name] ?? [0, 1];
    const i = p.vics.intervals[name];
    params.push({
      id: `opcode.${name.toLowerCase()}`,
      value: v,
      min,
      max,
      meaning: `VICS ${name} from ${p.words} words (${p.label}); 95% bootstrap interval [${i.lo?.toFixed(3)}, ${i.hi?.toFixed(3)}]`,
      provenance: "text",
      evidence: cite(utter.filter((u) => u.referent === who)),
    });
  }
  for (const t of LTA_TRAITS) {
    const v = p.lta.scores[t];
    if (v === null) continue;
    const i = p.lta.intervals[t];
    params.push({
      id: `lta.${t.toLowerCase()}`,
      value: v,
      min: 0,
      max: 1,
      meaning: `LTA ${t} (${p.lta.mode}) from ${p.words} words (${p.label}); 95% bootstrap interval [${i.lo?.toFixed(3)}, ${i.hi?.toFixed(3)}]`,
      provenance: "text",
      evidence: cite(hits.filter((h) => h.trait === t && h.positive)),
    });
  }
  return params;
}
