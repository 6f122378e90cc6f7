import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLtaLexicon } from "../data.ts";
import { fixture } from "../testing/fixture.ts";
import type { LtaHit, Trait } from "../types.ts";
import { extractLta } from "./extract.ts";

const lex = loadLtaLexicon();
const of = (hits: LtaHit[], t: Trait) =>
  hits.filter((h) => h.trait === t).map((h) => [h.text, h.positive, h.rule]);

test("TASK: task and group-maintenance words; negated and quoted words are skipped (leadeR's examples)", () => {
  const a = fixture([
    { text: "We must develop a better plan to solve this issue.", lemmas: { develop: "develop" } },
    { text: "We appreciate your cooperation and support." },
    { text: "We will not attempt to solve this problem.", negated: ["solve", "problem"] },
    { text: "He said, 'We must work together and hope for peace.'", quoted: true },
  ]);
  const h = of(extractLta(a, lex), "TASK");
  assert.deepEqual(
    h.map((x) => [x[0], x[1]]),
    [
      ["develop", true],
      ["plan", true],
      ["solve", true],
      ["appreciate", false],
      ["cooperation", false],
    ],
  );
});

test("CC: high and low words, phrases, negation", () => {
  const a = fixture([
    { text: "Perhaps there is, for example, another possibility." },
    { text: "This is absolutely and without a doubt irreversible." },
    { text: "It is not certainly so.", negated: ["certainly"] },
  ]);
  const h = of(extractLta(a, lex), "CC");
  assert.deepEqual(
    h.map((x) => [x[0], x[1]]),
    [
      ["Perhaps", true],
      ["for example", true],
      ["possibility", true],
      ["absolutely", false],
      ["without a doubt", false],
      ["irreversible", false],
    ],
  );
});

test("BACE and PWR: Self verbs only; action vs low-control; power verbs", () => {
  const a = fixture([
    {
      text: "We launched the plan and we believe in it; they attack us.",
      clauses: [
        { subject: "We", referent: "self", verb: "launched", lemma: "launch" },
        { subject: "we", referent: "self", verb: "believe", lemma: "believe" },
        { subject: "they", referent: "other", verb: "attack", lemma: "attack" },
      ],
    },
    {
      text: "We demand their withdrawal.",
      clauses: [{ subject: "We", referent: "self", verb: "demand", lemma: "demand" }],
    },
  ]);
  const hits = extractLta(a, lex);
  assert.deepEqual(
    of(hits, "BACE").map((x) => [x[0], x[1]]),
    [
      ["launched", true],
      ["believe", false],
      ["demand", true],
    ],
  );
  assert.deepEqual(
    of(hits, "PWR").map((x) => [x[0], x[1]]),
    [
      ["launched", false],
      ["believe", false],
      ["demand", true],
    ],
  );
});

test("SC: instigator, authority and recipient uses of I/me/my", () => {
  const a = fixture([
    {
      text: "I launched this initiative.",
      clauses: [{ subject: "I", referent: "self", verb: "launched", lemma: "launch" }],
    },
    { text: "Let me explain.", clauses: [{ verb: "explain", lemma: "explain" }] },
    { text: "My proposal is clear.", lemmas: { proposal: "proposal" } },
    {
      text: "They elected me.",
      clauses: [
        { subject: "They", referent: "other", verb: "elected", lemma: "elect", object: "me" },
      ],
    },
    {
      text: "I think so.",
      clauses: [{ subject: "I", referent: "self", verb: "think", lemma: "think" }],
    },
    { text: "It was given to my brother." },
  ]);
  const h = of(extractLta(a, lex), "SC");
  assert.deepEqual(
    h.map((x) => [x[0], x[1], x[2]]),
    [
      ["I", true, "sc:instigator"],
      ["me", true, "sc:authority-phrase"],
      ["My", true, "sc:owned-noun"],
      ["me", true, "sc:recipient"],
      ["I", false, "sc:other-use"],
      ["my", false, "sc:other-use"],
    ],
  );
});

test("IGB and DIS: own-group and other references with cues in the window", () => {
  const a = fixture([
    { text: "We are a proud and independent nation." },
    { text: "We met yesterday." },
    {
      text: "They deceive the world; their so-called talks are a pretext.",
      clauses: [{ subject: "They", referent: "other", verb: "deceive", lemma: "deceive" }],
    },
    {
      text: "Russia signed the treaty.",
      clauses: [{ subject: "Russia", referent: "other", verb: "signed", lemma: "sign" }],
    },
    {
      text: "Iran remains strong.",
      clauses: [{ subject: "Iran", referent: "self", verb: "remains", lemma: "remain" }],
    },
  ]);
  const hits = extractLta(a, lex);
  assert.deepEqual(
    of(hits, "IGB").map((x) => [x[0], x[1]]),
    [
      ["We", true],
      ["We", false],
      ["Iran", true],
    ],
  );
  assert.deepEqual(
    of(hits, "DIS").map((x) => [x[0], x[1], x[2]]),
    [
      ["They", true, "dis:harmful-verb"],
      ["their", true, "dis:distrust-cue"],
      ["Russia", false, "dis:plain-reference"],
    ],
  );
});

test("a subject shared by two clauses is one own-group reference", () => {
  const a = fixture([
    {
      text: "France wished to host the conference.",
      clauses: [
        { subject: "France", referent: "self", verb: "wished", lemma: "wish" },
        { subject: "France", referent: "self", verb: "to host", lemma: "host" },
      ],
    },
  ]);
  const igb = extractLta(a, lex).filter((h) => h.trait === "IGB");
  assert.equal(igb.length, 1);
});
