/**
 * Reported speech outside quotation marks: "X said (that) Y attacked Z" links Y's clause to X's
 * clause of saying (`reportedBy`), and so does the postposed form "Y attacked Z, X said".
 * Innermost reporting clauses are linked first, so "X said Y announced Z attacked" links Z's
 * clause to Y's and Y's to X's.
 */
import { speechVerbs } from "../lexicons.ts";
import type { Component, DocState } from "../pipeline.ts";

function run(doc: DocState): void {
  const { reporting, postposed } = speechVerbs();
  for (const sent of [...doc.sentences]) {
    for (let ci = sent.clauseEnd - 1; ci >= sent.clauseStart; ci--) {
      const r = doc.clauses[ci]!;
      if (!reporting.has(r.verb.lemma) || r.object !== null) continue;
      const after = doc.clauses.slice(ci + 1, sent.clauseEnd);
      const firstAfter = after[0];
      const tokens = doc.tokens;
      const gap = firstAfter ? (firstAfter.tokenStart ?? firstAfter.verb.head) : -1;
      // Complement clause right after the verb (optionally after "that").
      const vEnd = r.verb.head + 1 + (r.verb.particle ? 1 : 0);
      const adjacent = firstAfter !== undefined && gap - vEnd <= 1 && firstAfter.finite !== false;
      if (adjacent) {
        for (const c of after)
          if (c.reportedBy === undefined && c.index !== r.index) c.reportedBy = r.index;
        continue;
      }
      // Postposed: the reporting clause closes the sentence after a comma.
      const isLast = ci === sent.clauseEnd - 1;
      const startTok = r.tokenStart ?? r.verb.head;
      const before = tokens[startTok - 1];
      if (
        isLast &&
        postposed.has(r.verb.lemma) &&
        before &&
        (before.norm === "," || before.text === '"' || before.text === "”")
      ) {
        for (let k = sent.clauseStart; k < ci; k++) {
          const c = doc.clauses[k]!;
          if (c.reportedBy === undefined) c.reportedBy = r.index;
        }
      }
    }
  }
}

export const reportedSpeech: Component = {
  name: "reportedSpeech",
  requires: ["clauses", "clause.verb"],
  assigns: ["clause.reportedBy"],
  run,
};
