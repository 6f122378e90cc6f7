/**
 * Word or deed: a clause whose verb (or phrasal verb) is listed in data/text/speech-verbs.json is
 * a "word" (a verb of saying or communicating); anything else is a "deed".
 */
import { speechVerbs } from "../lexicons.ts";
import type { Component } from "../pipeline.ts";

export const wordDeed: Component = {
  name: "wordDeed",
  requires: ["clause.verb"],
  assigns: ["clause.verb.isWord"],
  run(doc) {
    const lex = speechVerbs();
    for (const c of doc.clauses) {
      const v = c.verb;
      v.isWord =
        lex.words.has(v.lemma) ||
        (v.particle !== undefined && lex.words.has(`${v.lemma} ${v.particle}`));
    }
  },
};
