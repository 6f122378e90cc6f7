/**
 * Quotation detection: paired quotation marks whose content holds a verb are quotations (a quoted
 * word or two without a verb is a scare quote and is ignored). A quotation is attributed to the
 * clause of saying right before or after it (`he said: "..."`, `"...", he said`). Unless that
 * clause's subject is the speaker, the quoted tokens and clauses are marked `quoted`, so they are
 * never counted as the speaker's own words, and each quoted clause points to its reporting clause.
 */
import type { Component, DocState, QuoteSpan } from "../pipeline.ts";
import type { Token } from "../types.ts";

const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);
const SYMMETRIC = new Set(['"', "``", "''"]);

function findQuotes(tokens: Token[], text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const v = t.text;
    if (OPEN.has(v) || (v === "‘" && (t.start === 0 || /\s/.test(text[t.start - 1]!)))) {
      if (open < 0) open = i;
    } else if (CLOSE.has(v) || (v === "’" && open >= 0 && tokens[open]!.text === "‘")) {
      if (open >= 0) spans.push([open + 1, i]);
      open = -1;
    } else if (SYMMETRIC.has(v)) {
      if (open < 0) open = i;
      else {
        spans.push([open + 1, i]);
        open = -1;
      }
    }
  }
  return spans;
}

/** Index of the first clause whose verb head is at or after token `a` (clauses are in text order). */
function firstClauseFrom(doc: DocState, a: number): number {
  let lo = 0;
  let hi = doc.clauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.clauses[mid]!.verb.head < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Clause index whose verb head lies in [a, b) and is a verb of saying. */
function sayingClauseNear(doc: DocState, a: number, b: number): number | null {
  for (let i = firstClauseFrom(doc, a); i < doc.clauses.length; i++) {
    const c = doc.clauses[i]!;
    if (c.verb.head >= b) break;
    if (c.verb.isWord) return c.index;
  }
  return null;
}

function run(doc: DocState): void {
  const tokens = doc.tokens;
  const out: QuoteSpan[] = [];
  for (const [a, b] of findQuotes(tokens, doc.text)) {
    let hasVerb = false;
    for (let k = a; k < b; k++)
      if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") hasVerb = true;
    if (!hasVerb) continue;
    // "...," he said  |  he said: "..."  — look up to 6 tokens outside either mark.
    let by = sayingClauseNear(doc, b + 1, Math.min(tokens.length, b + 7));
    if (by === null) by = sayingClauseNear(doc, Math.max(0, a - 8), a - 1);
    out.push({ tokenStart: a, tokenEnd: b, attributedTo: by });
    const reporter = by !== null ? doc.clauses[by] : undefined;
    if (reporter?.subject?.referent === "self") continue;
    for (let k = a; k < b; k++) tokens[k]!.quoted = true;
    for (let i = firstClauseFrom(doc, a); i < doc.clauses.length; i++) {
      const c = doc.clauses[i]!;
      if (c.verb.head >= b) break;
      c.quoted = true;
      if (by !== null && c.reportedBy === undefined) c.reportedBy = by;
    }
  }
  doc.quotes = out;
}

export const quotes: Component = {
  name: "quotes",
  requires: ["clause.verb.isWord", "clause.subject.referent"],
  assigns: ["token.quoted", "clause.quoted", "quotes"],
  run,
};
