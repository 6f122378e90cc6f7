/**
 * The verb-pattern dictionary (data/events/verb-patterns.yaml): general English verb phrases →
 * CAMEO codes, compiled into a lookup by verb key ("lemma" or "lemma particle").
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { StatecraftError } from "../core/errors.ts";
import type { NominalEvent } from "./nominal.ts";

const PatternSchema = z.object({
  id: z.string().min(1),
  code: z.string().regex(/^\d{2,4}$/),
  verbs: z.array(z.string().min(1)).min(1),
  words: z.array(z.string()).optional(),
  negated_code: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
  mutual: z.boolean().optional(),
  reciprocal_code: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
});

const FileSchema = z.object({
  version: z.string(),
  /** Verbs whose infinitive complement is not done: "refused to withdraw", "failed to accept". */
  complement_negators: z.array(z.string().min(1)).optional(),
  /** Verbs whose infinitive complement is only intended: "is prepared to cooperate", "seeks to occupy". */
  intent_verbs: z.array(z.string().min(1)).optional(),
  /** Nouns that, after "our"/"my", name the speaker's state as a target ("against our country"). */
  self_nouns: z.array(z.string().min(1)).optional(),
  /** Nouns and adjectives an infinitive may depend on: "readiness to", "refusal to", "pleased to". */
  infinitive_heads: z
    .object({
      intent: z.array(z.string()).optional(),
      negating: z.array(z.string()).optional(),
      asserting: z.array(z.string()).optional(),
    })
    .optional(),
  /** Verbs whose infinitive or that-clause is requested, not done ("urged Iraq to withdraw"). */
  requesting_verbs: z.array(z.string().min(1)).optional(),
  /** Objects that make a clause no event between actors ("thank God"). */
  non_targets: z.array(z.string().min(1)).optional(),
  /** Event nouns ("aggression", "occupation") coded where they occur; see src/events/nominal.ts. */
  nominal_events: z
    .array(
      z.object({
        noun: z.string().min(1),
        code: z.string().regex(/^\d{2,4}$/),
        of: z.enum(["source", "target"]).optional(),
      }),
    )
    .optional(),
  patterns: z.array(PatternSchema),
});

export interface VerbPattern {
  id: string;
  code: string;
  /** Lemmas one of which must follow the verb in the clause; empty = none required. */
  words: Set<string>;
  negatedCode: string | null;
  /** Code of the mirror event (target → source) for mutual actions: a visit is hosted (042 ↔ 043). */
  reciprocalCode: string | null;
  /** "X and Y <verb>" with no other party means with each other (renew ties, agree, meet). */
  mutual: boolean;
}

export interface PatternSet {
  version: string;
  /** verb key → patterns, most specific first (with words, then file order). */
  byVerb: Map<string, VerbPattern[]>;
  size: number;
  complementNegators: Set<string>;
  intentVerbs: Set<string>;
  selfNouns: Set<string>;
  infinitiveHeads: { intent: Set<string>; negating: Set<string>; asserting: Set<string> };
  nonTargets: Set<string>;
  requestingVerbs: Set<string>;
  nominals: Map<string, NominalEvent>;
}

export const DEFAULT_PATTERNS = new URL("../../data/events/verb-patterns.yaml", import.meta.url)
  .pathname;

export function loadPatterns(path: string = DEFAULT_PATTERNS): PatternSet {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new StatecraftError("SC_EVENTS_PATTERNS_READ", `cannot read verb patterns: ${path}`, {
      file: path,
      cause,
    });
  }
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StatecraftError("SC_EVENTS_PATTERNS_INVALID", issue.message, {
      file: path,
      field: issue.path.join("."),
      hint: "Each pattern needs id, code (2-4 digits) and verbs.",
    });
  }
  const byVerb = new Map<string, VerbPattern[]>();
  const ids = new Set<string>();
  for (const [i, p] of parsed.data.patterns.entries()) {
    if (ids.has(p.id)) {
      throw new StatecraftError("SC_EVENTS_PATTERNS_INVALID", `duplicate pattern id "${p.id}"`, {
        file: path,
        field: `patterns[${i}].id`,
      });
    }
    ids.add(p.id);
    const vp: VerbPattern = {
      id: p.id,
      code: p.code,
      words: new Set((p.words ?? []).map((w) => w.toLowerCase())),
      negatedCode: p.negated_code ?? null,
      reciprocalCode: p.reciprocal_code ?? null,
      mutual: p.mutual ?? p.reciprocal_code !== undefined,
    };
    for (const v of p.verbs) {
      const key = v.toLowerCase().trim();
      const list = byVerb.get(key) ?? [];
      list.push(vp);
      byVerb.set(key, list);
    }
  }
  for (const list of byVerb.values()) {
    list.sort((a, b) => (b.words.size > 0 ? 1 : 0) - (a.words.size > 0 ? 1 : 0));
  }
  const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));
  return {
    version: parsed.data.version,
    byVerb,
    size: parsed.data.patterns.length,
    complementNegators: lower(parsed.data.complement_negators),
    intentVerbs: lower(parsed.data.intent_verbs),
    selfNouns: lower(parsed.data.self_nouns),
    infinitiveHeads: {
      intent: lower(parsed.data.infinitive_heads?.intent),
      negating: lower(parsed.data.infinitive_heads?.negating),
      asserting: lower(parsed.data.infinitive_heads?.asserting),
    },
    nonTargets: lower(parsed.data.non_targets),
    requestingVerbs: lower(parsed.data.requesting_verbs),
    nominals: new Map(
      (parsed.data.nominal_events ?? []).map((n) => [
        n.noun.toLowerCase(),
        { noun: n.noun.toLowerCase(), code: n.code, of: n.of ?? null },
      ]),
    ),
  };
}
