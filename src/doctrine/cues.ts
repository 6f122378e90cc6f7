/**
 * Reading a sentence against a doctrine item: which of its terms occur, whether each is negated,
 * rejected or endorsed, and which hostile or cooperative cues it carries. Pure text functions over
 * the versioned cue list in data/doctrine/evidence-cues.yaml.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { StatecraftError } from "../core/errors.ts";

export const DEFAULT_CUES_PATH = fileURLToPath(new URL("../../data/doctrine/evidence-cues.yaml", import.meta.url));

const CuesFile = z.strictObject({
  version: z.string(),
  negation_window: z.int().min(1),
  negators: z.array(z.string()),
  rejection_window: z.int().min(1),
  rejection_cues: z.array(z.string()),
  endorsement_cues: z.array(z.string()),
  hostile_cues: z.array(z.string()),
  cooperative_cues: z.array(z.string()),
});
export type Cues = z.infer<typeof CuesFile>;

let cached: Cues | undefined;
export function loadCues(path = DEFAULT_CUES_PATH): Cues {
  if (path === DEFAULT_CUES_PATH && cached) return cached;
  try {
    const cues = CuesFile.parse(parse(readFileSync(path, "utf8")));
    if (path === DEFAULT_CUES_PATH) cached = cues;
    return cues;
  } catch (e) {
    throw new StatecraftError("SC_DOCTRINE_CUES", "the evidence cue list is not valid", { file: path, cause: e });
  }
}

/** Lower-cased word tokens; "U.S." gives "u", "s", "don't" stays one token. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((t) => t.replace(/’/g, "'"));
}

/** One pattern word: exact, or a prefix when it ends in `*`. */
function wordMatches(pattern: string, token: string): boolean {
  return pattern.endsWith("*") ? token.startsWith(pattern.slice(0, -1)) : token === pattern;
}

/** Positions where the (multi-word) term starts in the tokens. */
export function findTerm(tokens: string[], term: string): number[] {
  const parts = tokenize(term);
  if (parts.length === 0) return [];
  if (term.trim().endsWith("*")) parts[parts.length - 1] += "*";
  const out: number[] = [];
  for (let i = 0; i + parts.length <= tokens.length; i++) {
    if (parts.every((p, j) => wordMatches(p, tokens[i + j]!))) out.push(i);
  }
  return out;
}

/** The cue word found in `window` tokens before position `at`, if any. */
function cueBefore(tokens: string[], at: number, window: number, cues: string[]): string | undefined {
  for (let i = Math.max(0, at - window); i < at; i++) {
    const t = tokens[i]!;
    const hit = cues.find((c) => wordMatches(c, t) || (c === "n't" && t.endsWith("n't")));
    if (hit) return t;
  }
  return undefined;
}

export interface TermReading {
  term: string;
  /** The negator before it ("not"), if any. */
  negatedBy?: string;
  /** A rejection cue before it ("oppose"), for rejected terms. */
  rejectedBy?: string;
  /** An endorsement cue before it ("accept"), for rejected terms. */
  endorsedBy?: string;
}

/** Reads each term that occurs in the sentence (first occurrence). */
export function readTerms(tokens: string[], terms: string[], cues: Cues): TermReading[] {
  const out: TermReading[] = [];
  for (const term of terms) {
    const at = findTerm(tokens, term)[0];
    if (at === undefined) continue;
    out.push({
      term,
      negatedBy: cueBefore(tokens, at, cues.negation_window, cues.negators),
      rejectedBy: cueBefore(tokens, at, cues.rejection_window, cues.rejection_cues),
      endorsedBy: cueBefore(tokens, at, cues.rejection_window, cues.endorsement_cues),
    });
  }
  return out;
}

export interface CueReading {
  cue: string;
  negatedBy?: string;
}

/** Every token matching one of `list`, with its negation. */
export function readCues(tokens: string[], list: string[], cues: Cues): CueReading[] {
  const out: CueReading[] = [];
  tokens.forEach((t, i) => {
    if (list.some((c) => wordMatches(c, t))) out.push({ cue: t, negatedBy: cueBefore(tokens, i, cues.negation_window, cues.negators) });
  });
  return out;
}
