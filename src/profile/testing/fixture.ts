/**
 * Hand-built text-layer analyses for tests: each sentence lists its clauses explicitly, so the
 * profilers' scoring can be checked without depending on the parser. Test support only.
 */
import type {
  Clause,
  Modality,
  Referent,
  Sentence,
  Tense,
  TextAnalysis,
  Token,
} from "../../text/types.ts";

export interface ClauseSpec {
  subject?: string;
  referent?: Referent;
  /** Verb phrase as it appears in the sentence ("will not cooperate"). */
  verb: string;
  lemma: string;
  particle?: string;
  object?: string;
  objectLemma?: string;
  complements?: Array<{ prep: string; text: string }>;
  negated?: boolean;
  tense?: Tense;
  modality?: Modality;
  voice?: "active" | "passive";
  /** By-phrase agent of a passive clause, and its referent. */
  agent?: string;
  agentReferent?: Referent;
  quoted?: boolean;
  nonFinite?: "infinitive" | "participle";
  /** Absolute index of the controlling clause in the fixture. */
  controller?: number;
}

export interface SentenceSpec {
  text: string;
  clauses?: ClauseSpec[];
  /** Lemma overrides by lower-case form ("plans" -> "plan"). */
  lemmas?: Record<string, string>;
  /** Token norms to mark negated (e.g. words after "not"). */
  negated?: string[];
  quoted?: boolean;
  /** Tokens to tag ADJ (for "my" + adjective + noun rules). */
  adjectives?: string[];
}

const PRONOUNS = new Set(["i", "we", "you", "he", "she", "it", "they", "me", "us", "them"]);

export function fixture(specs: SentenceSpec[]): TextAnalysis {
  let text = "";
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  for (const spec of specs) {
    if (text) text += " ";
    const base = text.length;
    text += spec.text;
    const tokenStart = tokens.length;
    const clauseStart = clauses.length;
    for (const m of spec.text.matchAll(/\p{L}+(?:[-']\p{L}+)*|\d+|[^\s\p{L}\d]/gu)) {
      const norm = m[0].toLowerCase();
      const isWord = /\p{L}/u.test(norm);
      tokens.push({
        i: tokens.length,
        start: base + m.index,
        end: base + m.index + m[0].length,
        text: m[0],
        norm,
        lemma: spec.lemmas?.[norm] ?? norm,
        pos: !isWord
          ? "PUNCT"
          : spec.adjectives?.includes(norm)
            ? "ADJ"
            : PRONOUNS.has(norm)
              ? "PRON"
              : "NOUN",
        negated: spec.negated?.includes(norm) ?? false,
        quoted: spec.quoted ?? false,
      });
    }
    const tokenEnd = tokens.length;
    const find = (needle: string, from = 0): { start: number; end: number; head: number } => {
      const at = spec.text.indexOf(needle, from);
      if (at < 0) throw new Error(`fixture: "${needle}" not in "${spec.text}"`);
      const start = base + at;
      const end = start + needle.length;
      let head = -1;
      for (let k = tokenStart; k < tokenEnd; k++)
        if (tokens[k]!.start >= start && tokens[k]!.end <= end) head = k;
      return { start, end, head };
    };
    for (const c of spec.clauses ?? []) {
      const v = find(c.verb);
      let verbHead = v.head;
      for (let k = tokenStart; k < tokenEnd; k++) {
        const t = tokens[k]!;
        if (
          t.start >= v.start &&
          t.end <= v.end &&
          (t.norm === c.lemma || t.lemma === c.lemma || t.norm.startsWith(c.lemma.slice(0, 3)))
        )
          verbHead = k;
      }
      tokens[verbHead]!.pos = "VERB";
      tokens[verbHead]!.lemma = c.lemma;
      const subj = c.subject ? find(c.subject) : null;
      const obj = c.object ? find(c.object, v.end - base) : null;
      const clause: Clause = {
        index: clauses.length,
        sentence: sentences.length,
        start: subj?.start ?? v.start,
        end: base + spec.text.length,
        subject: subj
          ? {
              ...subj,
              text: c.subject!,
              headLemma: tokens[subj.head]!.lemma,
              referent: c.referent ?? "unknown",
              pronoun: PRONOUNS.has(c.subject!.toLowerCase()),
            }
          : null,
        verb: {
          start: v.start,
          end: v.end,
          text: c.verb,
          head: verbHead,
          lemma: c.lemma,
          particle: c.particle,
          auxiliaries: c.verb
            .split(" ")
            .filter((w) =>
              [
                "will",
                "shall",
                "would",
                "could",
                "can",
                "must",
                "should",
                "may",
                "might",
                "do",
                "does",
                "did",
                "have",
                "has",
                "had",
              ].includes(w.toLowerCase()),
            )
            .map((w) => w.toLowerCase()),
          isWord: false,
        },
        object: obj
          ? { ...obj, text: c.object!, headLemma: c.objectLemma ?? tokens[obj.head]!.lemma }
          : null,
        complements: (c.complements ?? []).map((p) => {
          const f = find(p.text);
          return { ...f, text: p.text, headLemma: tokens[f.head]!.lemma, preposition: p.prep };
        }),
        negated: c.negated ?? false,
        tense: c.tense ?? "present",
        modality: c.modality ?? "none",
        voice: c.voice ?? "active",
        quoted: c.quoted ?? spec.quoted ?? false,
      };
      if (c.nonFinite) clause.nonFinite = c.nonFinite;
      if (c.agent) {
        const ag = find(c.agent);
        clause.agent = {
          ...ag,
          text: c.agent,
          headLemma: tokens[ag.head]!.lemma,
          referent: c.agentReferent ?? "unknown",
          pronoun: PRONOUNS.has(c.agent.toLowerCase()),
        };
      }
      if (c.controller !== undefined) clause.controller = c.controller;
      clauses.push(clause);
    }
    sentences.push({
      index: sentences.length,
      start: base,
      end: base + spec.text.length,
      text: spec.text,
      tokenStart,
      tokenEnd,
      clauseStart,
      clauseEnd: clauses.length,
    });
  }
  const wordCount = tokens.filter((t) => /\p{L}/u.test(t.text)).length;
  return { text, tokens, sentences, clauses, wordCount };
}
