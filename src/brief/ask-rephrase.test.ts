import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import type { Corpus } from "../corpus/index.ts";
import { ask, questionTerms } from "./ask.ts";
import { openAiRephraser } from "./rephrase.ts";
import { testCorpus } from "./testing.ts";
import type { Briefing } from "./types.ts";
import { verifyBriefing } from "./verify.ts";

let corpus: Corpus;
before(async () => {
  corpus = await testCorpus();
});
after(() => corpus.close());

const sentences = (b: Briefing) => b.sections.flatMap((s) => s.blocks.flatMap((x) => x.sentences));

test("question terms drop question words and the speaker's name", () => {
  assert.deepEqual(questionTerms("What did Rouhani say about sanctions?", "Rouhani"), [
    "sanctions",
  ]);
  assert.deepEqual(questionTerms('How does Iran see "strategic depth" and Russia?'), [
    '"strategic depth"',
    "iran",
    "see",
    "russia",
  ]);
});

test("ask answers from the corpus with cited, verified passages", async () => {
  const b = await ask(corpus, "What did Rouhani say about sanctions?", {
    speaker: "Rouhani",
    limit: 4,
  });
  assert.equal(b.kind, "answer");
  const ss = sentences(b);
  assert.ok(ss.length >= 2 && ss.length <= 4);
  for (const s of ss) {
    assert.equal(s.kind, "extracted");
    assert.match(s.text, /sanction/i);
    assert.ok(s.kind === "extracted" && s.attribution.type === "own");
    assert.ok(s.cites.length >= 1);
  }
  assert.deepEqual(verifyBriefing(b, corpus).issues, []);
  const all = await ask(corpus, "heroic flexibility");
  assert.ok(sentences(all).some((s) => /heroic flexibility/.test(s.text)));
  assert.ok(
    sentences(all).every((s) => s.kind === "extracted" && s.attribution.type === "document"),
  );
});

test("ask with no content words is a coded error", async () => {
  await assert.rejects(ask(corpus, "what is the?"), { code: "SC_BRIEF_EMPTY_QUESTION" });
});

/** A tiny OpenAI-compatible endpoint: every other request gets a faithful shortening, the rest an embellishment. */
function fakeModel(
  mode: "mixed" | "fail",
): Promise<{ server: Server; url: string; calls: () => number }> {
  let n = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => {
      body += d;
    });
    req.on("end", () => {
      n++;
      if (mode === "fail" || req.url !== "/v1/chat/completions") {
        res.writeHead(500).end("boom");
        return;
      }
      const text: string = JSON.parse(body).messages.at(-1).content;
      // Faithful: the sentence's own first clause. Unfaithful: a claim the source does not make.
      const content =
        n % 2 === 1
          ? `${text.split(/[,;:]/)[0]!.replace(/[.!?]$/, "")}.`
          : "The martyr leader promised total victory over all enemies.";
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content } }] }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ server, url: `http://127.0.0.1:${port}/v1`, calls: () => n });
    }),
  );
}

test("abstractive mode: verified rephrasings replace quotations, failing ones fall back to the quotation", async () => {
  const { server, url, calls } = await fakeModel("mixed");
  try {
    const rephraser = openAiRephraser({ url, model: "fake-1" });
    const b = await ask(corpus, "sanctions", { speaker: "Rouhani", limit: 4, rephraser });
    const ss = sentences(b);
    assert.equal(calls(), ss.length);
    const re = ss.filter((s) => s.kind === "rephrased");
    const kept = ss.filter((s) => s.kind === "extracted");
    assert.ok(re.length >= 1, "some rephrasings pass");
    assert.ok(kept.length >= 1, "some fall back");
    for (const s of re)
      assert.ok(
        s.kind === "rephrased" &&
          s.model === "fake-1" &&
          s.extractive.startsWith(s.text.slice(0, -1)),
      );
    assert.ok(b.refused.some((r) => /kept the quotation/.test(r.reason)));
    assert.ok(ss.every((s) => !/martyr/.test(s.text)));
    assert.deepEqual(verifyBriefing(b, corpus).issues, []);
    // A tampered rephrasing is caught by the verifier.
    const bad = structuredClone(b);
    const r = sentences(bad).find((s) => s.kind === "rephrased")!;
    r.text = "Sanctions were lifted by everyone.";
    assert.match(verifyBriefing(bad, corpus).issues[0]!.reason, /rephrasing not supported/);
  } finally {
    server.close();
  }
});

test("abstractive mode: a failing endpoint leaves the extractive page intact", async () => {
  const { server, url, calls } = await fakeModel("fail");
  try {
    const b = await ask(corpus, "sanctions", {
      speaker: "Rouhani",
      limit: 3,
      rephraser: openAiRephraser({ url, model: "x" }),
    });
    assert.equal(calls(), 1, "stops after the first failure");
    assert.ok(sentences(b).every((s) => s.kind === "extracted"));
    assert.match(b.refused[0]!.reason, /rephrasing stopped: .*500/);
    assert.deepEqual(verifyBriefing(b, corpus).issues, []);
  } finally {
    server.close();
  }
});
