/**
 * Negation scope: a clause is negated when its verb group holds a negator ("will not cooperate",
 * "never attacked") or its subject is a negative quantifier ("no country", "nobody"). Tokens from
 * the negator to the end of the clause are marked negated. wink-nlp's own negation flag runs to
 * the next punctuation, across clause boundaries, so it is not used.
 */
import type { Component, DocState } from "../pipeline.ts";
import { NEGATORS } from "../words.ts";

const NEGATIVE_SUBJECTS = new Set(["nobody", "none", "nothing", "neither"]);

/**
 * Negation reaches a clause through its controller when the clause is an infinitive complement
 * ("did not agree to attack") or joined by "or"/"nor" ("will never forget or forgive").
 */
function inherits(doc: DocState, ci: number): boolean {
  const c = doc.clauses[ci]!;
  if (c.controller === undefined) return false;
  const ctl = doc.clauses[c.controller];
  if (!ctl?.negated) return false;
  if (c.nonFinite === "infinitive") return true;
  let k = c.verb.head - 1;
  while (k >= 0 && doc.tokens[k]!.start >= ctl.verb.end && doc.tokens[k]!.pos === "ADV") k--;
  const conj = doc.tokens[k];
  return conj !== undefined && (conj.norm === "or" || conj.norm === "nor");
}

function run(doc: DocState): void {
  const tokens = doc.tokens;
  for (const [ci, c] of doc.clauses.entries()) {
    if (!c.negated && inherits(doc, ci)) {
      c.negated = true;
      for (let k = c.verb.head; k < (c.tokenEnd ?? c.verb.head + 1); k++) tokens[k]!.negated = true;
      continue;
    }
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
