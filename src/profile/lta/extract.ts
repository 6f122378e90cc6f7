/**
 * LTA extraction: one pass over the text layer's tokens and clauses yielding, for each of
 * Hermann's seven traits, every unit that counts for the trait (positive) or against it, with the
 * rule and dictionary entry that decided. Quoted speech of others is never coded.
 */
import type { Clause, TextAnalysis, Token } from "../../text/types.ts";
import type { LtaLexicon } from "../data.ts";
import type { LtaHit, Trait } from "../types.ts";

const WORD = /\p{L}/u;

/** Alphabetic tokens per sentence, as Hermann and VICS count words. */
export function sentenceWordCounts(a: TextAnalysis): number[] {
  const out = new Array<number>(a.sentences.length).fill(0);
  for (const s of a.sentences) {
    let n = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = a.tokens[i];
      if (t && t.pos !== "PUNCT" && t.pos !== "NUM" && t.pos !== "SYM" && WORD.test(t.text)) n++;
    }
    out[s.index] = n;
  }
  return out;
}

interface PhraseMatch {
  list: string;
  entry: string;
  end: number;
}

/** Longest multi-word entry of the lexicon starting at token i, if any. */
function matchPhrase(tokens: Token[], i: number, stop: number, lex: LtaLexicon): PhraseMatch[] {
  const cands = lex.phrases.get(tokens[i]!.norm);
  if (!cands) return [];
  const out: PhraseMatch[] = [];
  for (const c of cands) {
    if (i + c.words.length > stop) continue;
    let ok = true;
    for (let k = 1; k < c.words.length; k++) {
      const t = tokens[i + k]!;
      if (t.norm !== c.words[k] && t.lemma !== c.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) out.push({ list: c.list, entry: c.entry, end: i + c.words.length });
  }
  return out;
}

function has(set: Set<string>, t: Token): string | null {
  if (set.has(t.lemma)) return t.lemma;
  if (set.has(t.norm)) return t.norm;
  return null;
}

export interface LtaExtractOptions {
  doc?: string;
}

export function extractLta(
  a: TextAnalysis,
  lex: LtaLexicon,
  opts: LtaExtractOptions = {},
): LtaHit[] {
  const hits: LtaHit[] = [];
  const tokens = a.tokens;
  const push = (
    trait: Trait,
    positive: boolean,
    sentence: number,
    start: number,
    end: number,
    rule: string,
    entry?: string,
  ): void => {
    const h: LtaHit = {
      trait,
      positive,
      sentence,
      start,
      end,
      text: a.text.slice(start, end),
      rule,
    };
    if (entry !== undefined) h.entry = entry;
    if (opts.doc !== undefined) h.doc = opts.doc;
    hits.push(h);
  };

  // Clause lookups: by subject head token, and the innermost clause holding each object token.
  const bySubjectHead = new Map<number, Clause>();
  for (const c of a.clauses) if (c.subject) bySubjectHead.set(c.subject.head, c);

  // BACE and PWR: verbs whose subject is the speaker or the speaker's group.
  for (const c of a.clauses) {
    if (c.quoted || !c.subject || c.subject.referent !== "self") continue;
    const lemma = c.verb.lemma.toLowerCase();
    const { start, end } = c.verb;
    if (c.voice === "passive") push("BACE", false, c.sentence, start, end, "bace:passive-verb");
    else if (lex.lowControl.has(lemma)) {
      push("BACE", false, c.sentence, start, end, "bace:low-control-verb", lemma);
    } else push("BACE", true, c.sentence, start, end, "bace:action-verb", lemma);
    if (lex.power.has(lemma)) push("PWR", true, c.sentence, start, end, "pwr:power-verb", lemma);
    else push("PWR", false, c.sentence, start, end, "pwr:other-verb", lemma);
  }

  for (const s of a.sentences) {
    const stop = s.tokenEnd;
    const scAuthority = new Set<number>();
    for (let i = s.tokenStart; i < stop; i++) {
      const t = tokens[i]!;
      if (t.quoted) continue;
      // Multi-word entries (CC, TASK, SC authority phrases); cues are handled in the windows.
      let phraseEnd = -1;
      for (const m of matchPhrase(tokens, i, stop, lex)) {
        const last = tokens[m.end - 1]!;
        if (m.list === "sc-authority") {
          for (let k = i; k < m.end; k++) scAuthority.add(k);
          continue;
        }
        if (t.negated || phraseEnd >= 0) continue;
        if (m.list === "cc-high" || m.list === "cc-low") {
          push(
            "CC",
            m.list === "cc-high",
            s.index,
            t.start,
            last.end,
            `cc:${m.list}-phrase`,
            m.entry,
          );
          phraseEnd = m.end;
        } else if (m.list === "task" || m.list === "gm") {
          push(
            "TASK",
            m.list === "task",
            s.index,
            t.start,
            last.end,
            `task:${m.list}-phrase`,
            m.entry,
          );
          phraseEnd = m.end;
        }
      }
      if (phraseEnd > 0) {
        i = phraseEnd - 1;
        continue;
      }
      if (!t.negated) {
        const hc = has(lex.ccHigh, t);
        const lc = hc ? null : has(lex.ccLow, t);
        if (hc) push("CC", true, s.index, t.start, t.end, "cc:high-word", hc);
        else if (lc) push("CC", false, s.index, t.start, t.end, "cc:low-word", lc);
        const ti = has(lex.task, t);
        const ip = ti ? null : has(lex.groupMaintenance, t);
        if (ti) push("TASK", true, s.index, t.start, t.end, "task:task-word", ti);
        else if (ip)
          push("TASK", false, s.index, t.start, t.end, "task:group-maintenance-word", ip);
      }
    }
    // SC: first-person singular pronouns.
    for (let i = s.tokenStart; i < stop; i++) {
      const t = tokens[i]!;
      if (t.quoted || !lex.scPronouns.has(t.norm)) continue;
      const r = scRule(a, s.clauseStart, s.clauseEnd, i, scAuthority, bySubjectHead, lex);
      push("SC", r.positive, s.index, t.start, t.end, r.rule, r.entry);
    }
    // IGB and DIS: references to the own group and to others.
    for (let i = s.tokenStart; i < stop; i++) {
      const t = tokens[i]!;
      if (t.quoted) continue;
      if (lex.igbRefs.has(t.norm)) igbRef(i, i, i + 1);
      else if (lex.disRefs.has(t.norm)) disRef(i, i, i + 1);
    }
  }
  // Named (non-pronoun) subjects resolved by the text layer, unless they hold a pronoun ref.
  // A subject shared by several clauses ("France wished to host") is one reference.
  const seenSubjects = new Set<string>();
  for (const c of a.clauses) {
    const subj = c.subject;
    if (c.quoted || !subj || subj.pronoun || subj.referent === "unknown") continue;
    const spanKey = `${subj.start}:${subj.end}`;
    if (seenSubjects.has(spanKey)) continue;
    seenSubjects.add(spanKey);
    let lo = subj.head;
    let hi = subj.head;
    while (lo > 0 && tokens[lo - 1]!.start >= subj.start) lo--;
    while (hi + 1 < tokens.length && tokens[hi + 1]!.end <= subj.end) hi++;
    let hasPronounRef = false;
    for (let k = lo; k <= hi; k++) {
      const n = tokens[k]!.norm;
      if (lex.igbRefs.has(n) || lex.disRefs.has(n)) hasPronounRef = true;
    }
    if (hasPronounRef) continue;
    if (subj.referent === "self") igbRef(subj.head, lo, hi + 1);
    else disRef(subj.head, lo, hi + 1);
  }
  return hits;

  function windowCue(
    set: Set<string>,
    list: string,
    head: number,
    lo: number,
    hi: number,
    w: number,
  ): string | null {
    const sent = a.sentences[sentenceOf(head)]!;
    const from = Math.max(sent.tokenStart, lo - w);
    const to = Math.min(sent.tokenEnd, hi + w);
    for (let k = from; k < to; k++) {
      if (k >= lo && k < hi) continue;
      const t = tokens[k]!;
      if (t.negated || t.quoted) continue;
      const e = has(set, t);
      if (e) return e;
      for (const m of matchPhrase(tokens, k, to, lex)) if (m.list === list) return m.entry;
    }
    return null;
  }

  function igbRef(head: number, lo: number, hi: number): void {
    const t0 = tokens[lo]!;
    const t1 = tokens[hi - 1]!;
    const sentence = sentenceOf(head);
    const cue = windowCue(lex.igbCues, "igb-cue", head, lo, hi, lex.raw.igb.window);
    if (cue) push("IGB", true, sentence, t0.start, t1.end, "igb:favourable-cue", cue);
    else push("IGB", false, sentence, t0.start, t1.end, "igb:plain-reference");
  }

  function disRef(head: number, lo: number, hi: number): void {
    const t0 = tokens[lo]!;
    const t1 = tokens[hi - 1]!;
    const sentence = sentenceOf(head);
    const c = bySubjectHead.get(head);
    const lemma = c?.verb.lemma.toLowerCase();
    if (c && !c.negated && !c.quoted && lemma && lex.disVerbs.has(lemma)) {
      push("DIS", true, sentence, t0.start, t1.end, "dis:harmful-verb", lemma);
      return;
    }
    const cue = windowCue(lex.disCues, "dis-cue", head, lo, hi, lex.raw.dis.window);
    if (cue) push("DIS", true, sentence, t0.start, t1.end, "dis:distrust-cue", cue);
    else push("DIS", false, sentence, t0.start, t1.end, "dis:plain-reference");
  }

  function sentenceOf(tokenIndex: number): number {
    // Binary search over sentences' token ranges.
    let lo = 0;
    let hi = a.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (a.sentences[mid]!.tokenStart <= tokenIndex) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function scRule(
  a: TextAnalysis,
  clauseStart: number,
  clauseEnd: number,
  i: number,
  authority: Set<number>,
  bySubjectHead: Map<number, Clause>,
  lex: LtaLexicon,
): { positive: boolean; rule: string; entry?: string } {
  const t = a.tokens[i]!;
  if (authority.has(i)) return { positive: true, rule: "sc:authority-phrase" };
  if (t.norm === "i") {
    const c = bySubjectHead.get(i);
    if (!c) return { positive: false, rule: "sc:other-use" };
    const lemma = c.verb.lemma.toLowerCase();
    if (lex.scAuthorityVerbs.has(lemma))
      return { positive: true, rule: "sc:authority-verb", entry: lemma };
    if (c.voice === "active" && !c.negated && !lex.lowControl.has(lemma)) {
      return { positive: true, rule: "sc:instigator", entry: lemma };
    }
    return { positive: false, rule: "sc:other-use", entry: lemma };
  }
  if (t.norm === "my") {
    for (let k = i + 1; k <= i + 2 && k < a.tokens.length; k++) {
      const n = a.tokens[k]!;
      if (lex.scOwnedNouns.has(n.lemma) || lex.scOwnedNouns.has(n.norm)) {
        return { positive: true, rule: "sc:owned-noun", entry: n.lemma };
      }
      if (n.pos !== "ADJ") break;
    }
    return { positive: false, rule: "sc:other-use" };
  }
  if (t.norm === "me") {
    for (let ci = clauseStart; ci < clauseEnd; ci++) {
      const c = a.clauses[ci]!;
      if (c.object && c.object.start <= t.start && t.end <= c.object.end) {
        const lemma = c.verb.lemma.toLowerCase();
        if (lex.scRecipientVerbs.has(lemma) && !c.negated) {
          return { positive: true, rule: "sc:recipient", entry: lemma };
        }
      }
    }
  }
  return { positive: false, rule: "sc:other-use" };
}
