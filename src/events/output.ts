/**
 * Event output as CSV or JSONL with columns named after the GDELT 1.0 event fields
 * (GLOBALEVENTID, SQLDATE, Actor1Code, Actor2Code, EventCode, EventBaseCode, EventRootCode,
 * QuadClass, GoldsteinScale) plus PETRARCH2-style provenance (sentence and document ids, the
 * matched actor text, the pattern and the sentence).
 */
import type { CodedEvent } from "./types.ts";

export const CSV_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "Actor1Code",
  "Actor2Code",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "Actor1CountryCode",
  "Actor2CountryCode",
  "SentenceID",
  "DocumentID",
  "Pattern",
  "Actor1Text",
  "Actor2Text",
  "Reported",
  "Sentence",
] as const;

function csvField(v: string | number | boolean): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** GDELT SQLDATE (YYYYMMDD) from an ISO date; partial dates pad with 01; unknown → "". */
export function sqlDate(date: string | null): string {
  if (!date) return "";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  return m ? `${m[1]}${m[2] ?? "01"}${m[3] ?? "01"}` : "";
}

const countryOf = (code: string) =>
  /^[A-Z]{3}/.test(code) && !code.startsWith("IGO") ? code.slice(0, 3) : "";

export function eventRow(
  e: CodedEvent,
): Record<(typeof CSV_COLUMNS)[number], string | number | boolean> {
  return {
    GLOBALEVENTID: e.id,
    SQLDATE: sqlDate(e.date),
    Actor1Code: e.source,
    Actor2Code: e.target,
    EventCode: e.code,
    EventBaseCode: e.code.slice(0, 3),
    EventRootCode: e.root,
    QuadClass: e.quadClass,
    GoldsteinScale: e.goldstein,
    Actor1CountryCode: countryOf(e.source),
    Actor2CountryCode: countryOf(e.target),
    SentenceID: `${e.docId}:${e.sentence}`,
    DocumentID: e.docId,
    Pattern: e.pattern,
    Actor1Text: e.sourceText.join(" | "),
    Actor2Text: e.targetText.join(" | "),
    Reported: e.reported,
    Sentence: e.sentenceText,
  };
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(",");
}

export function toCsvLine(e: CodedEvent): string {
  const row = eventRow(e);
  return CSV_COLUMNS.map((c) => csvField(row[c])).join(",");
}

export function toJsonLine(e: CodedEvent): string {
  return JSON.stringify({ ...eventRow(e), event: e });
}

/** Whole output text for a list of events. */
export function formatEvents(events: readonly CodedEvent[], format: "csv" | "jsonl"): string {
  if (format === "jsonl") return events.map(toJsonLine).join("\n") + (events.length ? "\n" : "");
  return [csvHeader(), ...events.map(toCsvLine)].join("\n") + "\n";
}
