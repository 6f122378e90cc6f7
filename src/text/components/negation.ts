/**
 * Negation scope: a clause is negated when its verb group holds a negator ("will not cooperate",
 * "never attacked") or its subject is a negative quantifier ("no country", "nobody"). Tokens from
 * the negator to the end of the clause are marked negated. wink-nlp's own negation flag runs to
 * the next punctuation, across clause boundaries, so it is not used.
 */
import type { Component, DocState } from "../pipeline.ts";
import { NEGATORS } from "../words.ts";

const NEGATIVE_SUBJECTS = new Set(["nobody", "none", "nothing", "neither"]);

function run(doc: DocState): void {
  const tokens = doc.tokens;
  for (const c of doc.clauses) {
    let from = -1;
    const vs = c.verb.head;
    // The verb group spans from its first auxiliary; scan it for a negator.
    for (let k = vs; k >= 0 && tokens[k]!.start >= c.verb.start; k--) {
      if (NEGATORS.has(tokens[k]!.norm)) from = k;
    }
    if (from < 0 && c.subject && !c.subjectInherited) {
      let f = c.subject.head;
      while (f > 0 && tokens[f - 1]!.start >= c.subject.start) f--;
      const first = tokens[f];
      const head = tokens[c.subject.head]!;
      if (NEGATIVE_SUBJECTS.has(head.norm) || first?.norm === "no") {
        c.negated = true;
        from = c.verb.head;
      }
    }
    if (from >= 0) {
      c.negated = true;
      const end = c.tokenEnd ?? c.verb.head + 1;
      for (let k = from; k < end; k++) tokens[k]!.negated = true;
    }
  }
}

export const negation: Component = {
  name: "negation",
  requires: ["clauses", "clause.verb"],
  assigns: ["token.negated", "clause.negated"],
  run,
};
