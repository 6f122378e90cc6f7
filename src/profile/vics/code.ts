/**
 * VICS extraction: turns the text layer's clauses into coded utterances (subject Self/Other, verb
 * category, weight) with the dictionary key and the rules that fired, and records why every other
 * clause was not coded. Consumes clauses only; never re-parses.
 */
import type { Clause, TextAnalysis } from "../../text/types.ts";
import type { VicsDictionary } from "../data.ts";
import type { VicsCategory, VicsSkip, VicsUtterance } from "../types.ts";

export interface VicsCodingOptions {
  /** Recode future/conditional Reward as Promise and Punish as Threaten. Default true. */
  recodeFutureDeeds?: boolean;
  /** Also treat modal deeds (can/may/must/should) as statements of intent. Default false. */
  recodeModalDeeds?: boolean;
  /**
   * Treat an infinitive deed as intent when its controlling clause is future/conditional or has
   * an intent verb ("are prepared to help"). Default true. Needs the text layer's `controller`.
   */
  recodeIntendedDeeds?: boolean;
  /** Code passive verbs for their agent when the text layer resolves it (default true). */
  codePassiveAgents?: boolean;
  /** Keep a record of uncoded clauses and the reason (audit trail). Default false. */
  explain?: boolean;
  /** Document id stamped on each utterance. */
  doc?: string;
}

export interface VicsCoding {
  utterances: VicsUtterance[];
  skipped: VicsSkip[];
}

/**
 * Looks a clause up: object key, then particle/preposition key, then the bare lemma. The first
 * key found wins; an `ignore` key stops the lookup (`category` null).
 */
export function lookupClause(
  clause: Clause,
  dict: VicsDictionary,
): { key: string; category: VicsCategory | null } | null {
  const lemma = clause.verb.lemma.toLowerCase();
  const keys: string[] = [];
  if (clause.object) keys.push(`${lemma} >${clause.object.headLemma.toLowerCase()}`);
  if (clause.verb.particle) keys.push(`${lemma} ${clause.verb.particle.toLowerCase()}`);
  for (const comp of clause.complements) keys.push(`${lemma} ${comp.preposition.toLowerCase()}`);
  keys.push(lemma);
  for (const key of keys) {
    if (dict.ignore.has(key)) return { key, category: null };
    const c = dict.entries.get(key);
    if (c) return { key, category: c };
  }
  return null;
}

/** Codes one clause; returns the utterance or the reason it was not coded. */
export function codeClause(
  clause: Clause,
  dict: VicsDictionary,
  opts: VicsCodingOptions = {},
  clauses?: readonly Clause[],
): VicsUtterance | string {
  if (clause.quoted) return "quoted speech of someone else";
  const hit = lookupClause(clause, dict);
  if (!hit) return "verb not in the VICS dictionary";
  if (hit.category === null) return `not coded: dictionary ignore entry "${hit.key}"`;
  // The actor of a passive verb is its agent ("our cities were bombed by Iraq": Iraq, Other).
  const passive = clause.voice === "passive";
  const actor = passive ? clause.agent : clause.subject;
  if (passive && (opts.codePassiveAgents === false || !actor)) {
    return "passive voice without a resolved agent";
  }
  if (!actor) return "no subject";
  const referent = actor.referent;
  if (referent === "unknown") {
    return passive ? "agent is neither Self nor Other" : "subject is neither Self nor Other";
  }

  let category: VicsCategory = hit.category;
  const rules = passive ? ["dictionary", "passive-agent"] : ["dictionary"];
  // "poses no threat", "has no intention": a negative determiner on the object negates the act.
  const objectNegated =
    !clause.negated && clause.object !== null && /^(no|never)\b/i.test(clause.object.text);
  if (clause.negated || objectNegated) {
    const o =
      dict.negationOverrides.get(hit.key) ?? dict.negationOverrides.get(clause.verb.lemma) ?? null;
    if (o === "drop") return `negated "${hit.key}" is not coded (negation override)`;
    category = o ?? dict.negationDefault[category];
    rules.push(
      `${objectNegated ? "object-" : ""}${o ? `negation-override:${o}` : `negation:${category}`}`,
    );
  }
  const intent =
    clause.tense === "future" ||
    clause.modality === "future" ||
    clause.modality === "conditional" ||
    (opts.recodeModalDeeds === true && clause.modality === "modal");
  if ((opts.recodeFutureDeeds ?? true) && intent && dict.kinds[category] === "deed") {
    const to = category === "reward" ? dict.futureDeeds.reward : dict.futureDeeds.punish;
    rules.push(`future-deed:${category}->${to}`);
    category = to;
  } else if ((opts.recodeIntendedDeeds ?? true) && dict.kinds[category] === "deed") {
    const ctl = intendedBy(clause, dict, clauses);
    if (ctl) {
      const to = category === "reward" ? dict.futureDeeds.reward : dict.futureDeeds.punish;
      rules.push(`intended-deed(${ctl}):${category}->${to}`);
      category = to;
    }
  }
  const u: VicsUtterance = {
    sentence: clause.sentence,
    clause: clause.index,
    start: clause.start,
    end: clause.end,
    subject: actor.text,
    referent,
    verb: clause.verb.text,
    lemma: clause.verb.lemma,
    category,
    weight: dict.weights[category],
    tense: clause.tense,
    modality: clause.modality,
    negated: clause.negated,
    entry: hit.key,
    rule: rules.join(" > "),
  };
  if (opts.doc !== undefined) u.doc = opts.doc;
  return u;
}

/** The controlling verb that makes an infinitive an intention, if any ("prepare", "will"). */
function intendedBy(
  clause: Clause,
  dict: VicsDictionary,
  clauses?: readonly Clause[],
): string | null {
  if (clause.nonFinite !== "infinitive" || clause.controller === undefined || !clauses) return null;
  const c = clauses[clause.controller];
  if (!c || c === clause) return null;
  if (c.tense === "future" || c.modality === "future" || c.modality === "conditional") {
    return c.verb.auxiliaries.join(" ") || c.modality;
  }
  const lemma = c.verb.lemma.toLowerCase();
  return dict.intentVerbs.has(lemma) ? lemma : null;
}

/** Codes every clause of an analysis. */
export function codeVics(
  analysis: TextAnalysis,
  dict: VicsDictionary,
  opts: VicsCodingOptions = {},
): VicsCoding {
  const utterances: VicsUtterance[] = [];
  const skipped: VicsSkip[] = [];
  for (const clause of analysis.clauses) {
    const r = codeClause(clause, dict, opts, analysis.clauses);
    if (typeof r !== "string") utterances.push(r);
    else if (opts.explain) {
      const s: VicsSkip = {
        sentence: clause.sentence,
        clause: clause.index,
        verb: clause.verb.text,
        lemma: clause.verb.lemma,
        reason: r,
      };
      if (opts.doc !== undefined) s.doc = opts.doc;
      skipped.push(s);
    }
  }
  return { utterances, skipped };
}
