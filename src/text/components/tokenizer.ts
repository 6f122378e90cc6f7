/**
 * Tokenizer: wink-nlp tokens with POS and lemma, exact character offsets, and wink's sentence
 * boundaries as a proposal. Whitespace tokens are dropped: the chunker never needs them and
 * every offset still points into the unchanged text.
 */
import { getNlp } from "../nlp.ts";
import type { Component, DocState } from "../pipeline.ts";
import type { Token } from "../types.ts";

const LETTER = /\p{L}/u;

/**
 * wink-nlp returns an unknown verb's inflected form as its lemma ("cordoned"). For VERB tokens it
 * could not lemmatise, strip the regular suffix: -ied → -y, doubled consonant + -ed/-ing → single,
 * -ed/-ing → stem. Known verbs keep wink's lemma.
 */
function verbLemma(lemma: string, norm: string, pos: string): string {
  if (pos !== "VERB" || lemma !== norm || norm.length < 5) return lemma;
  // Base forms that merely end like an inflection stay as they are: "need", "proceed" (-eed),
  // "bring", "sing" (no vowel left before -ing).
  const hasVowel = (stem: string) => /[aeiouy]/.test(stem) && stem.length >= 3;
  if (norm.endsWith("eed")) return lemma;
  if (norm.endsWith("ied")) return `${norm.slice(0, -3)}y`;
  const m = /^(.*?)([bdgklmnprt])\2(ed|ing)$/.exec(norm);
  if (m && hasVowel(m[1]! + m[2]!)) return m[1]! + m[2]!;
  if (norm.endsWith("ed") && hasVowel(norm.slice(0, -2))) return norm.slice(0, -2);
  if (norm.endsWith("ing") && hasVowel(norm.slice(0, -3))) return norm.slice(0, -3);
  return lemma;
}

function run(doc: DocState): void {
  const nlp = getNlp();
  const its = nlp.its;
  const text = doc.text;
  const wdoc = nlp.readDoc(text);
  const tks = wdoc.tokens();
  const values = tks.out(its.value) as string[];
  const spaces = tks.out(its.precedingSpaces) as string[];
  const pos = tks.out(its.pos) as string[];
  const lemmas = tks.out(its.lemma as unknown as typeof its.value) as string[];
  const norms = tks.out(its.normal) as string[];
  // wink index -> our index (whitespace tokens are skipped, so they map to the next kept one).
  const map = new Int32Array(values.length + 1);
  const tokens: Token[] = [];
  let offset = 0;
  let words = 0;
  let prevWordLike = false;
  for (let w = 0; w < values.length; w++) {
    map[w] = tokens.length;
    const value = values[w]!;
    offset += spaces[w]!.length;
    let start = offset;
    if (text.startsWith(value, start) === false) {
      // wink reconstructs the text exactly in every case we know of; this is a guard so that
      // offsets stay true slices even if it ever does not.
      const found = text.indexOf(value, start);
      start = found >= 0 ? found : start;
    }
    const end = Math.min(text.length, start + value.length);
    offset = end;
    if (value.trim() === "") continue;
    const p = pos[w]!;
    const hasLetter = LETTER.test(value);
    const wordLike = hasLetter && p !== "PUNCT" && p !== "SYM";
    // A contraction piece ("n't", "'s") glued to the previous word is not a new word.
    const glued = spaces[w] === "" && prevWordLike;
    if (wordLike && !glued && p !== "NUM") words++;
    prevWordLike = wordLike || p === "NUM";
    tokens.push({
      i: tokens.length,
      start,
      end,
      text: text.slice(start, end),
      norm: norms[w]!,
      lemma: verbLemma((lemmas[w] ?? norms[w]!).toLowerCase(), norms[w]!, p),
      pos: p,
      negated: false,
      quoted: false,
    });
  }
  map[values.length] = tokens.length;
  const spans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  doc.proposedSentences = spans
    .map(([a, b]) => [map[a]!, map[b + 1]!] as [number, number])
    .filter(([a, b]) => b > a);
  doc.tokens = tokens;
  doc.wordCount = words;
}

export const tokenizer: Component = {
  name: "tokenizer",
  requires: [],
  assigns: ["token.text", "token.pos", "token.lemma", "sentences.proposed", "wordCount"],
  run,
};
