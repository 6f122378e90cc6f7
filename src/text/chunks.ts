/**
 * Shallow chunking primitives over wink POS tags: verb groups (auxiliaries, negators, modals,
 * semi-modals such as "be about to", the main verb and a phrasal particle) and noun-phrase
 * chunks. The chunker component (components/chunker.ts) combines them into clauses.
 */
import { phrasalParticles } from "./lexicons.ts";
import type { Token } from "./types.ts";
import { NEGATORS, NOMINAL_POS, NP_POS } from "./words.ts";

export interface VerbGroup {
  /** First token of the group (an auxiliary, "to", or the verb). */
  start: number;
  /** One past the last token (the verb or its particle). */
  end: number;
  head: number;
  aux: number[];
  negators: number[];
  /** Semi-modal phrases in the group, e.g. "about to", "going to", "have to". */
  semiModals: string[];
  particle: number | null;
  kind: "finite" | "infinitive" | "participle";
}

export function isNegator(t: Token): boolean {
  return NEGATORS.has(t.norm);
}

function isVerbLike(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "VERB" || t.pos === "AUX");
}

/** Index of the next token after `j` that is not an adverb or negator, or `end`. */
function skipAdverbs(tokens: Token[], j: number, end: number): number {
  let k = j;
  while (k < end && (tokens[k]!.pos === "ADV" || isNegator(tokens[k]!))) k++;
  return k;
}

/** Whether a verb-looking token is really a participle used as an adjective ("the affected villages"). */
function isAttributive(tokens: Token[], j: number, end: number): boolean {
  const t = tokens[j]!;
  if (t.pos !== "VERB") return false;
  const prev = j > 0 ? tokens[j - 1] : undefined;
  const next = j + 1 < end ? tokens[j + 1] : undefined;
  if (!prev) return false;
  const nominalNext =
    next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ");
  if (prev.pos === "DET" || prev.pos === "ADJ") return nominalNext;
  // "in occupied Jerusalem", "our declared neutrality": a past participle between a preposition or
  // a possessive and a noun modifies the noun.
  const participle = t.norm !== t.lemma && /(ed|en|wn)$/.test(t.norm);
  const opener =
    (prev.pos === "ADP" && !/^(that|which|who)$/.test(prev.norm)) ||
    (prev.pos === "PRON" && /^(our|their|its|his|her|my|your)$/.test(prev.norm));
  return participle && opener && nominalNext;
}

/** Parses a verb group starting at `i`, or returns null when none starts there. */
export function parseVerbGroup(tokens: Token[], i: number, end: number): VerbGroup | null {
  const first = tokens[i]!;
  let j = i;
  let infinitive = false;
  if (first.norm === "to" && first.pos !== "VERB") {
    const k = skipAdverbs(tokens, i + 1, end);
    if (!isVerbLike(tokens[k]) || k >= end) return null;
    infinitive = true;
    j = i + 1;
  } else if (
    (isNegator(first) && first.norm !== "nor" && first.norm !== "neither") ||
    (first.pos === "ADV" && isNegator(tokens[i + 1] ?? first))
  ) {
    // "never attacked", "not only ... ": a negator before the verb belongs to its group.
    const k = skipAdverbs(tokens, i, end);
    if (k >= end || !isVerbLike(tokens[k]) || tokens[k]!.pos === "AUX") return null;
  } else if (!isVerbLike(first) || isAttributive(tokens, i, end)) return null;
  const aux: number[] = [];
  const negators: number[] = [];
  const semiModals: string[] = [];
  let head = -1;
  while (j < end) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    if (isNegator(t)) {
      negators.push(j++);
      continue;
    }
    if (t.pos === "AUX") {
      const k = skipAdverbs(tokens, j + 1, end);
      const after = tokens[k];
      const continues =
        k < end && (isVerbLike(after) || (after!.norm === "about" && tokens[k + 1]?.norm === "to"));
      if (continues) {
        aux.push(j);
        j++;
        continue;
      }
      head = j;
      j++;
      break;
    }
    if (t.pos === "ADV" && aux.length + negators.length > 0) {
      j++;
      continue;
    }
    if (t.norm === "about" && next?.norm === "to" && aux.length > 0) {
      semiModals.push("about to");
      j += 2;
      continue;
    }
    if (
      t.pos === "VERB" &&
      (t.norm === "going" || t.lemma === "have") &&
      next?.norm === "to" &&
      isVerbLike(tokens[skipAdverbs(tokens, j + 2, end)])
    ) {
      semiModals.push(t.norm === "going" ? "going to" : "have to");
      j += 2;
      continue;
    }
    if (t.pos === "VERB") {
      head = j;
      j++;
    }
    break;
  }
  if (head < 0) {
    if (aux.length === 0) return null;
    head = aux.pop()!;
  }
  let particle: number | null = null;
  const p = tokens[j];
  if (j < end && p && (p.pos === "ADP" || p.pos === "PART" || p.pos === "ADV")) {
    const lex = phrasalParticles();
    if (lex.always.has(p.norm) || lex.lexical.has(`${tokens[head]!.lemma} ${p.norm}`)) {
      particle = j;
      j++;
    }
  }
  const h = tokens[head]!;
  let kind: VerbGroup["kind"] = "finite";
  if (infinitive) kind = "infinitive";
  else if (aux.length === 0 && semiModals.length === 0 && h.norm.endsWith("ing"))
    kind = "participle";
  return { start: i, end: j, head, aux, negators, semiModals, particle, kind };
}

export interface NpChunk {
  start: number;
  end: number;
  head: number;
}

export interface NpOptions {
  /** Prepositions whose phrase is taken into the noun phrase ("soldiers from Gondor"). */
  attach: ReadonlySet<string>;
  /** Join coordinated and comma-listed noun phrases ("Gondor and Osgiliath"). */
  coordinate: boolean;
}

/** Whether a noun phrase can start at token `i`. */
export function startsNp(t: Token | undefined): boolean {
  return t !== undefined && NP_POS.has(t.pos) && t.norm !== "that" && t.norm !== "which";
}

function basicNpEnd(tokens: Token[], i: number, limit: number): { end: number; head: number } {
  let j = i;
  let head = -1;
  while (j < limit) {
    const t = tokens[j]!;
    // A relative pronoun ends the noun phrase it follows ("refugees whom we welcome").
    if (j > i && /^(who|whom|whose|which|that)$/.test(t.norm) && t.pos !== "DET") break;
    // A subject pronoun never continues a noun phrase ("out of humanitarian considerations we declared").
    if (j > i && t.pos === "PRON" && /^(i|we|he|she|they)$/.test(t.norm)) break;
    // A determiner only opens a noun phrase: one after a noun starts something else ("France that ...").
    if (t.pos === "DET" && j > i && tokens[j - 1]!.pos !== "PART") break;
    if (t.norm === "(" && j > i) {
      // An acronym in parentheses belongs to the name before it: "the European Union (EU)".
      const close = tokens.findIndex(
        (x, q) => q > j && q < Math.min(limit, j + 6) && x.norm === ")",
      );
      if (close > 0) {
        j = close + 1;
        continue;
      }
      break;
    }
    if (NP_POS.has(t.pos) || (t.pos === "PART" && (t.norm === "'s" || t.norm === "'"))) {
      if (NOMINAL_POS.has(t.pos)) head = j;
      j++;
    } else if (
      j > i &&
      j + 1 < limit &&
      ((t.pos === "ADV" && tokens[j + 1]!.pos === "ADJ") ||
        ((t.pos === "VERB" || (t.pos === "PUNCT" && t.norm === "-")) &&
          NP_POS.has(tokens[j + 1]!.pos) &&
          tokens[j + 1]!.pos !== "DET" &&
          tokens[j + 1]!.pos !== "PRON"))
    ) {
      j++;
    } else break;
    // A personal pronoun is a whole noun phrase; possessives ("its", "our") go on.
    if (t.pos === "PRON" && j - 1 === i && !/^(its|our|my|their|his|her|your)$/.test(t.norm)) break;
  }
  return { end: j, head: head < 0 ? i : head };
}

/** The noun-phrase chunk starting at `i`, extended by attached prepositional phrases and coordination. */
export function nounPhrase(tokens: Token[], i: number, limit: number, opts: NpOptions): NpChunk {
  const first = basicNpEnd(tokens, i, limit);
  let end = first.end;
  for (;;) {
    const t = tokens[end];
    if (end >= limit || !t) break;
    if (
      opts.attach.has(t.norm) &&
      t.pos === "ADP" &&
      startsNp(tokens[end + 1]) &&
      end + 1 < limit
    ) {
      end = basicNpEnd(tokens, end + 1, limit).end;
      continue;
    }
    if (opts.coordinate && (t.pos === "CCONJ" || t.norm === ",")) {
      let k = end + 1;
      if (t.norm === "," && tokens[k]?.pos === "CCONJ") k++;
      const n = tokens[k];
      if (k < limit && n && startsNp(n) && n.pos !== "PRON") {
        const nextEnd = basicNpEnd(tokens, k, limit).end;
        // "X, Y and Z" lists and "X and Y" join; a comma before a verb or a preposition ends it.
        if (nextEnd > k) {
          end = nextEnd;
          continue;
        }
      }
    }
    break;
  }
  return { start: i, end, head: first.head };
}
