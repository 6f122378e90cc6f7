/**
 * Computes evidence offsets: finds each quote in its document's text and writes `start`/`end` into
 * the YAML, keeping comments and layout. Offsets are never typed by hand.
 */
import { isMap, isScalar, type YAMLMap } from "yaml";
import { StatecraftError } from "../core/errors.ts";
import { fieldError } from "./check.ts";
import { type DoctrineCorpus, documentCache } from "./corpus-port.ts";
import type { ParsedDoctrine } from "./load.ts";
import { findQuote } from "./quote.ts";
import type { DoctrineSource, FieldPath } from "./source.ts";
import { formatPath } from "./source.ts";
import { evidenceEntries } from "./walk.ts";

export interface LocateChange {
  field: string;
  doc: string;
  from: { start?: number; end?: number };
  to: { start: number; end: number };
}

export interface LocateResult {
  /** The doctrine text with offsets filled or repaired. */
  text: string;
  changes: LocateChange[];
  /** Quotes that could not be placed (unknown document, quote not found). */
  issues: StatecraftError[];
  /** Quotes that occur more than once; the occurrence nearest the old offset (else the first) was used. */
  ambiguous: string[];
}

export async function locateEvidence(
  parsed: ParsedDoctrine,
  corpus: Pick<DoctrineCorpus, "document">,
): Promise<LocateResult> {
  if (!parsed.doctrine || !parsed.source) {
    const first = parsed.issues[0];
    throw first ?? new StatecraftError("SC_DOCTRINE_INVALID", "the doctrine could not be parsed");
  }
  const source = parsed.source;
  const getDoc = documentCache(corpus);
  const changes: LocateChange[] = [];
  const issues: StatecraftError[] = [];
  const ambiguous: string[] = [];
  const edits: Edit[] = [];
  const reported = new Set<string>();
  for (const { path, evidence: ev } of evidenceEntries(parsed.doctrine)) {
    const doc = await getDoc(ev.doc);
    if (!doc) {
      if (reported.has(ev.doc)) continue;
      reported.add(ev.doc);
      issues.push(
        fieldError(
          source,
          "SC_DOCTRINE_UNKNOWN_DOCUMENT",
          `document "${ev.doc}" is not in the corpus`,
          [...path, "doc"],
        ),
      );
      continue;
    }
    const spans = findQuote(doc.text, ev.quote);
    if (spans.length === 0) {
      issues.push(
        fieldError(
          source,
          "SC_DOCTRINE_QUOTE_NOT_FOUND",
          `the quote does not occur in "${ev.doc}"`,
          [...path, "quote"],
        ),
      );
      continue;
    }
    if (spans.length > 1) ambiguous.push(formatPath(path));
    const near = ev.start ?? 0;
    const best = spans.reduce((a, b) =>
      Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a,
    );
    if (best.start === ev.start && best.end === ev.end) continue;
    edits.push(...offsetEdits(source, path, best.start, best.end));
    changes.push({
      field: formatPath(path),
      doc: ev.doc,
      from: { start: ev.start, end: ev.end },
      to: best,
    });
  }
  // Apply text edits from the end so earlier positions stay valid; layout and comments are kept.
  let text = source.text;
  for (const e of edits.sort((a, b) => b.at - a.at || b.order - a.order)) {
    text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
  }
  return { text, changes, issues, ambiguous };
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
  order: number;
}

/** Text edits that set start/end on the evidence map at `path`; new keys go right after `doc`. */
function offsetEdits(source: DoctrineSource, path: FieldPath, start: number, end: number): Edit[] {
  const { node } = source.nodeAt(path);
  if (!isMap(node)) return [];
  const map = node as YAMLMap;
  const pairOf = (k: string) => map.items.find((p) => isScalar(p.key) && p.key.value === k);
  const edits: Edit[] = [];
  const missing: [string, number][] = [];
  for (const [key, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    const pair = pairOf(key);
    const range = pair && isScalar(pair.value) ? pair.value.range : undefined;
    if (range)
      edits.push({ at: range[0], remove: range[1] - range[0], insert: String(value), order: 0 });
    else missing.push([key, value]);
  }
  if (missing.length) {
    const doc = pairOf("doc");
    const keyRange = doc && isScalar(doc.key) ? doc.key.range : undefined;
    const valueRange = doc && isScalar(doc.value) ? doc.value.range : undefined;
    if (!keyRange || !valueRange) return edits;
    let insert: string;
    if (map.flow) insert = missing.map(([k, v]) => `, ${k}: ${v}`).join("");
    else {
      const lineStart = source.text.lastIndexOf("\n", keyRange[0] - 1) + 1;
      const indent = " ".repeat(keyRange[0] - lineStart);
      insert = missing.map(([k, v]) => `\n${indent}${k}: ${v}`).join("");
    }
    edits.push({ at: valueRange[1], remove: 0, insert, order: 1 });
  }
  return edits;
}
