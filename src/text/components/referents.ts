/**
 * Self/Other resolution of clause subjects relative to the speaker: first-person pronouns and
 * possessives ("we", "our nation"), the speaker's own state by name or adjective ("Iran",
 * "the Iranian government"), the speaker's extra self terms and surname are Self; third-person
 * pronouns, other states and other proper names are Other; everything else is unknown.
 */
import { countryMatcher, isCountry, termWords } from "../countries.ts";
import { PhraseMatcher } from "../phrase-matcher.ts";
import type { Component, DocState } from "../pipeline.ts";
import type { SubjectPhrase } from "../types.ts";
import { OTHER_PRONOUNS, PERSONAL_PRONOUNS, SELF_POSSESSIVES, SELF_PRONOUNS } from "../words.ts";

/** Token indices covered by a phrase, found from its head. */
function phraseTokens(doc: DocState, p: SubjectPhrase): [number, number] {
  let a = p.head;
  while (a > 0 && doc.tokens[a - 1]!.start >= p.start) a--;
  let b = p.head + 1;
  while (b < doc.tokens.length && doc.tokens[b]!.end <= p.end) b++;
  return [a, b];
}

/** Words of the phrase's first chunk: "our" in "the enemies of our nation" does not make it Self. */
function headWords(words: string[]): string[] {
  const cut = words.findIndex(
    (w) => w === "of" || w === "from" || w === "in" || w === "at" || w === "for",
  );
  return cut < 0 ? words : words.slice(0, cut);
}

function selfMatcher(doc: DocState): PhraseMatcher<true> | null {
  const sp = doc.options.speaker;
  if (!sp) return null;
  const m = new PhraseMatcher<true>();
  for (const t of sp.selfTerms ?? []) m.add(termWords(t), true);
  if (sp.name) {
    const parts = sp.name.replace(/^(mr|mrs|ms|dr|h\.e\.)\.?\s+/i, "").split(/\s+/);
    const surname = parts[parts.length - 1];
    if (surname && surname.length > 2) m.add([surname.toLowerCase()], true);
  }
  return m.size > 0 ? m : null;
}

interface Resolver {
  country: string | undefined;
  selfM: PhraseMatcher<true> | null;
  cm: ReturnType<typeof countryMatcher>;
}

/** Sets the phrase's referent; returns the CAMEO code of the first country it names, if any. */
function resolve(doc: DocState, r: Resolver, s: SubjectPhrase): string | undefined {
  const [a, b] = phraseTokens(doc, s);
  const words = doc.tokens.slice(a, b).map((t) => t.norm);
  const found = r.cm.findAll(words)[0];
  const head = doc.tokens[s.head]!;
  if (head.pos === "PRON" && (SELF_PRONOUNS.has(head.norm) || OTHER_PRONOUNS.has(head.norm))) {
    s.referent = SELF_PRONOUNS.has(head.norm) ? "self" : "other";
  } else if (r.selfM && r.selfM.findAll(words).length > 0) s.referent = "self";
  else if (headWords(words).some((w) => SELF_POSSESSIVES.has(w))) s.referent = "self";
  else if (found) {
    const self = r.country !== undefined && found.values.some((v) => isCountry(v, r.country!));
    s.referent = self ? "self" : "other";
  } else if (head.pos === "PROPN") s.referent = "other";
  else s.referent = "unknown";
  return found?.values[0]?.code;
}

function run(doc: DocState): void {
  const r: Resolver = {
    country: doc.options.speaker?.country,
    selfM: selfMatcher(doc),
    cm: countryMatcher(),
  };
  const codes = new Map<SubjectPhrase, string | undefined>();
  for (const c of doc.clauses) {
    const s = c.subject;
    if (s) {
      if (!codes.has(s)) codes.set(s, resolve(doc, r, s));
      const code = codes.get(s);
      if (code) c.subjectCountry = code;
    }
    // The agent of a passive ("bombed by Iraq", "sanctions imposed by the Council").
    if (c.voice === "passive") {
      const by = c.complements.find((x) => x.preposition === "by");
      if (by) {
        const agent: SubjectPhrase = {
          start: by.start,
          end: by.end,
          text: by.text,
          head: by.head,
          headLemma: by.headLemma,
          referent: "unknown",
          pronoun: PERSONAL_PRONOUNS.has(doc.tokens[by.head]!.norm),
        };
        resolve(doc, r, agent);
        c.agent = agent;
      }
    }
  }
}

export const referents: Component = {
  name: "referents",
  requires: ["clause.subject", "clause.voice"],
  assigns: ["clause.subject.referent", "clause.agent"],
  run,
};
