/**
 * What a clause asserts, for coding: whether an act is done, refused, or only intended. CAMEO
 * codes an announced or intended act as an intent (03x) when it is cooperative and as a threat
 * (13x) when it is hostile, and a refused act as a rejection; the text layer gives the structure
 * (negation, tense, the controlling verb of an infinitive), these rules read it.
 */
import type { Clause, TextAnalysis, Token } from "../text/types.ts";
import { SELF_POSSESSIVES } from "../text/words.ts";
import type { PatternSet } from "./patterns.ts";

export interface ClauseMood {
  /** Negated in the text, or the infinitive of a negating verb ("refused to withdraw"). */
  negated: boolean;
  /** Announced or intended, not done: future tense, or the infinitive of an intent verb. */
  intended: boolean;
  /** The verb that made the clause negated or intended, for the explanation. */
  by?: string;
  /**
   * Why the clause asserts no act at all, if it does not: a question, an ability or possibility
   * ("can assist"), an infinitive of a noun or adjective ("their right to return", "it is
   * important to cooperate"), of a passive ("was designed to assist") or of a condition.
   */
  unasserted?: string;
}

const ABILITY = new Set(["can", "could", "may", "might"]);

/**
 * A finite clause in the future with will/shall ("we will cooperate"). "About to" and "going to"
 * announce an imminent act, which event coders conventionally code as the act itself.
 */
function announced(c: Clause): boolean {
  if (c.finite === false || c.tense !== "future") return false;
  return c.verb.auxiliaries.some((x) => x === "will" || x === "shall" || x === "'ll" || x === "wo");
}

/** Reads negation and intent from the clause and from the verb that controls its infinitive. */
export function moodOf(a: TextAnalysis, c: Clause, patterns: PatternSet): ClauseMood {
  let negated = c.negated;
  let intended = announced(c);
  let by: string | undefined;
  const sentence = a.sentences[c.sentence];
  if (sentence && /\?["'”’)\s]*$/.test(sentence.text)) {
    return { negated, intended, unasserted: "the sentence is a question" };
  }
  // "cannot accept" is a refusal; "can assist" only a possibility.
  const modal = c.verb.auxiliaries.find((x) => ABILITY.has(x));
  if (modal && !c.negated) {
    return { negated, intended, unasserted: `"${modal}" states a possibility, not an act` };
  }
  if (c.nonFinite === "infinitive") {
    // The word the infinitive depends on: "readiness to cooperate", "ready to", "refusal to".
    const head = infinitiveHead(a.tokens, c);
    if (head && (head.pos === "NOUN" || head.pos === "ADJ")) {
      const w = head.lemma;
      if (patterns.infinitiveHeads.intent.has(w)) return { negated, intended: true, by: head.text };
      if (patterns.infinitiveHeads.negating.has(w))
        return { negated: !negated, intended, by: head.text };
      if (!patterns.infinitiveHeads.asserting.has(w))
        return { negated, intended, unasserted: `"to ${c.verb.lemma}" depends on "${head.text}"` };
    }
  }
  const asker = requestedBy(a, c, patterns);
  if (asker) {
    return { negated, intended, unasserted: `it is requested by "${asker.verb.text}", not done` };
  }
  if (c.nonFinite === "infinitive" && c.controller !== undefined) {
    const ctl = a.clauses[c.controller];
    if (ctl?.condition)
      return { negated, intended, unasserted: "its governing verb is conditional" };
    if (ctl && ctl.voice === "passive" && !patterns.intentVerbs.has(ctl.verb.lemma)) {
      return { negated, intended, unasserted: `"${ctl.verb.text}" only says what is meant to be` };
    }
    if (ctl) {
      const lemma = ctl.verb.lemma;
      if (patterns.complementNegators.has(lemma) && !ctl.negated) {
        negated = !negated;
        by = ctl.verb.text;
      } else if (patterns.intentVerbs.has(lemma)) {
        intended = true;
        by = ctl.verb.text;
      }
      // "will refuse to", "will seek to": the controller's future makes the complement intended.
      if (announced(ctl)) intended = true;
    }
  }
  return by ? { negated, intended, by } : { negated, intended };
}

/**
 * The clause of asking that makes this clause a request rather than an act: the governor of an
 * infinitive ("urged Iraq to withdraw") or the clause right before a that-clause with no object
 * of its own ("demanded that Israel withdraw").
 */
export function requestedBy(a: TextAnalysis, c: Clause, patterns: PatternSet): Clause | undefined {
  if (c.nonFinite === "infinitive" && c.controller !== undefined) {
    const ctl = a.clauses[c.controller];
    return ctl && patterns.requestingVerbs.has(ctl.verb.lemma) ? ctl : undefined;
  }
  if (c.nonFinite !== undefined || !c.subject) return undefined;
  const prev = a.clauses[c.index - 1];
  if (!prev || prev.sentence !== c.sentence || prev.object || prev.nonFinite !== undefined)
    return undefined;
  if (!patterns.requestingVerbs.has(prev.verb.lemma)) return undefined;
  // Only "that" (or nothing) between the verb of asking and the requested clause's subject.
  const subjectStart = c.subject.start;
  let k = prev.verb.head + 1;
  while (k < a.tokens.length && a.tokens[k]!.end <= prev.verb.end) k++;
  for (; k < a.tokens.length && a.tokens[k]!.start < subjectStart; k++) {
    if (a.tokens[k]!.norm !== "that") return undefined;
  }
  return prev;
}

/** The word before an infinitive's "to" (skipping adverbs): "readiness [to] cooperate". */
function infinitiveHead(tokens: Token[], c: Clause): Token | undefined {
  let k = c.verb.head - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  if (k < 0 || tokens[k]!.norm !== "to") return undefined;
  k--;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  return k >= 0 ? tokens[k] : undefined;
}

/**
 * A past participle used as an adjective before a noun ("occupied Palestine", "Saddam Hussein's
 * imposed war"): after a comma, a determiner, an adjective or a possessive, with no auxiliary.
 */
export function isAdjectivalParticiple(tokens: Token[], c: Clause): boolean {
  if (c.verb.auxiliaries.length > 0 || c.nonFinite !== undefined) return false;
  const v = tokens[c.verb.head]!;
  if (!/ed$/.test(v.norm)) return false;
  const prev = tokens[c.verb.head - 1];
  const next = tokens[c.verb.head + 1];
  if (!prev || !next || (next.pos !== "NOUN" && next.pos !== "PROPN")) return false;
  return (
    prev.norm === "," ||
    prev.pos === "DET" ||
    prev.pos === "ADJ" ||
    prev.norm === "'s" ||
    prev.norm === "’s"
  );
}

/**
 * The CAMEO code for announcing an act instead of doing it: cooperative roots become the matching
 * intent (meet 04 → 036, diplomatic 05 → 030, material 06 → 031, aid 07 → 033, yield 08 → 035);
 * force (15, 18, 19, 20) → threaten force 138; reducing relations or coercion (16, 17) → threaten
 * 130. Verbal acts (01, 02, 03, 09–14) are coded as they stand: "we will reject" rejects.
 */
export function intentCode(code: string): string {
  switch (code.slice(0, 2)) {
    case "04":
      return "036";
    case "05":
      // "we will support X" → intent to provide policy support; defending verbally stays verbal.
      return code === "051" ? "032" : code === "052" ? "052" : "030";
    case "06":
      return "031";
    case "07":
      return "033";
    case "08":
      return "035";
    case "15":
    case "18":
    case "19":
    case "20":
      return "138";
    case "16":
    case "17":
      return "130";
    default:
      return code;
  }
}

/**
 * How a phrase names the speaker's side as a target: "us", "our/my Government" or "my delegation"
 * → the government; "our/my" + another noun of the state ("our country", "our territory") → the
 * state. Only the phrase's first chunk counts ("the enemies of our nation" is not Self).
 */
export function selfPhraseKind(
  tokens: Token[],
  s: number,
  e: number,
  selfNouns: Set<string>,
): "government" | "state" | null {
  if (e - s === 1 && tokens[s]!.norm === "us") return "government";
  let possessive = false;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.pos === "ADP" || t.norm === ",") return null;
    if (SELF_POSSESSIVES.has(t.norm)) possessive = true;
    else if (possessive && selfNouns.has(t.lemma)) {
      return t.lemma === "government" || t.lemma === "delegation" ? "government" : "state";
    }
  }
  return null;
}
