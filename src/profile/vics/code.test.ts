import assert from "node:assert/strict";
import { test } from "node:test";
import { loadVicsDictionary } from "../data.ts";
import { fixture } from "../testing/fixture.ts";
import { codeVics } from "./code.ts";

const dict = loadVicsDictionary();

function code(spec: Parameters<typeof fixture>[0]) {
  return codeVics(fixture(spec), dict, { explain: true });
}

test("'will not cooperate' is Oppose, not Appeal", () => {
  const r = code([
    {
      text: "We will not cooperate with them.",
      clauses: [
        {
          subject: "We",
          referent: "self",
          verb: "will not cooperate",
          lemma: "cooperate",
          negated: true,
          tense: "future",
          modality: "future",
          complements: [{ prep: "with", text: "them" }],
        },
      ],
    },
  ]);
  assert.equal(r.utterances.length, 1);
  assert.equal(r.utterances[0]!.category, "oppose");
  assert.equal(r.utterances[0]!.weight, -1);
  assert.match(r.utterances[0]!.rule, /negation:oppose/);
});

test("future and conditional deeds become promises and threats", () => {
  const r = code([
    {
      text: "We will punish the aggressors.",
      clauses: [
        {
          subject: "We",
          referent: "self",
          verb: "will punish",
          lemma: "punish",
          tense: "future",
          modality: "future",
          object: "the aggressors",
        },
      ],
    },
    {
      text: "If they comply, we would lift the sanctions.",
      clauses: [
        {
          subject: "we",
          referent: "self",
          verb: "would lift",
          lemma: "lift",
          modality: "conditional",
          object: "the sanctions",
          objectLemma: "sanction",
        },
      ],
    },
    {
      text: "They attacked our ships.",
      clauses: [
        {
          subject: "They",
          referent: "other",
          verb: "attacked",
          lemma: "attack",
          tense: "past",
          object: "our ships",
        },
      ],
    },
  ]);
  assert.deepEqual(
    r.utterances.map((u) => [u.referent, u.category, u.weight]),
    [
      ["self", "threaten", -2],
      ["self", "promise", 2],
      ["other", "punish", -3],
    ],
  );
  assert.match(r.utterances[0]!.rule, /future-deed:punish->threaten/);
});

test("phrasal, preposition and object keys win over the bare lemma", () => {
  const r = code([
    {
      text: "We call on all states to act.",
      clauses: [
        { subject: "We", referent: "self", verb: "call on", lemma: "call", particle: "on" },
      ],
    },
    {
      text: "They wage war on the region.",
      clauses: [{ subject: "They", referent: "other", verb: "wage", lemma: "wage", object: "war" }],
    },
    {
      text: "We stand with the people.",
      clauses: [
        {
          subject: "We",
          referent: "self",
          verb: "stand",
          lemma: "stand",
          complements: [{ prep: "with", text: "the people" }],
        },
      ],
    },
    {
      text: "They called the meeting.",
      clauses: [
        {
          subject: "They",
          referent: "other",
          verb: "called",
          lemma: "call",
          object: "the meeting",
        },
      ],
    },
  ]);
  assert.deepEqual(
    r.utterances.map((u) => [u.entry, u.category]),
    [
      ["call on", "appeal"],
      ["wage >war", "punish"],
      ["stand with", "appeal"],
    ],
  );
  assert.equal(r.skipped[0]!.reason, "verb not in the VICS dictionary");
});

test("quoted speech, passive voice, unresolved and missing subjects are not coded, with reasons", () => {
  const r = code([
    {
      text: "He said we must attack.",
      quoted: true,
      clauses: [
        {
          subject: "we",
          referent: "self",
          verb: "must attack",
          lemma: "attack",
          modality: "modal",
        },
      ],
    },
    {
      text: "Our cities were bombed.",
      clauses: [
        {
          subject: "Our cities",
          referent: "self",
          verb: "were bombed",
          lemma: "bomb",
          voice: "passive",
        },
      ],
    },
    {
      text: "Somebody helped.",
      clauses: [{ subject: "Somebody", referent: "unknown", verb: "helped", lemma: "help" }],
    },
    { text: "Support peace.", clauses: [{ verb: "Support", lemma: "support" }] },
  ]);
  assert.equal(r.utterances.length, 0);
  assert.deepEqual(
    r.skipped.map((s) => s.reason.split(":")[0]),
    [
      "quoted speech of someone else",
      "passive voice without a resolved agent",
      "subject is neither Self nor Other",
      "no subject",
    ],
  );
});

test("negation overrides: 'cannot ignore' is dropped, 'will not allow' is Oppose", () => {
  const r = code([
    {
      text: "We cannot ignore this.",
      clauses: [
        {
          subject: "We",
          referent: "self",
          verb: "cannot ignore",
          lemma: "ignore",
          negated: true,
          modality: "modal",
        },
      ],
    },
    {
      text: "We will not allow aggression.",
      clauses: [
        {
          subject: "We",
          referent: "self",
          verb: "will not allow",
          lemma: "allow",
          negated: true,
          tense: "future",
          modality: "future",
        },
      ],
    },
    {
      text: "They do not oppose the plan.",
      clauses: [
        {
          subject: "They",
          referent: "other",
          verb: "do not oppose",
          lemma: "oppose",
          negated: true,
        },
      ],
    },
  ]);
  assert.deepEqual(
    r.utterances.map((u) => u.category),
    ["oppose", "appeal"],
  );
  assert.match(r.skipped[0]!.reason, /negation override/);
});

test("modal deeds stay deeds unless recodeModalDeeds is set", () => {
  const a = fixture([
    {
      text: "We must help them.",
      clauses: [
        { subject: "We", referent: "self", verb: "must help", lemma: "help", modality: "modal" },
      ],
    },
  ]);
  assert.equal(codeVics(a, dict).utterances[0]!.category, "reward");
  assert.equal(codeVics(a, dict, { recodeModalDeeds: true }).utterances[0]!.category, "promise");
  assert.equal(
    codeVics(a, dict, { recodeFutureDeeds: false, recodeModalDeeds: true }).utterances[0]!.category,
    "reward",
  );
});

test("a negative determiner on the object negates the act ('poses no threat')", () => {
  const r = code([
    {
      text: "Iran poses no threat to the world.",
      clauses: [
        {
          subject: "Iran",
          referent: "self",
          verb: "poses",
          lemma: "pose",
          object: "no threat",
          objectLemma: "threat",
        },
      ],
    },
  ]);
  assert.equal(r.utterances[0]!.category, "appeal");
  assert.match(r.utterances[0]!.rule, /object-negation/);
});

test("an infinitive deed controlled by an intent verb or a future clause is a promise/threat", () => {
  const r = code([
    {
      text: "We are prepared to assist them.",
      clauses: [
        {
          subject: "We",
          referent: "self",
          verb: "are prepared",
          lemma: "prepare",
          voice: "passive",
        },
        {
          subject: "We",
          referent: "self",
          verb: "to assist",
          lemma: "assist",
          nonFinite: "infinitive",
          controller: 0,
        },
      ],
    },
    {
      text: "They will try to destroy us.",
      clauses: [
        {
          subject: "They",
          referent: "other",
          verb: "will try",
          lemma: "try",
          tense: "future",
          modality: "future",
        },
        {
          subject: "They",
          referent: "other",
          verb: "to destroy",
          lemma: "destroy",
          nonFinite: "infinitive",
          controller: 2,
        },
      ],
    },
    {
      text: "We managed to help them.",
      clauses: [
        { subject: "We", referent: "self", verb: "managed", lemma: "manage", tense: "past" },
        {
          subject: "We",
          referent: "self",
          verb: "to help",
          lemma: "help",
          nonFinite: "infinitive",
          controller: 4,
        },
      ],
    },
  ]);
  assert.deepEqual(
    r.utterances.map((u) => [u.lemma, u.category]),
    [
      ["assist", "promise"],
      ["destroy", "threaten"],
      ["help", "reward"],
    ],
  );
  assert.match(r.utterances[0]!.rule, /intended-deed\(prepare\)/);
  const off = codeVics(
    fixture([
      {
        text: "We are prepared to assist them.",
        clauses: [
          {
            subject: "We",
            referent: "self",
            verb: "are prepared",
            lemma: "prepare",
            voice: "passive",
          },
          {
            subject: "We",
            referent: "self",
            verb: "to assist",
            lemma: "assist",
            nonFinite: "infinitive",
            controller: 0,
          },
        ],
      },
    ]),
    dict,
    { recodeIntendedDeeds: false },
  );
  assert.equal(off.utterances[0]!.category, "reward");
});

test("ignore entries stop the lookup ('fight poverty' is not Punish)", () => {
  const r = code([
    {
      text: "We fight poverty.",
      clauses: [
        { subject: "We", referent: "self", verb: "fight", lemma: "fight", object: "poverty" },
      ],
    },
    {
      text: "We fight terrorists.",
      clauses: [
        {
          subject: "We",
          referent: "self",
          verb: "fight",
          lemma: "fight",
          object: "terrorists",
          objectLemma: "terrorist",
        },
      ],
    },
  ]);
  assert.deepEqual(
    r.utterances.map((u) => u.category),
    ["punish"],
  );
  assert.match(r.skipped[0]!.reason, /ignore entry "fight >poverty"/);
});

test("a passive verb is coded for its resolved agent", () => {
  const r = code([
    {
      text: "Our cities were bombed by Iraq.",
      clauses: [
        {
          subject: "Our cities",
          referent: "self",
          verb: "were bombed",
          lemma: "bomb",
          voice: "passive",
          agent: "Iraq",
          agentReferent: "other",
        },
      ],
    },
  ]);
  assert.equal(r.utterances[0]!.referent, "other");
  assert.equal(r.utterances[0]!.subject, "Iraq");
  assert.equal(r.utterances[0]!.category, "punish");
  assert.match(r.utterances[0]!.rule, /passive-agent/);
  const off = codeVics(
    fixture([
      {
        text: "Our cities were bombed by Iraq.",
        clauses: [
          {
            subject: "Our cities",
            referent: "self",
            verb: "were bombed",
            lemma: "bomb",
            voice: "passive",
            agent: "Iraq",
            agentReferent: "other",
          },
        ],
      },
    ]),
    dict,
    { codePassiveAgents: false },
  );
  assert.equal(off.utterances.length, 0);
});
