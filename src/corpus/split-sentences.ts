import { createRequire } from "node:module";
import type { Span } from "../text/types.ts";

interface AbbreviationData {
  version: string;
  titles: string[];
  common: string[];
  months: string[];
  dotted: string[];
  beforeNumber: string[];
}

const require = createRequire(import.meta.url);
const abbreviations = require("../../data/corpus/abbreviations.json") as AbbreviationData;

const ALWAYS = new Set([...abbreviations.titles, ...abbreviations.common, ...abbreviations.months]);
const DOTTED = new Set(abbreviations.dotted);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);
// Words that open sentences often enough to end one after "U.S." or "U.N.".
const OPENERS = new Set(
  "the this that these those we it i in but however they he she our there as at for a an if when since yet so".split(
    " ",
  ),
);

// Terminal punctuation, optional closing quotes/brackets, then the whitespace that follows.
const CANDIDATE = /([.!?…]+)(["'”’)\]]*)(\s+)/g;

/**
 * Splits one paragraph into sentence spans (offsets relative to `base`). A rule-based splitter:
 * a period ends a sentence unless it closes a known abbreviation or an initial, or what follows
 * starts in lower case. It is ~10x faster than wink-nlp's segmenter, which the ingest throughput
 * target needs; `split-sentences.test.ts` checks it agrees with wink-nlp on real text.
 */
export function splitSentences(paragraph: string, base = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(paragraph); m !== null; m = CANDIDATE.exec(paragraph)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    const nextStart = end + m[3]!.length;
    if (nextStart >= paragraph.length) break;
    if (isBoundary(paragraph, m.index, m[1]!, nextStart)) {
      pushTrimmed(paragraph, start, end, base, spans);
      start = nextStart;
    }
  }
  pushTrimmed(paragraph, start, paragraph.length, base, spans);
  return spans;
}

function isBoundary(text: string, punctAt: number, punct: string, nextStart: number): boolean {
  const next = text[nextStart]!;
  if (/\p{Ll}/u.test(next)) return false;
  if (punct !== ".") return true;
  // The word the period closes: back to whitespace or an opening bracket/quote.
  let w = punctAt;
  while (w > 0 && !/[\s(["“‘]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, punctAt).toLowerCase();
  if (word === "") return true;
  if (/^\p{Lu}$/u.test(text.slice(w, punctAt))) return false; // an initial: "John F. Kennedy"
  if (ALWAYS.has(word)) return false;
  const nextWord = /^[\p{L}\d]+/u.exec(text.slice(nextStart))?.[0] ?? "";
  if (BEFORE_NUMBER.has(word)) return !/^\d/.test(nextWord);
  if (DOTTED.has(word)) return OPENERS.has(nextWord.toLowerCase());
  return true;
}

function pushTrimmed(text: string, start: number, end: number, base: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start: base + start, end: base + end });
}

/** Paragraphs are the non-empty lines of normalised text (wrapped lines were joined earlier). */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    pushTrimmed(text, start, end, 0, spans);
    start = end + 1;
  }
  // pushTrimmed got base 0 and absolute positions, so spans are already absolute.
  return spans;
}

export interface Segmentation {
  paragraphs: Span[];
  /** Sentences with the index of their paragraph. */
  sentences: Array<Span & { paragraph: number }>;
  words: number;
}

export function segment(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const sentences: Segmentation["sentences"] = [];
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(text.slice(p.start, p.end), p.start)) {
      sentences.push({ ...s, paragraph: i });
    }
  });
  return { paragraphs, sentences, words: countWords(text) };
}

/** Letters start a word; letters, apostrophes and hyphens continue it. A char loop: this runs on every document. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && isLetter(text[i]!));
    if (letter) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 45 || c === 0x2019))) inWord = false;
  }
  return n;
}

const LETTER = /\p{L}/u;
function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}
