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
import { DoctrineSource, type FieldPath, formatPath } from "./source.ts";
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
  // Work on a fresh parse so the caller's document is left untouched.
  const source = new DoctrineSource(parsed.source.text, parsed.source.file);
  const getDoc = documentCache(corpus);
  const changes: LocateChange[] = [];
  const issues: StatecraftError[] = [];
  const ambiguous: string[] = [];
  for (const { path, evidence: ev } of evidenceEntries(parsed.doctrine)) {
    const doc = await getDoc(ev.doc);
    if (!doc) {
      issues.push(fieldError(source, "SC_DOCTRINE_UNKNOWN_DOCUMENT", `document "${ev.doc}" is not in the corpus`, [...path, "doc"]));
      continue;
    }
    const spans = findQuote(doc.text, ev.quote);
    if (spans.length === 0) {
      issues.push(fieldError(source, "SC_DOCTRINE_QUOTE_NOT_FOUND", `the quote does not occur in "${ev.doc}"`, [...path, "quote"]));
      continue;
    }
    if (spans.length > 1) ambiguous.push(formatPath(path));
    const near = ev.start ?? 0;
    const best = spans.reduce((a, b) => (Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a));
    if (best.start === ev.start && best.end === ev.end) continue;
    setOffsets(source, path, best.start, best.end);
    changes.push({ field: formatPath(path), doc: ev.doc, from: { start: ev.start, end: ev.end }, to: best });
  }
  return { text: changes.length ? source.document.toString({ lineWidth: 0 }) : parsed.source.text, changes, issues, ambiguous };
}

/** Sets start/end on the evidence map at `path`, placing new keys right after `doc`. */
function setOffsets(source: DoctrineSource, path: FieldPath, start: number, end: number): void {
  const { node } = source.nodeAt(path);
  if (!isMap(node)) return;
  const map = node as YAMLMap;
  for (const [key, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.value)) pair.value.value = value;
    else if (pair) pair.value = source.document.createNode(value);
    else {
      const at = map.items.findIndex((p) => isScalar(p.key) && p.key.value === (key === "start" ? "doc" : "start"));
      const newPair = source.document.createPair(key, value);
      map.items.splice(at + 1, 0, newPair as never);
    }
  }
}
