/**
 * Cleaning an extracted sentence: a leading connective ("However," "And") is cut off and the first
 * remaining letter capitalised. The result is always a recorded span of the document plus named
 * transforms, so the verifier can redo it exactly.
 */
import type { Passage } from "../corpus/index.ts";
import { cueAt, loadStyle, type Style, words } from "./style.ts";
import type { SourceSpan } from "./types.ts";

/** The text a span stands for: the document slice with its transforms applied. */
export function spanText(
  docText: string,
  span: Pick<SourceSpan, "start" | "end" | "transforms">,
): string {
  let t = docText.slice(span.start, span.end);
  for (const tr of span.transforms) {
    if (tr === "collapse-space") t = t.replace(/\s+/g, " ").trim();
    else if (tr === "capitalize")
      t = t.replace(/^(\P{L}*)(\p{L})/u, (_, a, b) => a + b.toUpperCase());
  }
  return t;
}

export interface Cleaned {
  span: SourceSpan;
  text: string;
  /** The connective cut off, if any. */
  dropped?: string;
}

/** Minimum and maximum length, in words, of a sentence worth quoting in a briefing. */
export const MIN_WORDS = 7;
export const MAX_WORDS = 70;

/**
 * Cleans a sentence passage; undefined when it is not a usable sentence (a heading, a fragment
 * without final punctuation, a question, too short or too long).
 */
export function cleanPassage(p: Passage, style: Style = loadStyle()): Cleaned | undefined {
  let start = p.start;
  let text = p.text;
  const trimmedEnd = text.trimEnd();
  // A question (often rhetorical) states no position; a line without final punctuation is a heading.
  if (!/[.!]["'”’)]*$/.test(trimmedEnd)) return undefined;
  if (/^\s*(#|\*|-|\d+\.)\s/.test(text)) return undefined;
  let dropped: string | undefined;
  // Cut connectives repeatedly ("And yet, ..."), each with its trailing comma and spaces.
  for (;;) {
    const ws = words(text.slice(0, 60));
    const cue = style.leadingConnectives
      .filter((c) => cueAt(ws, 0, c))
      .sort((a, b) => b.length - a.length)[0];
    if (!cue) break;
    const n = cue.split(/\s+/).length;
    const re = new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s*){${n}}[,;:]?\\s*`, "u");
    const m = re.exec(text);
    if (!m || m[0].length >= text.length) break;
    // Only a connective followed by a comma, or "and"/"but"/"so"/"yet" opening a clause, is cut.
    const hadComma = /[,;:]\s*$/.test(m[0]);
    if (!hadComma && !["and", "but", "so", "yet", "also", "then"].includes(cue)) break;
    dropped = dropped ? `${dropped} ${m[0].trim()}` : m[0].trim();
    start += m[0].length;
    text = text.slice(m[0].length);
  }
  // A sentence starting in lower case is a fragment of a badly split one, unless we cut its opener.
  if (!dropped && /^\P{L}*\p{Ll}/u.test(text.trimStart())) return undefined;
  const lead = text.length - text.trimStart().length;
  start += lead;
  const span: SourceSpan = {
    doc: p.docId,
    docVersion: p.docVersion,
    start,
    end: start + text.trim().length,
    transforms: dropped ? ["collapse-space", "capitalize"] : ["collapse-space"],
  };
  const out = span.transforms.includes("capitalize")
    ? text.trim().replace(/^(\P{L}*)(\p{L})/u, (_, a, b) => a + b.toUpperCase())
    : text.trim();
  const cleaned = out.replace(/\s+/g, " ");
  const n = words(cleaned).length;
  if (n < MIN_WORDS || n > MAX_WORDS) return undefined;
  return { span, text: cleaned, ...(dropped && { dropped }) };
}

/** Does the sentence open by pointing back at something the reader has not seen ("This approach ...")? */
export function isAnaphoric(text: string, style: Style = loadStyle()): boolean {
  const ws = words(text.slice(0, 40));
  return style.anaphoricOpeners.some((o) => cueAt(ws, 0, o) > 0);
}
