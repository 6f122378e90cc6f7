/**
 * Full validation: the file (schema, cross-field rules) and every quote against the corpus.
 * A quote must be found in its document at exactly [start, end) after whitespace normalisation.
 */
import { StatecraftError } from "../core/errors.ts";
import { fieldError } from "./check.ts";
import { type DoctrineCorpus, documentCache } from "./corpus-port.ts";
import { type ParsedDoctrine, type ParseOptions, readDoctrineFile } from "./load.ts";
import { findQuote, normaliseWhitespace, normaliseWithOffsets, quoteMatches } from "./quote.ts";
import type { Doctrine } from "./schema.ts";
import type { DoctrineSource } from "./source.ts";
import { evidenceEntries } from "./walk.ts";

export interface ValidationReport {
  ok: boolean;
  /** Problems, each located (file, line, column, field). */
  issues: StatecraftError[];
  /** Evidence entries checked against the corpus, and how many held. */
  quotes: { checked: number; verified: number };
  doctrine?: Doctrine;
}

/** The longest leading part of the quote that does occur in the text (helps fix a typo). */
function longestFoundPrefix(normText: string, quote: string): string {
  const words = normaliseWhitespace(quote).split(" ");
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (normText.includes(words.slice(0, mid).join(" "))) lo = mid;
    else hi = mid - 1;
  }
  return words.slice(0, lo).join(" ");
}

/** Checks every evidence entry of a parsed doctrine against the corpus. */
export async function verifyEvidence(
  doctrine: Doctrine,
  corpus: Pick<DoctrineCorpus, "document">,
  source?: DoctrineSource,
): Promise<{ issues: StatecraftError[]; checked: number; verified: number }> {
  const issues: StatecraftError[] = [];
  const getDoc = documentCache(corpus);
  let verified = 0;
  const entries = evidenceEntries(doctrine);
  // A missing document is reported once, at its first citation, with the number of citations.
  const missing = new Map<string, { error: StatecraftError; count: number }>();
  for (const { path, evidence: ev } of entries) {
    const doc = await getDoc(ev.doc);
    if (!doc) {
      const seen = missing.get(ev.doc);
      if (seen) seen.count++;
      else {
        const error = fieldError(
          source,
          "SC_DOCTRINE_UNKNOWN_DOCUMENT",
          `document "${ev.doc}" is not in the corpus`,
          [...path, "doc"],
          "ingest it first (`statecraft ingest PATH --db STORE`) or fix the id",
        );
        missing.set(ev.doc, { error, count: 1 });
        issues.push(error);
      }
      continue;
    }
    const view = normaliseWithOffsets(doc.text);
    const spans = findQuote(doc.text, ev.quote, view);
    if (ev.start === undefined || ev.end === undefined) {
      issues.push(
        fieldError(
          source,
          "SC_DOCTRINE_OFFSETS_MISSING",
          "evidence has no start/end offsets",
          path,
          "run `statecraft doctrine locate FILE --write` to fill them",
        ),
      );
      continue;
    }
    if (ev.end > doc.text.length || ev.start >= ev.end) {
      issues.push(
        fieldError(
          source,
          "SC_DOCTRINE_OFFSETS_OUT_OF_RANGE",
          `offsets ${ev.start}..${ev.end} are not a range inside "${ev.doc}" (${doc.text.length} chars)`,
          [...path, ev.end > doc.text.length ? "end" : "start"],
          spans[0]
            ? `the quote is at ${spans[0].start}..${spans[0].end}; run \`statecraft doctrine locate FILE --write\``
            : undefined,
        ),
      );
      continue;
    }
    if (quoteMatches(doc.text, ev.start, ev.end, ev.quote)) {
      verified++;
      continue;
    }
    if (spans.length > 0) {
      const at = spans.map((s) => `${s.start}..${s.end}`).join(", ");
      issues.push(
        fieldError(
          source,
          "SC_DOCTRINE_OFFSETS_WRONG",
          `the quote is not at ${ev.start}..${ev.end} of "${ev.doc}" (found at ${at})`,
          [...path, "start"],
          "run `statecraft doctrine locate FILE --write` to repair the offsets",
        ),
      );
    } else {
      const prefix = longestFoundPrefix(view.text, ev.quote);
      issues.push(
        fieldError(
          source,
          "SC_DOCTRINE_QUOTE_NOT_FOUND",
          `the quote does not occur in "${ev.doc}"`,
          [...path, "quote"],
          prefix
            ? `the text matches up to "${prefix}"; copy the quote exactly from the source`
            : "copy the quote exactly from the source",
        ),
      );
    }
  }
  for (const [id, m] of missing) {
    if (m.count < 2) continue;
    const i = issues.indexOf(m.error);
    const e = m.error;
    issues[i] = new StatecraftError(
      e.code,
      `document "${id}" is not in the corpus (cited ${m.count} times; first citation here)`,
      {
        file: e.file,
        line: e.line,
        column: e.column,
        field: e.field,
        hint: e.hint,
      },
    );
  }
  return { issues, checked: entries.length, verified };
}

export interface ValidateOptions extends Omit<ParseOptions, "file"> {}

/**
 * Validates a doctrine file (path) or an already parsed one against a corpus. Never throws for bad
 * content; every problem is an entry of `issues`.
 */
export async function validateDoctrine(
  input: string | ParsedDoctrine,
  corpus: Pick<DoctrineCorpus, "document">,
  opts: ValidateOptions = {},
): Promise<ValidationReport> {
  const parsed = typeof input === "string" ? readDoctrineFile(input, opts) : input;
  if (!parsed.doctrine)
    return { ok: false, issues: parsed.issues, quotes: { checked: 0, verified: 0 } };
  const ev = await verifyEvidence(parsed.doctrine, corpus, parsed.source);
  const issues = [...parsed.issues, ...ev.issues].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return {
    ok: issues.length === 0,
    issues,
    quotes: { checked: ev.checked, verified: ev.verified },
    doctrine: parsed.doctrine,
  };
}
