/**
 * Chunker: turns each sentence's tokens into clauses (subject, verb group, object, prepositional
 * complements) with shallow rules over POS tags. Subjects are found to the left of a finite verb
 * group, after the nearest clause opener; infinitives and participles take their subject from the
 * clause that controls them; coordinated verbs share their subject.
 */
import { type NpChunk, nounPhrase, parseVerbGroup, startsNp, type VerbGroup } from "../chunks.ts";
import type { Component, DocState } from "../pipeline.ts";
import type { Clause, Phrase, SubjectPhrase, Token } from "../types.ts";
import { PERSONAL_PRONOUNS, QUOTE_CHARS, RELATIVE_PRONOUNS, SUBORDINATORS } from "../words.ts";

const SUBJECT_ATTACH = new Set(["of", "from", "in", "at", "for"]);
const OBJECT_ATTACH = new Set(["of"]);
/** Verbs whose object, not subject, is the subject of a following infinitive ("urged X to ..."). */
const OBJECT_CONTROL = new Set([
  "urge",
  "ask",
  "call",
  "invite",
  "persuade",
  "encourage",
  "press",
  "tell",
  "force",
  "help",
  "allow",
  "order",
  "request",
  "advise",
  "enable",
  "compel",
  "pressure",
  "appeal",
]);

function isBoundary(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.norm === ";" || t.norm === ":" || QUOTE_CHARS.has(t.norm)) return true;
  // "the refugees whom we welcome": a relative pronoun opens the clause whose subject follows it.
  if (
    t.norm === "whom" ||
    t.norm === "whose" ||
    ((t.norm === "which" || t.norm === "who") && t.pos === "PRON")
  )
    return true;
  if (t.norm === "that") {
    // "said that ...", "Philippines and France that ..." open a clause; "until that group" does not.
    if (t.pos === "SCONJ") return true;
    const prev = tokens[k - 1];
    return (
      prev !== undefined &&
      (prev.pos === "VERB" ||
        prev.pos === "NOUN" ||
        prev.pos === "PROPN" ||
        (prev.pos === "ADP" && prev.norm === "with"))
    );
  }
  // "Iran once again reaffirms": "once again"/"once more" is an adverb, not "once" opening a clause.
  if (t.norm === "once" && (tokens[k + 1]?.norm === "again" || tokens[k + 1]?.norm === "more"))
    return false;
  return SUBORDINATORS.has(t.norm) && (t.pos === "SCONJ" || t.pos === "ADP" || t.pos === "ADV");
}

function phrase(doc: DocState, c: NpChunk): Phrase {
  const start = doc.tokens[c.start]!.start;
  const end = doc.tokens[c.end - 1]!.end;
  const head = doc.tokens[c.head]!;
  return { start, end, text: doc.text.slice(start, end), head: c.head, headLemma: head.lemma };
}

function subjectPhrase(doc: DocState, c: NpChunk): SubjectPhrase {
  const p = phrase(doc, c);
  const head = doc.tokens[c.head]!;
  return {
    ...p,
    referent: "unknown",
    pronoun: head.pos === "PRON" && PERSONAL_PRONOUNS.has(head.norm),
  };
}

/** Whether a bare -ed verb after a prepositional object is a reduced relative ("remarks published on"). */
function isReducedRelative(
  tokens: Token[],
  g: VerbGroup,
  s: number,
  finiteBefore: boolean,
): boolean {
  if (g.kind !== "finite" || g.aux.length > 0 || g.negators.length > 0) return false;
  const h = tokens[g.head]!;
  if (h.norm === h.lemma || !/(ed|en|wn)$/.test(h.norm)) return false;
  // "The soldiers, assisted by mercenaries, entered ...": an appositive participle with its agent.
  if (tokens[g.start - 1]?.norm === "," && tokens[g.end]?.norm === "by" && g.start - 1 > s) {
    const n = tokens[g.start - 2]!;
    if (n.pos === "NOUN" || n.pos === "PROPN") return true;
  }
  let k = g.start - 1;
  if (k < s || tokens[k]!.pos !== "NOUN") return false;
  while (
    k >= s &&
    (tokens[k]!.pos === "NOUN" ||
      tokens[k]!.pos === "ADJ" ||
      tokens[k]!.pos === "DET" ||
      tokens[k]!.pos === "PROPN")
  )
    k--;
  const before = tokens[k];
  if (k < s || before === undefined || before.pos !== "ADP" || SUBORDINATORS.has(before.norm))
    return false;
  // "Arnor on Thursday signed": a PP right after the subject is not a reduced relative; one inside
  // a parenthetical ("minister, in remarks published on Monday,") or after a main verb is.
  return finiteBefore || tokens[k - 1]?.norm === ",";
}

interface Draft {
  g: VerbGroup;
  subject: NpChunk | null;
  /** Index (within the sentence's drafts) of the clause the subject is taken from. */
  controller: number | null;
  subjectFromObject: boolean;
}

function findSubject(tokens: Token[], from: number, to: number): NpChunk | null {
  let inPP = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "ADP") {
      inPP = true;
      continue;
    }
    if (t.norm === "," || t.pos === "CCONJ" || t.pos === "PUNCT") {
      inPP = false;
      continue;
    }
    if (startsNp(t)) {
      const np = nounPhrase(tokens, k, to, { attach: SUBJECT_ATTACH, coordinate: true });
      if (!inPP) return np;
      if (np.end === to) {
        // "On 4 July 2019 British forces seized": a dated phrase ends at its last number; what
        // follows it up to the verb is the subject.
        let d = to - 1;
        while (d > k && tokens[d]!.pos !== "NUM") d--;
        if (tokens[d]!.pos === "NUM" && d + 1 < to && startsNp(tokens[d + 1]))
          return nounPhrase(tokens, d + 1, to, { attach: SUBJECT_ATTACH, coordinate: true });
        // "During the past year Iraq has refused": a name right after a common noun, just before
        // the verb, is the subject, not part of the prepositional phrase.
        let n = to;
        while (n - 1 > k && tokens[n - 1]!.pos === "PROPN") n--;
        if (n < to && n > k && tokens[n - 1]!.pos === "NOUN")
          return { start: n, end: to, head: to - 1 };
      }
      k = np.end - 1;
      inPP = false;
    }
  }
  return null;
}

/**
 * wink tags a present-tense verb after a proper name as a plural noun in some sentences ("Iran
 * cooperates with ..."). When a sentence has no verb at all, retag the first such -s noun that
 * follows a name or pronoun and precedes a determiner, preposition or name.
 */
function repairVerbless(tokens: Token[], s: number, e: number): void {
  for (let k = s; k < e; k++) if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return;
  for (let k = s + 1; k < e - 1; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!.pos;
    const next = tokens[k + 1]!.pos;
    if (
      t.pos === "NOUN" &&
      /[^s]s$/.test(t.norm) &&
      (prev === "PROPN" || prev === "PRON") &&
      (next === "DET" || next === "ADP" || next === "PROPN" || next === "PRON")
    ) {
      t.pos = "VERB";
      t.lemma = /(ch|sh|x|ss|o)es$/.test(t.norm)
        ? t.norm.slice(0, -2)
        : /ies$/.test(t.norm)
          ? `${t.norm.slice(0, -3)}y`
          : t.norm.slice(0, -1);
      return;
    }
  }
}

/**
 * A plural noun tagged as a verb right before a real verb ("almost crowds trashed its embassy"):
 * a bare -s "verb" after a non-nominal and followed directly by another finite verb is a noun.
 */
function repairNounVerb(tokens: Token[], s: number, e: number): void {
  for (let k = s; k < e - 1; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    const prev = k > s ? tokens[k - 1]! : undefined;
    // "in a spirit of solidarity, determination and hope.": a bare verb ending a list of nouns.
    if (
      t.pos === "VERB" &&
      t.norm === t.lemma &&
      prev?.pos === "CCONJ" &&
      tokens[k - 2]?.pos === "NOUN" &&
      next.pos === "PUNCT" &&
      /^[.!?;]$/.test(next.norm)
    ) {
      t.pos = "NOUN";
      continue;
    }
    if (
      t.pos === "VERB" &&
      /[^s]s$/.test(t.norm) &&
      next.pos === "VERB" &&
      !next.norm.endsWith("ing") &&
      (prev === undefined ||
        ["DET", "ADJ", "ADV", "ADP", "CCONJ", "SCONJ", "NUM"].includes(prev.pos) ||
        // Inside a capitalised name: "Ministry of Silly Walks condemned".
        (prev.pos === "PROPN" && /^[A-Z]/.test(t.text)))
    ) {
      t.pos = "NOUN";
    }
  }
}

function chunkSentence(doc: DocState, sentence: number, s: number, e: number): void {
  const tokens = doc.tokens;
  repairVerbless(tokens, s, e);
  repairNounVerb(tokens, s, e);
  const groups: VerbGroup[] = [];
  for (let i = s; i < e; ) {
    const g = parseVerbGroup(tokens, i, e);
    if (g) {
      if (
        isReducedRelative(
          tokens,
          g,
          s,
          groups.some((x) => x.kind === "finite"),
        )
      )
        g.kind = "participle";
      groups.push(g);
      i = g.end;
    } else i++;
  }
  const drafts: Draft[] = [];
  let lastFinite = -1;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const d: Draft = { g, subject: null, controller: null, subjectFromObject: false };
    const prevFinite = drafts.findLastIndex((x) => x.g.kind === "finite");
    drafts.push(d);
    const prevEnd = gi > 0 ? groups[gi - 1]!.end : s;
    if (g.kind !== "finite") {
      const prev = gi - 1;
      if (
        g.kind === "participle" &&
        g.start > s &&
        (startsNp(tokens[g.start - 1]) ||
          (tokens[g.start - 1]!.norm === "," && startsNp(tokens[g.start - 2]))) &&
        tokens[g.start - 1]!.pos !== "PRON"
      ) {
        // "the roads leading into Mordor", "the soldiers, assisted by ...": the modified noun is the subject.
        const nEnd = tokens[g.start - 1]!.norm === "," ? g.start - 1 : g.start;
        let k = nEnd - 1;
        while (k > prevEnd && startsNp(tokens[k - 1])) k--;
        d.subject = nounPhrase(tokens, k, nEnd, { attach: SUBJECT_ATTACH, coordinate: false });
      } else if (prev >= 0) {
        d.controller = prev;
        d.subjectFromObject =
          g.kind === "infinitive" && OBJECT_CONTROL.has(tokens[groups[prev]!.head]!.lemma);
      }
      continue;
    }
    const regionStart = lastFinite >= 0 ? groups[lastFinite]!.end : s;
    let k = g.start - 1;
    while (k >= regionStart && tokens[k]!.pos === "ADV") k--;
    const before = k >= regionStart ? tokens[k] : undefined;
    if (before && lastFinite >= 0 && before.pos === "CCONJ") {
      d.controller = prevFinite;
    } else if (
      before &&
      RELATIVE_PRONOUNS.has(before.norm) &&
      (before.pos === "PRON" || before.pos === "DET" || before.pos === "SCONJ")
    ) {
      let a = k - 1;
      if (a >= regionStart && tokens[a]!.norm === ",") a--;
      let b = a;
      while (b >= regionStart && startsNp(tokens[b])) b--;
      if (a > b)
        d.subject = nounPhrase(tokens, b + 1, a + 1, { attach: SUBJECT_ATTACH, coordinate: true });
    } else {
      let from = regionStart;
      for (let j = g.start - 1; j >= regionStart; j--) {
        if (isBoundary(tokens, j)) {
          from = j + 1;
          break;
        }
      }
      // A fronted participle or infinitive clause ("Expressing its satisfaction ..., Iran
      // welcomes"; "Rebuked by Eriador, Osgiliath is ...") ends at the last comma before the subject.
      if (
        from === regionStart &&
        groups.slice(0, gi).some((x) => x.kind !== "finite" && x.start >= regionStart)
      ) {
        for (let j = g.start - 1; j >= regionStart; j--) {
          if (tokens[j]!.norm === "," && findSubject(tokens, j + 1, g.start)) {
            from = j + 1;
            break;
          }
        }
      }
      if (from === regionStart && lastFinite >= 0) {
        // "... with Arnor, the news agency reported": the subject follows the last comma.
        for (let j = g.start - 1; j >= regionStart; j--) {
          if (tokens[j]!.norm === "," && findSubject(tokens, j + 1, g.start)) {
            from = j + 1;
            break;
          }
        }
      }
      let adjacent: NpChunk | null = null;
      {
        // "Mr. President, I would like ...": a pronoun right before the verb, after a comma, is
        // the subject (the name before it is a vocative or an appositive).
        let b = g.start - 1;
        while (b >= from && tokens[b]!.pos === "ADV") b--;
        const t = tokens[b];
        if (
          b > from &&
          t &&
          t.pos === "PRON" &&
          PERSONAL_PRONOUNS.has(t.norm) &&
          tokens[b - 1]!.norm === ","
        ) {
          adjacent = { start: b, end: b + 1, head: b };
        }
      }
      if (!adjacent && from === regionStart && lastFinite >= 0) {
        // No clause opener: the noun phrase right before the verb is its subject ("... said Y attacked Z").
        let b = g.start - 1;
        while (b >= regionStart && tokens[b]!.pos === "ADV") b--;
        if (
          b >= regionStart &&
          (tokens[b]!.pos === "NOUN" || tokens[b]!.pos === "PROPN" || tokens[b]!.pos === "PRON")
        ) {
          let a = b;
          while (a - 1 >= regionStart && startsNp(tokens[a - 1]) && tokens[a - 1]!.pos !== "PRON")
            a--;
          adjacent = nounPhrase(tokens, a, b + 1, { attach: SUBJECT_ATTACH, coordinate: false });
        }
      }
      d.subject = adjacent ?? findSubject(tokens, from, g.start);
    }
    lastFinite = gi;
  }
  emitClauses(doc, drafts, sentence, e);
}

function objectAndComplements(
  doc: DocState,
  g: VerbGroup,
  limit: number,
): { object: NpChunk | null; complements: Array<{ prep: number; np: NpChunk }>; end: number } {
  const tokens = doc.tokens;
  let j = g.end;
  while (j < limit && tokens[j]!.pos === "ADV") j++;
  let object: NpChunk | null = null;
  if (j < limit && startsNp(tokens[j])) {
    object = nounPhrase(tokens, j, limit, { attach: OBJECT_ATTACH, coordinate: true });
    j = object.end;
  } else if (j < limit && tokens[j]!.pos === "ADJ") {
    object = nounPhrase(tokens, j, limit, { attach: OBJECT_ATTACH, coordinate: false });
    j = object.end;
  }
  let end = object ? object.end : g.end;
  const complements: Array<{ prep: number; np: NpChunk }> = [];
  while (j < limit) {
    const t = tokens[j]!;
    if (t.pos === "ADV") {
      j++;
      continue;
    }
    const npAt = startsNp(tokens[j + 1])
      ? j + 1
      : tokens[j + 1]?.pos === "ADV" && startsNp(tokens[j + 2])
        ? j + 2
        : -1;
    if (t.pos === "ADP" && npAt > 0 && npAt < limit && !isBoundary(tokens, j)) {
      const np = nounPhrase(tokens, npAt, limit, { attach: OBJECT_ATTACH, coordinate: true });
      complements.push({ prep: j, np });
      j = np.end;
      end = np.end;
      continue;
    }
    break;
  }
  return { object, complements, end };
}

function emitClauses(doc: DocState, drafts: Draft[], sentence: number, e: number): void {
  const tokens = doc.tokens;
  const base = doc.clauses.length;
  const built: Clause[] = [];
  for (let di = 0; di < drafts.length; di++) {
    const d = drafts[di]!;
    const g = d.g;
    // The object stops where the next clause (or its subject) begins.
    const next = drafts[di + 1];
    let limit = next ? next.g.start : e;
    if (next?.subject && next.subject.start >= g.end) limit = Math.min(limit, next.subject.start);
    const oc = objectAndComplements(doc, g, limit);
    const headTok = tokens[g.head]!;
    const vStart = tokens[g.start]!.start;
    const vEnd = tokens[g.end - 1]!.end;
    const particle = g.particle !== null ? tokens[g.particle]!.norm : undefined;
    let subject: SubjectPhrase | null = d.subject ? subjectPhrase(doc, d.subject) : null;
    let inherited = false;
    if (!subject && d.controller !== null) {
      const c = built[d.controller];
      if (c) {
        subject =
          d.subjectFromObject && c.object
            ? { ...c.object, referent: "unknown", pronoun: false }
            : c.subject;
        inherited = subject !== null;
      }
    }
    const object = oc.object ? phrase(doc, oc.object) : null;
    const complements = oc.complements.map((c) => ({
      ...phrase(doc, c.np),
      preposition: tokens[c.prep]!.text.toLowerCase(),
    }));
    const startTok = d.subject && d.subject.start < g.start ? d.subject.start : g.start;
    const start = tokens[startTok]!.start;
    const end = tokens[Math.max(oc.end, g.end) - 1]!.end;
    const clause: Clause = {
      index: base + di,
      sentence,
      start,
      end,
      subject,
      verb: {
        start: vStart,
        end: vEnd,
        text: doc.text.slice(vStart, vEnd),
        head: g.head,
        lemma: headTok.lemma,
        particle,
        auxiliaries: [...g.aux.map((a) => tokens[a]!.norm), ...g.semiModals],
        isWord: false,
      },
      object,
      complements,
      negated: g.negators.length > 0,
      tense: "present",
      modality: "none",
      voice: "active",
      quoted: false,
      finite: g.kind === "finite",
      nonFinite: g.kind === "finite" ? undefined : g.kind,
      subjectInherited: inherited || undefined,
      controller: d.controller !== null ? base + d.controller : undefined,
      tokenStart: startTok,
      tokenEnd: Math.max(oc.end, g.end),
    };
    built.push(clause);
  }
  for (const c of built) doc.clauses.push(c);
}

export const chunker: Component = {
  name: "chunker",
  requires: ["token.pos", "token.lemma", "sentences"],
  assigns: ["clauses", "clause.subject", "clause.verb", "clause.object", "clause.complements"],
  run(doc) {
    doc.clauses = [];
    for (const sent of doc.sentences) {
      sent.clauseStart = doc.clauses.length;
      chunkSentence(doc, sent.index, sent.tokenStart, sent.tokenEnd);
      sent.clauseEnd = doc.clauses.length;
    }
  },
};
