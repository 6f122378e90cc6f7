/**
 * Sentences: the spans given in `AnalyzeOptions.sentences` (so offsets agree with the store's
 * sentence passages), else the tokenizer's proposal. A token belongs to the sentence that holds
 * its first character; tokens outside every given span are left out of all sentences.
 */
import type { Component, DocState } from "../pipeline.ts";
import type { Sentence } from "../types.ts";

function fromGiven(doc: DocState): Sentence[] {
  const given = [...(doc.options.sentences ?? [])].sort((a, b) => a.start - b.start);
  const out: Sentence[] = [];
  const tokens = doc.tokens;
  let t = 0;
  for (const span of given) {
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    const tokenStart = t;
    while (t < tokens.length && tokens[t]!.start < span.end) t++;
    out.push({
      index: out.length,
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      tokenStart,
      tokenEnd: t,
      clauseStart: 0,
      clauseEnd: 0,
    });
  }
  return out;
}

function fromProposed(doc: DocState): Sentence[] {
  const out: Sentence[] = [];
  for (const [a, b] of doc.proposedSentences) {
    const start = doc.tokens[a]!.start;
    const end = doc.tokens[b - 1]!.end;
    out.push({
      index: out.length,
      start,
      end,
      text: doc.text.slice(start, end),
      tokenStart: a,
      tokenEnd: b,
      clauseStart: 0,
      clauseEnd: 0,
    });
  }
  return out;
}

export const sentencizer: Component = {
  name: "sentencizer",
  requires: ["token.text", "sentences.proposed"],
  assigns: ["sentences"],
  run(doc) {
    doc.sentences = doc.options.sentences ? fromGiven(doc) : fromProposed(doc);
  },
};
