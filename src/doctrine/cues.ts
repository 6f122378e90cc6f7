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

export const DEFAULT_CUES_PATH = fileURLToPath(
  new URL("../../data/doctrine/evidence-cues.yaml", import.meta.url),
);

const CuesFile = z.strictObject({
  version: z.string(),
  negation_window: z.int().min(1),
  negators: z.array(z.string()),
  negation_exceptions: z.array(z.string()).default([]),
  rejection_window: z.int().min(1),
  rejection_cues: z.array(z.string()),
  endorsement_cues: z.array(z.string()),
  hostile_cues: z.array(z.string()),
  cooperative_cues: z.array(z.string()),
  stance_window: z.int().min(1).default(12),
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
    throw new StatecraftError("SC_DOCTRINE_CUES", "the evidence cue list is not valid", {
      file: path,
      cause: e,
    });
  }
}

/** Lower-cased word tokens; "U.S." gives "u", "s", "don't" stays one token. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((t) =>
    t.replace(/’/g, "'"),
  );
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

/** The cue word found in `window` tokens before position `at`, if any (nearest first). */
function cueBefore(
  tokens: string[],
  at: number,
  window: number,
  cues: string[],
  exceptions: string[] = [],
): string | undefined {
  for (let i = at - 1; i >= Math.max(0, at - window); i--) {
    const t = tokens[i]!;
    const hit = cues.find((c) => wordMatches(c, t) || (c === "n't" && t.endsWith("n't")));
    if (hit && !exceptions.includes(tokens[i + 1] ?? "")) return t;
  }
  return undefined;
}

/** A negator within the window before `at`, ignoring "not only", "no doubt" and the like. */
function negatorBefore(tokens: string[], at: number, cues: Cues): string | undefined {
  return cueBefore(tokens, at, cues.negation_window, cues.negators, cues.negation_exceptions);
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

/** Positions of `term` that do not fall inside one of the `excluded` phrases. */
export function findTermExcluding(
  tokens: string[],
  term: string,
  excluded: string[] = [],
): number[] {
  const blocked = new Set<number>();
  for (const phrase of excluded) {
    const len = tokenize(phrase).length;
    for (const at of findTerm(tokens, phrase)) for (let i = at; i < at + len; i++) blocked.add(i);
  }
  return findTerm(tokens, term).filter((at) => !blocked.has(at));
}

/** Reads each term that occurs in the sentence (first occurrence outside excluded phrases). */
export function readTerms(
  tokens: string[],
  terms: string[],
  cues: Cues,
  excluded: string[] = [],
): TermReading[] {
  const out: TermReading[] = [];
  for (const term of terms) {
    const at = findTermExcluding(tokens, term, excluded)[0];
    if (at === undefined) continue;
    out.push({
      term,
      negatedBy: negatorBefore(tokens, at, cues),
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

/** Every token matching one of `list` (only inside `near` when given), with its negation. */
export function readCues(
  tokens: string[],
  list: string[],
  cues: Cues,
  near?: (i: number) => boolean,
): CueReading[] {
  const out: CueReading[] = [];
  tokens.forEach((t, i) => {
    if (near && !near(i)) return;
    if (list.some((c) => wordMatches(c, t)))
      out.push({ cue: t, negatedBy: negatorBefore(tokens, i, cues) });
  });
  return out;
}
