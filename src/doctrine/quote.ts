/**
 * Quote matching. A quote cites `text.slice(start, end)`; the two must agree after whitespace
 * normalisation (every run of whitespace becomes one space, ends trimmed), because YAML folding and
 * line-wrapped sources change line breaks but never words.
 */

/** Collapses whitespace runs to one space and trims; also applies NFC so composed forms compare equal. */
export function normaliseWhitespace(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** A whitespace-normalised view of a text with a map back to the original offsets. */
export interface NormalisedText {
  text: string;
  /** `offsets[i]` is the offset in the original text of normalised character `i`. */
  offsets: number[];
}

/** Normalises `text` (no NFC: document texts are NFC already) and keeps the offset of each kept char. */
export function normaliseWithOffsets(text: string): NormalisedText {
  let out = "";
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      if (out.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      out += " ";
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    out += ch;
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** A [start, end) range in the original text. */
export interface Span {
  start: number;
  end: number;
}

/** Every place `quote` occurs in `text` (whitespace-insensitive), as ranges of the original text. */
export function findQuote(text: string, quote: string, view?: NormalisedText): Span[] {
  const q = normaliseWhitespace(quote);
  if (q.length === 0) return [];
  const norm = view ?? normaliseWithOffsets(text);
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const at = norm.text.indexOf(q, from);
    if (at < 0) break;
    const last = at + q.length - 1;
    spans.push({ start: norm.offsets[at]!, end: norm.offsets[last]! + 1 });
    from = at + 1;
  }
  return spans;
}

/**
 * True when the text at [start, end) equals the quote after whitespace normalisation. The range
 * must bracket the words exactly: a range that starts or ends on whitespace is off by that much.
 */
export function quoteMatches(text: string, start: number, end: number, quote: string): boolean {
  if (start < 0 || end > text.length || start >= end) return false;
  if (/\s/u.test(text[start]!) || /\s/u.test(text[end - 1]!)) return false;
  return normaliseWhitespace(text.slice(start, end)) === normaliseWhitespace(quote);
}
