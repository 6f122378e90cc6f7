/**
 * Public data shapes of the profile module: coded VICS utterances and LTA hits (extraction), and
 * the operational-code and trait profiles built from them (aggregation).
 */
import type { Modality, Tense } from "../text/types.ts";

/** The six VICS categories, in the order of the research notes' count vectors. */
export const VICS_CATEGORIES = [
  "punish",
  "threaten",
  "oppose",
  "appeal",
  "promise",
  "reward",
] as const;
export type VicsCategory = (typeof VICS_CATEGORIES)[number];

/** One coded verb: the recording unit of VICS. */
export interface VicsUtterance {
  /** Document id, when coded from a corpus document. */
  doc?: string;
  sentence: number;
  clause: number;
  /** Character range of the clause in the analysed text. */
  start: number;
  end: number;
  subject: string;
  referent: "self" | "other";
  /** Verb phrase as written ("will not cooperate"). */
  verb: string;
  lemma: string;
  category: VicsCategory;
  weight: number;
  tense: Tense;
  modality: Modality;
  negated: boolean;
  /** Dictionary key that matched ("call on", "wage >war", "attack"). */
  entry: string;
  /** Rules applied after the lookup, in order ("dictionary", "negation", "future-deed"). */
  rule: string;
}

/** A clause the coder looked at but did not code, with the reason (audit trail). */
export interface VicsSkip {
  doc?: string;
  sentence: number;
  clause: number;
  verb: string;
  lemma: string;
  reason: string;
}

export const LTA_TRAITS = ["BACE", "PWR", "CC", "SC", "TASK", "DIS", "IGB"] as const;
export type Trait = (typeof LTA_TRAITS)[number];

/** One LTA coding decision: a unit that counts for the trait (positive) or against it. */
export interface LtaHit {
  doc?: string;
  trait: Trait;
  /** True for the trait's numerator (IC, P, HC, SC, TI, S, N); false for its complement. */
  positive: boolean;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The rule that decided, e.g. "bace:action-verb", "cc:high-word". */
  rule: string;
  /** The dictionary entry that fired, if any. */
  entry?: string;
}

/** Everything extracted from one text: the unit of work a worker returns. */
export interface DocumentCoding {
  id: string;
  words: number;
  /** Word count of each sentence (for response chunking and sentence-level resampling). */
  sentenceWords: number[];
  utterances: VicsUtterance[];
  hits: LtaHit[];
  /** Present only when explanations were requested. */
  skipped?: VicsSkip[];
  /** Metadata carried through for grouping (speaker, country, date ...). */
  meta?: Record<string, string | null | undefined>;
}

export type VicsIndexName =
  | "P1"
  | "P2"
  | "P3"
  | "P4a"
  | "P4b"
  | "P5"
  | "I1"
  | "I2"
  | "I3"
  | "I4a"
  | "I4b"
  | "I5punish"
  | "I5threaten"
  | "I5oppose"
  | "I5appeal"
  | "I5promise"
  | "I5reward";

export const VICS_INDICES: VicsIndexName[] = [
  "P1",
  "P2",
  "P3",
  "P4a",
  "P4b",
  "P5",
  "I1",
  "I2",
  "I3",
  "I4a",
  "I4b",
  "I5reward",
  "I5promise",
  "I5appeal",
  "I5oppose",
  "I5threaten",
  "I5punish",
];

/** Category counts for Self and Other, in VICS_CATEGORIES order. */
export interface VicsCounts {
  self: number[];
  other: number[];
}

/** `null` is NA (not computable from the counts under the chosen missing-data policy). */
export type VicsIndices = Record<VicsIndexName, number | null>;

/** A percentile bootstrap interval; null bounds when the index is NA. */
export interface Interval {
  lo: number | null;
  hi: number | null;
}

export type HolstiType = "A" | "B" | "C" | "DEF";

export interface HolstiPlacement {
  type: HolstiType;
  strategy: number;
  control: number;
  /** The cut-points used, and the rule that produced them. */
  cut: { rule: string; strategy: number; control: number };
  /** Predicted tactics as deviations from reciprocity (p. 247); null where not retrieved. */
  tactics: string | null;
  /** Baseline choice propensities (Table 9.1); null where not retrieved. */
  propensities: string | null;
}

export interface NormedScore {
  z: number | null;
  /** "average", "somewhat hostile", "extremely cooperative" ... (half-SD bands). */
  descriptor: string | null;
  /** "published", "derived" or "missing". */
  status: string;
}

export interface VicsProfile {
  counts: VicsCounts;
  n: { self: number; other: number };
  indices: VicsIndices;
  intervals: Record<VicsIndexName, Interval>;
  norms: { group: string; scores: Record<VicsIndexName, NormedScore> };
  /** Raw-score descriptors (closest anchor on the index's scale) and the scale's status. */
  anchors: Record<VicsIndexName, { label: string; status: string } | null>;
  holsti: { self: HolstiPlacement | null; other: HolstiPlacement | null };
}

export type LtaMode = "per-response" | "whole-text";
export type LtaLevel = "low" | "moderate" | "high";

export interface LtaProfile {
  mode: LtaMode;
  /** Numerator and complement counts per trait, pooled over the texts. */
  counts: Record<Trait, { positive: number; negative: number }>;
  scores: Record<Trait, number | null>;
  intervals: Record<Trait, Interval>;
  /** High/moderate/low against each norm group (mean +/- 1 SD). */
  levels: Record<string, Record<Trait, LtaLevel | null>>;
  style: LtaStyle | null;
  responses: number;
}

export interface LtaStyle {
  constraints: "respect" | "challenge";
  openness: "open" | "closed";
  motivation: "problem" | "relationship";
  worldview: string;
  style: string;
  split: "mean" | "sd";
  normGroup: string;
}

export interface LeaderProfile {
  label: string;
  documents: number;
  words: number;
  sentences: number;
  vics: VicsProfile;
  lta: LtaProfile;
  warnings: string[];
  /** The configuration and data versions that produced the profile (provenance). */
  provenance: Record<string, string | number | boolean>;
  /** The audit trail: present when `explain` is on. */
  explanation?: {
    utterances: VicsUtterance[];
    hits: LtaHit[];
    skipped: VicsSkip[];
  };
}
