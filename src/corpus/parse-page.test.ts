import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parsePage } from "./parse-page.ts";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");
const essayPage = read("../../examples/corpus/seeds/001_dcca0429d434bd18.txt");
const briefing = read("../../examples/corpus/seeds/000_2d4bdb8508694ecc.txt");

test("e-paper page: three items (teaser, essay, photo story), navigation noise dropped", () => {
  const docs = parsePage(essayPage);
  assert.deepEqual(
    docs.map((d) => [d.suffix, d.meta.title]),
    [
      [":1", "A musical portrait of martyred Leader"],
      [":2", "Foreign policy doctrine, strategy of Ayatollah Khamenei"],
      [":3", "Mourners bid farewell to Leader in holy city of Qom"],
    ],
  );
  for (const d of docs) {
    assert.doesNotMatch(d.text, /^\s*(Page\s+)?\d+\s*>\s*$/m, "page-jump markers are gone");
    assert.doesNotMatch(d.text, /^#+/m, "no heading syntax or empty headings remain");
  }
});

test("essay: title, byline, role line and section label become metadata; it is marked continued", () => {
  const essay = parsePage(essayPage)[1]!;
  assert.equal(essay.meta.speaker, "Edris Khosravi");
  assert.equal(essay.meta.post, "Political affairs expert");
  assert.equal(essay.meta.section, "OPINION EXCLUSIVE");
  assert.equal(essay.meta.truncated, true);
  assert.equal(essay.meta.continuedOn, "3");
  assert.ok(!essay.text.includes("Edris Khosravi") && !essay.text.includes("OPINION EXCLUSIVE"));
  const sections = essay.meta.sections as Array<{ title: string; start: number; end: number }>;
  assert.deepEqual(
    sections.map((s) => s.title),
    [
      "Triad of dignity, wisdom, expediency",
      "Rejecting hegemony, pursuing strategic independence",
      "Regional priorities, Axis of Resistance",
      "Looking East, building ties with emerging powers",
    ],
  );
  for (const s of sections) assert.equal(essay.text.slice(s.start, s.end), s.title);
});

test("essay: every sentence of the source's essay body is kept verbatim", () => {
  const essay = parsePage(essayPage)[1]!;
  const body = essayPage.slice(
    essayPage.indexOf("Political scientists"),
    essayPage.indexOf("Page 3 >"),
  );
  const paragraphs = body
    .split("\n")
    .map((l) => l.replace(/^#+\s*/, "").trim())
    .filter(Boolean);
  assert.ok(paragraphs.length >= 20);
  for (const p of paragraphs) assert.ok(essay.text.includes(p), `missing: ${p.slice(0, 60)}`);
});

test("photo story: caption kept, bare link recorded, mid-item page marker not a continuation", () => {
  const story = parsePage(essayPage)[2]!;
  assert.match(story.text, /^People hold a mass funeral procession/);
  assert.deepEqual(story.meta.links, [{ text: "khamenei.ir", href: "http://khamenei.ir" }]);
  assert.equal(story.meta.truncated, undefined);
  assert.deepEqual(story.meta.pageRefs, ["2"]);
  const teaser = parsePage(essayPage)[0]!;
  assert.equal(teaser.text, "Samiei's orchestra turns collective memory into sound");
  assert.equal(teaser.meta.continuedOn, "8");
});

test("briefing: title, the five sections and the five source titles as references", () => {
  const docs = parsePage(briefing);
  assert.equal(docs.length, 1);
  const { meta, text } = docs[0]!;
  assert.equal(meta.title, "Ayatollah Ali Khamenei on Foreign Policy");
  const sections = meta.sections as Array<{
    name: string;
    start: number;
    end: number;
    title: string;
  }>;
  assert.deepEqual(
    sections.map((s) => s.name),
    ["TL;DR", "Key Points", "Summary", "Frequently Asked Questions", "Sources"],
  );
  for (const s of sections) assert.equal(text.slice(s.start, s.end), s.title);
  const refs = meta.references as Array<{ title: string; start: number; end: number }>;
  assert.equal(meta.referencesDeclared, 5);
  assert.deepEqual(
    refs.map((r) => r.title),
    [
      "Features of Iranian Foreign Policy: A Reading of Khamenei's Speech",
      "To Understand Iranian Foreign Policy, Look at Iran's Politics at Home",
      "After Khamenei: Planning for Iran's Leadership Transition",
      "The surreal experience of meeting Khamenei",
      "How Iran's interpretation of the world order affects its foreign policy",
    ],
  );
  for (const r of refs) assert.equal(text.slice(r.start, r.end), r.title);
  assert.equal(meta.referencesNote, "This is not an exhaustive list of sources.");
});

test("plain-text digest page (another layout): capitalised headlines, kickers, running heads", () => {
  const docs = parsePage(read("./fixtures/wire-digest-page.txt"));
  assert.deepEqual(
    docs.map((d) => [
      d.meta.title,
      d.meta.speaker,
      d.meta.section ?? null,
      d.meta.truncated ?? false,
      d.meta.continuedOn ?? null,
    ]),
    [
      ["TALKS ON GRAIN CORRIDOR RESUME IN GENEVA", "Maria Lindqvist", "WORLD", true, "A6"],
      ["PORT AUTHORITY APPROVES NEW FERRY ROUTE", "Tomas Reyes", "REGION", false, null],
      ["CITY COUNCIL DELAYS VOTE ON HARBOUR WALL REPAIRS", "Ann Okafor", null, true, "A4"],
    ],
  );
  assert.equal(docs[0]!.meta.post, "Diplomatic correspondent");
  for (const d of docs) {
    assert.doesNotMatch(d.text, /HARBOUR CHRONICLE|Page 1 of 2|Continued on/);
  }
});

test("Markdown review page (another layout): setext headings, ads, images, back-references", () => {
  const docs = parsePage(read("./fixtures/weekly-review-page.md"));
  assert.deepEqual(
    docs.map((d) => d.meta.title),
    ["Mountain water accord signed after decade of talks", "Museum reopens with restored maps"],
  );
  const [accord, museum] = docs;
  assert.equal(accord!.meta.speaker, "Idris Bello");
  assert.equal(accord!.meta.post, "Staff writer");
  assert.equal(accord!.meta.section, "ANALYSIS");
  assert.equal(accord!.meta.continuedOn, "A7");
  assert.equal(museum!.meta.truncated, undefined, "a back-reference (< 12) is not a continuation");
  assert.equal(
    museum!.text,
    "The national museum reopened its map room after two years of restoration work. Photo: museum archive.",
  );
  assert.doesNotMatch(accord!.text + museum!.text, /Advertisement|!\[|Weekly Review/);
});

test("plain running text stays one document with no invented structure", () => {
  const docs = parsePage(read("../../examples/corpus/ungd/IRN_2013.txt"));
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.suffix, "");
  assert.equal(docs[0]!.meta.sections, undefined);
  assert.match(docs[0]!.text, /^Mr\. President, at the outset, I would like/);
});
