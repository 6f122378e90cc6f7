import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { analyze } from "./index.ts";
import type { Clause, TextAnalysis } from "./types.ts";

const IRAN = { speaker: { country: "IRN", name: "Hassan Rouhani" } };

function clauseOf(a: TextAnalysis, lemma: string): Clause {
  const c = a.clauses.find((x) => x.verb.lemma === lemma);
  assert.ok(c, `no clause with verb "${lemma}" in: ${a.text}`);
  return c;
}

test("negation: 'will not cooperate' is negated future", () => {
  const c = clauseOf(analyze("We will not cooperate with the United States."), "cooperate");
  assert.equal(c.negated, true);
  assert.equal(c.tense, "future");
  assert.equal(c.modality, "future");
  assert.equal(c.verb.text, "will not cooperate");
  assert.deepEqual(
    c.complements.map((x) => [x.preposition, x.text]),
    [["with", "the United States"]],
  );
  const a = analyze("They never attacked anyone, and we did not respond.");
  assert.equal(clauseOf(a, "attack").negated, true);
  assert.equal(clauseOf(a, "respond").negated, true);
  assert.equal(analyze("Iran cooperates with the agency.").clauses[0]!.negated, false);
});

test("negation reaches infinitive complements and or/nor coordination", () => {
  const a = analyze("Gondor did not agree to attack Mordor.");
  assert.equal(clauseOf(a, "attack").negated, true);
  const b = analyze("The nation will never forget or forgive those crimes.");
  assert.equal(clauseOf(b, "forgive").negated, true);
  const c = analyze("Iran did not attack and instead negotiated.");
  assert.equal(clauseOf(c, "negotiate").negated, false);
});

test("a past-participle modifier is passive", () => {
  const a = analyze("The soldiers, assisted by mercenaries, entered the town.");
  const assist = clauseOf(a, "assist");
  assert.equal(assist.voice, "passive");
  assert.equal(assist.complements[0]?.preposition, "by");
});

test("infinitives take time and mood from their governor; passive agents get a referent", () => {
  const a = analyze("We are prepared to help Iraq. We will begin to bring peace.", IRAN);
  const help = clauseOf(a, "help");
  assert.equal(help.controller, clauseOf(a, "prepare").index);
  assert.equal(help.tense, "future");
  assert.equal(help.subject?.referent, "self");
  assert.equal(clauseOf(a, "bring").modality, "future");
  const b = analyze("Our cities were bombed by Iraq.", IRAN);
  const bomb = clauseOf(b, "bomb");
  assert.equal(bomb.subject?.referent, "self");
  assert.equal(bomb.agent?.text, "Iraq");
  assert.equal(bomb.agent?.referent, "other");
});

test("relative clauses: the subject after the relative pronoun", () => {
  const a = analyze("This is the number of refugees whom we welcome.", IRAN);
  assert.equal(clauseOf(a, "welcome").subject?.text, "we");
  assert.equal(clauseOf(a, "be").object?.text, "the number of refugees");
});

test("lemmas: unknown inflections are stripped, base forms are kept", () => {
  const a = analyze("They will bring aid. We need peace. Soldiers cordoned off the area.");
  assert.ok(a.clauses.some((c) => c.verb.lemma === "bring"));
  assert.ok(a.clauses.some((c) => c.verb.lemma === "need"));
  assert.ok(a.clauses.some((c) => c.verb.lemma === "cordon"));
});

test("paragraphs from blank lines or given spans", () => {
  const text = "First one. Second one.\n\nThird one.\n\n\nFourth.";
  const a = analyze(text);
  assert.deepEqual(
    a.paragraphs?.map((p) => [text.slice(p.start, p.end), p.sentenceEnd - p.sentenceStart]),
    [
      ["First one. Second one.", 2],
      ["Third one.", 1],
      ["Fourth.", 1],
    ],
  );
  const b = analyze(text, {
    paragraphs: [
      { start: 0, end: 34 },
      { start: 37, end: text.length },
    ],
  });
  assert.equal(b.paragraphs?.length, 2);
  assert.equal(b.paragraphs?.[0]?.sentenceEnd, 3);
});

test("future and conditional modality", () => {
  const a = analyze("If they attack us, we would respond with force.");
  assert.equal(clauseOf(a, "attack").modality, "conditional");
  assert.equal(clauseOf(a, "respond").modality, "conditional");
  assert.equal(
    clauseOf(analyze("Arnor is about to restore ties with Gondor."), "restore").modality,
    "future",
  );
  assert.equal(clauseOf(analyze("The talks are going to resume."), "resume").tense, "future");
  assert.equal(clauseOf(analyze("Iran must defend itself."), "defend").modality, "modal");
  const past = clauseOf(analyze("Iran signed the agreement."), "sign");
  assert.equal(past.tense, "past");
  assert.equal(past.modality, "none");
});

test("passive voice keeps the surface subject and the by-agent", () => {
  const c = clauseOf(analyze("The embassy was attacked by protesters."), "attack");
  assert.equal(c.voice, "passive");
  assert.equal(c.subject?.text, "The embassy");
  assert.equal(c.complements[0]?.preposition, "by");
  assert.equal(c.complements[0]?.text, "protesters");
  assert.equal(clauseOf(analyze("Protesters attacked the embassy."), "attack").voice, "active");
});

test("phrasal verbs carry their particle", () => {
  const a = analyze("The government gave up its nuclear plan.");
  const c = clauseOf(a, "give");
  assert.equal(c.verb.particle, "up");
  assert.equal(c.verb.text, "gave up");
  assert.equal(c.object?.text, "its nuclear plan");
  const b = clauseOf(analyze("Soldiers from Gondor have cordoned off the roads."), "cordon");
  assert.equal(b.verb.particle, "off");
  assert.equal(b.subject?.text, "Soldiers from Gondor");
});

test("quoted speech of others is not the speaker's", () => {
  const a = analyze(
    'The minister said: "We will destroy them." Iran has always sought peace.',
    IRAN,
  );
  const destroy = clauseOf(a, "destroy");
  assert.equal(destroy.quoted, true);
  assert.equal(destroy.reportedBy, clauseOf(a, "say").index);
  assert.equal(clauseOf(a, "seek").quoted, false);
  const we = a.tokens.find((t) => t.text === "We")!;
  assert.equal(we.quoted, true);
  // A scare-quoted noun does not make the clause quoted.
  const b = analyze('We reject the so-called "sanctions" regime.', IRAN);
  assert.equal(clauseOf(b, "reject").quoted, false);
});

test("reported speech links the reported clause to the clause of saying", () => {
  const a = analyze("Gondor said Osgiliath attacked Rohan.");
  const att = clauseOf(a, "attack");
  assert.equal(att.subject?.text, "Osgiliath");
  assert.equal(att.object?.text, "Rohan");
  assert.equal(att.reportedBy, clauseOf(a, "say").index);
  const b = analyze("Arnor signed a trade protocol with Dagolath, officials said.");
  assert.equal(clauseOf(b, "sign").reportedBy, clauseOf(b, "say").index);
});

test("Self and Other referents for an Iranian speaker", () => {
  const a = analyze(
    "We reject these demands. Our nation will resist. Iran seeks peace. The Iranian people voted. The United States imposed sanctions. They failed. Rouhani spoke.",
    IRAN,
  );
  const ref = (lemma: string) => clauseOf(a, lemma).subject?.referent;
  assert.equal(ref("reject"), "self");
  assert.equal(ref("resist"), "self");
  assert.equal(ref("seek"), "self");
  assert.equal(ref("vote"), "self");
  assert.equal(ref("impose"), "other");
  assert.equal(ref("fail"), "other");
  assert.equal(ref("speak"), "self");
  assert.equal(clauseOf(a, "impose").subjectCountry, "USA");
  // Without a speaker, "Iran" is just another state.
  assert.equal(clauseOf(analyze("Iran seeks peace."), "seek").subject?.referent, "other");
  const extra = analyze("The Islamic Republic remains committed.", {
    speaker: { country: "IRN", selfTerms: ["Islamic Republic"] },
  });
  assert.equal(extra.clauses[0]?.subject?.referent, "self");
});

test("words and deeds", () => {
  const a = analyze("Iran condemned the attack and sent troops.");
  assert.equal(clauseOf(a, "condemn").verb.isWord, true);
  assert.equal(clauseOf(a, "send").verb.isWord, false);
  assert.equal(clauseOf(a, "send").subjectInherited, true);
  assert.equal(clauseOf(a, "send").subject?.text, "Iran");
});

test("given sentence spans are used as they are", () => {
  const text = "First part. Second part here. Third.";
  const a = analyze(text, {
    sentences: [
      { start: 0, end: 29 },
      { start: 30, end: 36 },
    ],
  });
  assert.equal(a.sentences.length, 2);
  assert.equal(a.sentences[0]!.text, "First part. Second part here.");
  assert.equal(a.sentences[1]!.text, "Third.");
  assert.throws(
    () => analyze("abc", { sentences: [{ start: 0, end: 9 }] }),
    /SC_TEXT_BAD_SPAN|outside/,
  );
});

test("word count excludes punctuation, numbers and contraction pieces", () => {
  assert.equal(analyze("We won't go, in 2013, to Paris!").wordCount, 6);
});

const piece = fc.constantFrom(
  "Iran",
  "we",
  "will",
  "not",
  "cooperate",
  "with",
  "the",
  "U.S.",
  "said",
  '"',
  "“",
  "”",
  "‘",
  "’",
  "'s",
  "n't",
  ",",
  ".",
  "!",
  "?",
  "\n",
  "\n\n",
  "  ",
  "\t",
  "é",
  "naïve",
  "—",
  "…",
  "🙂",
  "3.5%",
  "e-mail",
  "(",
  ")",
  "Mr.",
  "attacked",
  "by",
  "if",
  "would",
  "gave",
  "up",
  "ﬁ",
  "Ωmega",
  "\u00a0",
  "\r\n",
);

test("property: every offset is a true slice of the text", () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }),
      fc.array(fc.constantFrom(" ", "", "  ")),
      (parts, seps) => {
        const text = parts.map((p, i) => p + (seps[i % Math.max(1, seps.length)] ?? " ")).join("");
        const a = analyze(text);
        for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.text);
        for (const s of a.sentences) assert.equal(text.slice(s.start, s.end), s.text);
        for (const c of a.clauses) {
          assert.equal(text.slice(c.verb.start, c.verb.end), c.verb.text);
          for (const p of [c.subject, c.object, ...c.complements]) {
            if (p) assert.equal(text.slice(p.start, p.end), p.text);
          }
          assert.ok(c.start <= c.end && c.end <= text.length);
        }
      },
    ),
    { numRuns: 300, seed: 42 },
  );
});

test("subjects after fronted phrases: 'once again', a subject pronoun, a name after a time phrase", () => {
  const a = analyze(
    "The Islamic Republic of Iran once again reaffirms its commitment. Out of humanitarian considerations we have declared a truce. During the past year Iraq has refused to withdraw.",
    IRAN,
  );
  assert.equal(clauseOf(a, "reaffirm").subject?.text, "The Islamic Republic of Iran");
  assert.equal(clauseOf(a, "declare").subject?.text, "we");
  assert.equal(clauseOf(a, "refuse").subject?.text, "Iraq");
});

test("subjects after a fronted date: the phrase ends at its last number", () => {
  const a = analyze(
    "On 4 July 2019 British forces seized the tanker. In 1990 the two governments restored relations.",
    IRAN,
  );
  assert.equal(clauseOf(a, "seize").subject?.text, "British forces");
  assert.equal(clauseOf(a, "restore").subject?.text, "the two governments");
});
