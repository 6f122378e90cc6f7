import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Corpus } from "../corpus/index.ts";
import { buildBriefing } from "./build.ts";
import { renderMarkdown } from "./render.ts";
import { DOCTRINE, testCorpus } from "./testing.ts";
import type { TemplatedSentence } from "./types.ts";
import { verifyBriefing } from "./verify.ts";

let corpus: Corpus;
before(async () => {
  corpus = await testCorpus();
});
after(() => corpus.close());

const record = (b: Awaited<ReturnType<typeof buildBriefing>>) =>
  b.sections.find((s) => s.id === "record");

test("profile and record: operational code and traits with intervals and sample sizes, cited to the leader's own statements", async () => {
  const b = await buildBriefing(corpus, {
    leader: "Hassan Rouhani",
    recordOptions: { replicates: 100, seed: 3 },
  });
  const sec = record(b);
  assert.ok(sec, "record section present");
  const ts = sec.blocks.flatMap((x) => x.sentences) as TemplatedSentence[];
  const vics = ts.filter((s) => s.template === "vics");
  const lta = ts.filter((s) => s.template === "lta");
  assert.ok(vics.length >= 1 && lta.length >= 1);
  for (const s of [...vics, ...lta]) {
    assert.match(s.text, /95% bootstrap interval of -?−?\d/);
    assert.ok(typeof s.data.lo === "number" && typeof s.data.hi === "number");
    assert.ok(
      (s.data.lo as number) <= (s.data.value as number) &&
        (s.data.value as number) <= (s.data.hi as number),
    );
    assert.ok(Number(s.data.n ?? s.data.units) > 0, "sample size stated");
  }
  const cited = new Set(
    vics[0]!.cites
      .map((n) => b.citations.find((c) => c.n === n)!)
      .map((c) => (c.kind === "passage" ? c.doc : "")),
  );
  assert.deepEqual([...cited].sort(), ["IRN_2013", "IRN_2014", "IRN_2015"]);
  assert.deepEqual(verifyBriefing(b, corpus).issues, []);
  assert.match(renderMarkdown(b), /## Profile and record/);
});

test("profile and record: the doctrine's backtest figures cite the fit file", async () => {
  const b = await buildBriefing(corpus, {
    leader: "Ali Khamenei",
    doctrineFile: DOCTRINE,
    recordOptions: { replicates: 50 },
  });
  const ts = record(b)!.blocks.flatMap((x) => x.sentences) as TemplatedSentence[];
  const bt = ts.find((s) => s.template === "backtest");
  if (!bt) {
    // The decide module's fit file is not there (or is for another doctrine): the section says so.
    assert.ok(record(b)!.notes?.some((n) => /backtest/.test(n)));
    return;
  }
  assert.match(bt.text, /on \d+ labelled decisions/);
  const c = b.citations.find((x) => x.n === bt.cites[0]);
  assert.ok(c?.kind === "data" && c.file === "data/decide/fit.json");
  assert.deepEqual(verifyBriefing(b, corpus).issues, []);
  // Changing a figure is caught against the fit file.
  const bad = structuredClone(b);
  const s = bad.sections
    .flatMap((x) => x.blocks.flatMap((y) => y.sentences))
    .find((x) => x.kind === "templated" && x.template === "backtest") as TemplatedSentence;
  s.data = { ...s.data, accuracy: 0.99 };
  s.text = s.text.replace(/accuracy is [\d.]+/, "accuracy is 0.99");
  assert.match(verifyBriefing(bad, corpus).issues[0]!.reason, /differ from data\/decide\/fit.json/);
});

test("profile and record degrades to a note when the leader's own words are not in the selection", async () => {
  const b = await buildBriefing(corpus, { leader: "Ali Khamenei", from: "2000" });
  assert.ok(b.sources.every((s) => s.attribution === "reported"));
  const sec = record(b)!;
  assert.ok(sec.notes?.some((n) => /none of the leader's own words/.test(n)));
  assert.deepEqual(verifyBriefing(b, corpus).issues, []);
});

test("an unknown leader is a coded error", async () => {
  await assert.rejects(buildBriefing(corpus, { leader: "Nobody Atall" }), {
    code: "SC_BRIEF_NO_DOCUMENTS",
  });
});
