/**
 * Fitted norm groups: the mean and sample SD of every VICS index and LTA trait across the
 * speakers of a corpus, all coded by this coder. Scores from one coder are comparable with each
 * other, which published norms from Profiler Plus or hand coding are not (see the README).
 * Deterministic: no resampling; speakers below `minWords` are left out.
 */
import { normalizeSpeaker } from "../corpus/index.ts";
import { buildProfile } from "./aggregate.ts";
import { type DocumentCoding, LTA_TRAITS, VICS_INDICES } from "./types.ts";

export interface FitNormsOptions {
  /** Group name to store (default "statecraft-fitted"). */
  name?: string;
  /** Speakers with fewer words are left out (default 4000, PsyCL's threshold). */
  minWords?: number;
  /** Description of the texts, stored as the group's source. */
  source?: string;
  /** LTA scoring mode (default per-response). */
  ltaMode?: "per-response" | "whole-text";
}

interface Norm {
  mean: number;
  sd: number;
  low?: number;
  high?: number;
}

function meanSd(xs: number[]): { mean: number; sd: number } | null {
  if (xs.length < 2) return null;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return v > 0 ? { mean, sd: Math.sqrt(v) } : null;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function fitNorms(codings: DocumentCoding[], opts: FitNormsOptions = {}) {
  const bySpeaker = new Map<string, DocumentCoding[]>();
  for (const c of codings) {
    const s = c.meta?.speaker ? normalizeSpeaker(c.meta.speaker) : "";
    if (!s) continue;
    const k = `${c.meta?.country ?? ""}|${s.split(" ").pop()}`;
    bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), c]);
  }
  const min = opts.minWords ?? 4000;
  const profiles = [...bySpeaker.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, docs]) => buildProfile(k, docs, { replicates: 0, ltaMode: opts.ltaMode }))
    .filter((p) => p.words >= min);
  const meta = {
    label: `${opts.name ?? "statecraft-fitted"}: ${profiles.length} speakers with >= ${min} words, coded by Statecraft`,
    n: profiles.length,
    source: opts.source ?? "fitted with fitNorms() from the given texts",
    provenance: "fitted",
  };
  const vics: Record<string, Norm> = {};
  for (const k of VICS_INDICES) {
    const m = meanSd(profiles.map((p) => p.vics.indices[k]).filter((x): x is number => x !== null));
    if (m) vics[k] = { mean: r4(m.mean), sd: r4(m.sd) };
  }
  const lta: Record<string, Norm> = {};
  for (const t of LTA_TRAITS) {
    const m = meanSd(profiles.map((p) => p.lta.scores[t]).filter((x): x is number => x !== null));
    if (m)
      lta[t] = { mean: r4(m.mean), sd: r4(m.sd), low: r4(m.mean - m.sd), high: r4(m.mean + m.sd) };
  }
  return {
    speakers: profiles.map((p) => ({ key: p.label, words: p.words })),
    vics: { ...meta, norms: vics },
    lta: { ...meta, norms: lta },
  };
}
