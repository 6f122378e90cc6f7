import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Corpus } from "../corpus/index.ts";
import { loadDoctrine } from "../doctrine/index.ts";
import { buildBriefing } from "./build.ts";
import { PageBuilder } from "./builder.ts";
import { cleanPassage, spanText } from "./clean.ts";
import { DOCTRINE, testCorpus } from "./testing.ts";
import type { Briefing, ExtractedSentence, TemplatedSentence } from "./types.ts";
import { verifyBriefing } from "./verify.ts";

let corpus: Corpus;
let page: Briefing;
const doctrine = loadDoctrine(DOCTRINE).doctrine;

before(async () => {
  corpus = await testCorpus();
  page = await buildBriefing(corpus, {
    leader: "Ali Khamenei",
    doctrineFile: DOCTRINE,
    record: false,
  });
});
after(() => corpus.close());

const copy = (b: Briefing): Briefing => structuredClone(b);
const sentences = (b: Briefing) => b.sections.flatMap((s) => s.blocks.flatMap((x) => x.sentences));
const firstOf = <K extends "extracted" | "templated">(b: Briefing, kind: K) =>
  sentences(b).find((s) => s.kind === kind) as K extends "extracted"
    ? ExtractedSentence
    : TemplatedSentence;

test("the untouched page verifies", () => {
  const r = verifyBriefing(page, corpus, { doctrine });
  assert.equal(r.ok, true, JSON.stringify(r.issues));
});

test("an injected unsupported sentence is rejected", () => {
  const b = copy(page);
  const kp = b.sections.find((s) => s.id === "key_points")!;
  const real = kp.blocks[0]!.sentences[0] as ExtractedSentence;
  // Same citation and source span, words the source does not contain.
  kp.blocks[0]!.sentences.push({
    ...real,
    text: "He called for the immediate dissolution of the United Nations.",
  });
  const r = verifyBriefing(b, corpus, { doctrine });
  assert.equal(r.ok, false);
  assert.equal(r.issues.length, 1);
  assert.match(r.issues[0]!.reason, /not found at/);
  assert.equal(r.verified, r.sentences - 1);
});

test("a changed word in a quotation is rejected", () => {
  const b = copy(page);
  const s = firstOf(b, "extracted");
  s.text = s.text.replace(/\bdignity\b|\bthe\b/, "NOT");
  assert.match(verifyBriefing(b, corpus).issues[0]!.reason, /not found at/);
});

test("a sentence without a citation, or citing a missing number, is rejected", () => {
  const b = copy(page);
  firstOf(b, "extracted").cites = [];
  assert.match(verifyBriefing(b, corpus).issues[0]!.reason, /no citation/);
  const c = copy(page);
  firstOf(c, "extracted").cites = [999];
  assert.match(verifyBriefing(c, corpus).issues[0]!.reason, /\[999\] does not exist/);
});

test("a quotation cited to a passage that does not hold it is rejected", () => {
  const b = copy(page);
  const ex = sentences(b).filter((s): s is ExtractedSentence => s.kind === "extracted");
  ex[0]!.cites = ex[1]!.cites.slice();
  assert.match(verifyBriefing(b, corpus).issues[0]!.reason, /not inside a cited passage/);
});

test("a wrong attribution is rejected (reporting presented as the leader's own words)", () => {
  const b = copy(page);
  const s = firstOf(b, "extracted");
  s.attribution = { type: "own", label: "Ali Khamenei's own words" };
  assert.match(verifyBriefing(b, corpus).issues[0]!.reason, /attribution should be reported/);
});

test("a citation whose quote no longer matches the stored text is rejected", () => {
  const b = copy(page);
  const c = b.citations.find((x) => x.kind === "passage")!;
  if (c.kind === "passage") c.quote = `${c.quote} (edited)`;
  const r = verifyBriefing(b, corpus);
  assert.ok(r.issues.some((i) => /is not the quoted text/.test(i.reason)));
});

test("a templated sentence must render from its data, and the data must match the doctrine", () => {
  const b = copy(page);
  const t = firstOf(b, "templated");
  t.text = `${t.text.slice(0, -1)} and always will.`;
  assert.match(verifyBriefing(b, corpus).issues[0]!.reason, /renders/);

  const c = copy(page);
  const stance = sentences(c).find(
    (s) => s.kind === "templated" && s.template === "stance",
  ) as TemplatedSentence;
  assert.ok(stance, "the page has a stance sentence");
  stance.data = { ...stance.data, alignment: 0.5 };
  stance.text = stance.text
    .replace("a hostile", "a closely aligned")
    .replace("−0.9 and", "0.5 and");
  const r = verifyBriefing(c, corpus, { doctrine });
  assert.match(r.issues[0]!.reason, /stance toward USA differs/);
});

test("loaded terms in the tool's own words are rejected; inside quotations they are allowed", () => {
  const b = copy(page);
  const kp = b.sections.find((s) => s.id === "key_points")!;
  kp.blocks[0]!.heading = "The martyred leader's triad";
  assert.match(verifyBriefing(b, corpus).issues[0]!.reason, /loaded terms: martyr/);
  kp.blocks[0]!.heading = "The “martyred leader's” triad";
  assert.equal(verifyBriefing(b, corpus).ok, true);
});

test("the generator refuses a sentence that fails, and records why", () => {
  const pb = new PageBuilder(corpus, "Ali Khamenei", doctrine);
  const p = corpus
    .passages("001_dcca0429d434bd18:2", "sentence")
    .find((x) => /three guiding principles/.test(x.text))!;
  const cleaned = cleanPassage(p)!;
  const bad = pb.extracted("test", {
    passage: p,
    cleaned: { ...cleaned, text: `${cleaned.text} Nothing else mattered.` },
  });
  assert.equal(bad, undefined);
  assert.equal(pb.refused.length, 1);
  assert.match(pb.refused[0]!.reason, /not found at/);
  const good = pb.extracted("test", { passage: p, cleaned });
  assert.ok(good);
  const loaded = pb.templated(
    "test",
    "stance",
    { target: "USA", name: "the Great Satan", alignment: -0.9, trust: -0.9 },
    [{ doc: p.docId, start: p.start, end: p.end }],
  );
  assert.equal(loaded, undefined);
  assert.match(pb.refused[1]!.reason, /loaded terms/);
});

test("cleaning cuts a leading connective, records the exact span, and the verifier redoes it", () => {
  const p = corpus
    .passages("000_2d4bdb8508694ecc", "sentence")
    .find((x) => /^However, he has signaled/.test(x.text))!;
  const c = cleanPassage(p)!;
  assert.equal(c.dropped, "However,");
  assert.match(c.text, /^He has signaled that negotiations/);
  assert.deepEqual(c.span.transforms, ["collapse-space", "capitalize"]);
  assert.equal(spanText(corpus.document(p.docId)!.text, c.span), c.text);
  assert.equal(corpus.document(p.docId)!.text.slice(c.span.start, c.span.start + 3), "he ");
});

test("cleaning rejects headings and fragments", () => {
  const ps = corpus.passages("001_dcca0429d434bd18:2", "sentence");
  for (const p of ps) {
    const c = cleanPassage(p);
    if (c) assert.match(c.text, /[.!]["'”’)]*$/);
  }
  const frag = {
    ...ps[5]!,
    text: "by extremist groups to such weapons poses the greatest possible danger to the region.",
  };
  assert.equal(cleanPassage(frag), undefined);
});

test("a malformed sentence fails verification instead of crashing", () => {
  const b = copy(page);
  const s = firstOf(b, "extracted") as unknown as Record<string, unknown>;
  delete s.source;
  assert.match(verifyBriefing(b, corpus).issues[0]!.reason, /malformed sentence/);
});
