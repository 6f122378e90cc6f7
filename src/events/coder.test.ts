import assert from "node:assert/strict";
import { test } from "node:test";
import { EventCoder } from "./coder.ts";
import { DictTrie, entryAt, hyphenSplit, parseDictDate, patternWords } from "./dictionaries.ts";

const GOLD = new URL("../../data/gold/", import.meta.url).pathname;
const coder = new EventCoder({
  actorFiles: [`${GOLD}petrarch2_validation_actors.csv`],
  agentFiles: [`${GOLD}petrarch2_validation_agents.csv`],
});

function triples(text: string, date = "2014-01-01"): string[] {
  return coder
    .code({ docId: "t", text, date })
    .events.map((e) => `${e.source}>${e.target}:${e.code}`)
    .sort();
}

test("TABARI pattern words, stems and dates", () => {
  assert.deepEqual(patternWords("ARNOR_"), { words: ["arnor"], stemLast: false });
  assert.deepEqual(patternWords("CARAS GALADHON"), {
    words: ["caras", "galadhon"],
    stemLast: true,
  });
  assert.equal(parseDictDate("950601"), 19950601);
  assert.equal(parseDictDate("20080120"), 20080120);
  assert.equal(parseDictDate(""), null);
  const t = new DictTrie<string>();
  t.add(["argentin"], true, "ARG");
  t.add(["ent"], true, "ENT");
  assert.equal(t.longestAt(["argentina"], ["argentina"], 0, 1)?.values[0], "ARG");
  assert.equal(t.longestAt(["ents"], ["ent"], 0, 1)?.values[0], "ENT");
  assert.equal(t.longestAt(["enter"], ["enter"], 0, 1), null, "short stems match only themselves");
  const entries = [
    { codes: ["HOB"], from: null, to: null, pattern: "x" },
    { codes: ["HOBGOV"], from: 20121109, to: 20130119, pattern: "x" },
  ];
  assert.equal(entryAt(entries, 20130101)?.codes[0], "HOBGOV");
  assert.equal(entryAt(entries, 20150101)?.codes[0], "HOB");
  assert.equal(entryAt(entries, null)?.codes[0], "HOB");
});

test("who did what to whom: actors, agents and the verb pattern", () => {
  assert.deepEqual(triples("Gondor attacked Mordor on Monday."), ["GON>MOR:190"]);
  assert.deepEqual(triples("Rohan soldiers raided a village in Mordor."), ["ROHMIL>MOR:190"]);
  assert.deepEqual(triples("The government of Gondor praised Rohan."), ["GONGOV>ROH:051"]);
  assert.deepEqual(triples("Gondor sent food to Rohan."), ["GON>ROH:073"]);
});

test("announced and intended acts: cooperative → intent (03x), force → threat (138)", () => {
  assert.deepEqual(triples("Gondor will send food to Rohan."), ["GON>ROH:033"]);
  assert.deepEqual(triples("Gondor is prepared to cooperate with Rohan."), ["GON>ROH:030"]);
  assert.deepEqual(triples("Mordor seeks to invade Gondor."), ["MOR>GON:138"]);
  // "about to" is an imminent act, coded as the act (the TABARI/PETRARCH convention).
  assert.deepEqual(triples("Gondor is about to attack Mordor."), ["GON>MOR:190"]);
});

test("rejection: refuse, reject, and verbs that negate their infinitive", () => {
  assert.deepEqual(triples("Mordor refused the peace plan of Gondor."), ["MOR>GON:127"]);
  assert.deepEqual(triples("Mordor rejected the demands of Gondor."), ["MOR>GON:124"]);
  // The refused act is negated: "refused to withdraw" is a refusal to yield, not a withdrawal.
  assert.deepEqual(triples("Mordor refused to withdraw from Gondor."), ["MOR>GON:124"]);
  assert.deepEqual(triples("Mordor failed to comply with the resolution of Gondor."), [
    "MOR>GON:128",
  ]);
  // With no named target the rejection is still coded, with an empty target.
  assert.deepEqual(triples("Mordor, however, refused even to consider that timetable."), [
    "MOR>:120",
  ]);
});

test("negation: a negated clause codes nothing unless the pattern says otherwise", () => {
  assert.deepEqual(triples("Gondor did not attack Mordor."), []);
  // A refusal to cooperate is a rejection, never cooperation (06x/05x).
  assert.deepEqual(triples("Gondor will not cooperate with Rohan."), ["GON>ROH:120"]);
  assert.deepEqual(triples("Gondor never accepted the plan of Rohan."), ["GON>ROH:127"]);
  assert.deepEqual(triples("Gondor did not support Rohan."), []);
});

test("attacks on places and attacks begun: struck the facilities, began strikes on", () => {
  assert.deepEqual(triples("Gondor struck the military facilities of Mordor."), ["GON>MOR:190"]);
  assert.deepEqual(triples("Gondor began air strikes on Mordor on Monday."), ["GON>MOR:190"]);
  assert.deepEqual(triples("Workers in Gondor went on strike."), []);
});

test("passive voice: the by-agent is the source", () => {
  assert.deepEqual(triples("Mordor was attacked by Gondor."), ["GON>MOR:190"]);
});

test("reported speech: the reported event and the speaker's statement", () => {
  const got = triples("Arnor said Gondor attacked Mordor.");
  assert.ok(got.includes("GON>MOR:190"), got.join(" "));
  assert.ok(got.includes("ARN>:010"), got.join(" "));
  const ev = coder
    .code({ docId: "t", text: "Arnor said Gondor attacked Mordor." })
    .events.find((e) => e.code === "190")!;
  assert.equal(ev.reported, true);
  assert.equal(ev.pattern, "attack");
  assert.deepEqual(ev.sourceText, ["Gondor"]);
  assert.equal(ev.sentenceText, "Arnor said Gondor attacked Mordor.");
});

test("compound actors and mutual actions", () => {
  assert.deepEqual(triples("Gondor and Rohan attacked Mordor."), ["GON>MOR:190", "ROH>MOR:190"]);
  assert.deepEqual(triples("Gondor met Rohan in Bree."), ["GON>ROH:040", "ROH>GON:040"]);
  assert.deepEqual(triples("Gondor visited Rohan."), ["GON>ROH:042", "ROH>GON:043"]);
});

test("one event per (source, code, target) per sentence; Goldstein and quad class attached", () => {
  const r = coder.code({
    docId: "d",
    text: "Gondor attacked Mordor and attacked Mordor again.",
    date: "2014-03-02",
  });
  assert.equal(r.events.length, 1);
  const e = r.events[0]!;
  assert.equal(e.goldstein, -10);
  assert.equal(e.quadClass, 4);
  assert.equal(e.root, "19");
  assert.equal(e.id, "d:0:0");
});

test("explain lists sentences with no event and why", () => {
  const r = coder.code(
    { docId: "d", text: "The weather was fine. Gondor admired Mordor." },
    { explain: true },
  );
  assert.equal(r.events.length, 0);
  assert.equal(r.unmatched.length, 2);
  assert.match(r.unmatched[1]!.reasons.join(" "), /no verb pattern for "admired"/);
});

test("Self as source for first-person statements of a known speaker", () => {
  const c = new EventCoder();
  const r = c.code({
    docId: "s",
    text: "We condemned Israel. My Government welcomed Iraq.",
    speaker: { country: "IRN" },
  });
  const t = r.events.map((e) => `${e.source}>${e.target}:${e.code}`);
  assert.ok(t.includes("IRNGOV>ISR:111"), t.join(" "));
  assert.ok(t.includes("IRNGOV>IRQ:051"), t.join(" "));
});

test("Self: the speaker's state as source and as target", () => {
  const c = new EventCoder();
  const code = (text: string) =>
    c
      .code({ docId: "s", text, speaker: { country: "IRN" } })
      .events.map((e) => `${e.source}>${e.target}:${e.code}`);
  // The condemnation is aimed at the aggressor; the aggression itself is a nominal event.
  assert.deepEqual(code("We condemn the aggression of Iraq against our country."), [
    "IRNGOV>IRQ:111",
    "IRQ>IRN:190",
  ]);
  assert.deepEqual(code("The Islamic Republic of Iran rejects the demands of Iraq."), [
    "IRN>IRQ:124",
  ]);
  assert.deepEqual(code("Iran has always supported Lebanon."), ["IRN>LBN:051"]);
  assert.deepEqual(code("Iraq attacked our country."), ["IRQ>IRN:190"]);
  // Without a speaker "we" is nobody.
  assert.deepEqual(
    c.code({ docId: "s", text: "We condemn Iraq." }).events.map((e) => e.source),
    [],
  );
});

test("nominal events: actors around an event noun", () => {
  assert.deepEqual(triples("The occupation of Rohan by Mordor ended in May."), ["MOR>ROH:192"]);
  assert.deepEqual(triples("Gondor condemned the Mordor invasion of Rohan."), [
    "GON>MOR:111",
    "MOR>ROH:190",
  ]);
  // No named doer, no event.
  assert.deepEqual(triples("The occupation of Rohan ended in May."), []);
});

test("obligations of others are the speaker's demands; the speaker's own are not acts", () => {
  const c = new EventCoder();
  const code = (text: string) =>
    c
      .code({ docId: "o", text, speaker: { country: "IRN" } })
      .events.map((e) => `${e.source}>${e.target}:${e.code}`);
  assert.deepEqual(code("Iraq must withdraw from Kuwait."), ["IRNGOV>IRQ:106"]);
  assert.deepEqual(code("Israel should end the occupation of Lebanon."), ["IRNGOV>ISR:025"]);
  assert.deepEqual(code("We must cooperate with Iraq."), []);
});

test("requests: what is urged or demanded is not done; the request is aimed at the addressee", () => {
  const c = new EventCoder();
  const code = (text: string) =>
    c
      .code({ docId: "r", text, speaker: { country: "IRN" } })
      .events.map((e) => `${e.source}>${e.target}:${e.code}`);
  assert.deepEqual(code("We urge Iraq to withdraw from Kuwait."), ["IRNGOV>IRQ:025"]);
  assert.deepEqual(code("We demand that Israel withdraw from Lebanon."), ["IRNGOV>ISR:106"]);
  // "cannot accept" is a refusal; "can assist" only a possibility; questions assert nothing.
  assert.deepEqual(code("We cannot accept the plan of Iraq."), ["IRNGOV>IRQ:127"]);
  assert.deepEqual(code("The United Nations can assist Afghanistan."), []);
  assert.deepEqual(code("How can the Council support Israel?"), []);
});

test("dictionary entries with hyphens match the split tokens; UN organs by title", () => {
  assert.deepEqual(hyphenSplit(["ban", "ki-moon"]), ["ban", "ki", "-", "moon"]);
  assert.equal(hyphenSplit(["iran"]), null);
  const c = new EventCoder();
  const r = c.code({
    docId: "h",
    text: "I express my appreciation to the Secretary-General. Iran has expanded its relations with Latin America.",
    date: "2012-09-26",
    speaker: { country: "IRN" },
  });
  const t = r.events.map((e) => `${e.source}>${e.target}:${e.code}`);
  assert.ok(t.includes("IRNGOV>IGOUNO:051"), t.join(" "));
  assert.ok(!t.some((x) => x.includes("USA")), t.join(" "));
});
