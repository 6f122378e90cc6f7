/**
 * Brief bench: on a store holding the seeds and the whole UN General Debate set (16 states),
 * time a briefing (with and without the profile-and-record section), `ask`, and the verifier.
 */

import {
  ask,
  buildBriefing,
  renderHtml,
  renderMarkdown,
  verifyBriefing,
} from "../src/brief/index.ts";
import { openCorpus } from "../src/corpus/index.ts";
import { dataPath, percentile, repoPath, report, round } from "./harness.ts";

async function time<T>(
  runs: number,
  fn: () => Promise<T> | T,
): Promise<{ p50: number; p95: number; last: T }> {
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), last: last as T };
}

const corpus = openCorpus(":memory:");
const t0 = performance.now();
await corpus.ingest([
  repoPath("examples/corpus/seeds"),
  dataPath("corpora/ungd", "examples/corpus/ungd"),
]);
const ingestS = round((performance.now() - t0) / 1000, 1);
const docs = corpus.documents().length;
const doctrineFile = repoPath("doctrines/iran-khamenei.yaml");

const sentences = (b: Awaited<ReturnType<typeof buildBriefing>>) =>
  b.sections.reduce((n, s) => n + s.blocks.reduce((m, x) => m + x.sentences.length, 0), 0);

for (const [leader, doctrine] of [
  ["Ali Khamenei", doctrineFile],
  ["Hassan Rouhani", undefined],
  ["Mahmoud Ahmadinejad", undefined],
] as const) {
  const fast = await time(5, () =>
    buildBriefing(corpus, { leader, doctrineFile: doctrine, record: false }),
  );
  const full = await time(1, () =>
    buildBriefing(corpus, {
      leader,
      doctrineFile: doctrine,
      recordOptions: { replicates: 500, workers: 0 },
    }),
  );
  const v = await time(5, () => verifyBriefing(fast.last, corpus));
  const render = await time(
    5,
    () => renderHtml(fast.last).length + renderMarkdown(fast.last).length,
  );
  report({
    name: `brief ${leader}`,
    figures: {
      store_docs: docs,
      sentences: sentences(fast.last),
      citations: fast.last.citations.length,
      sources: fast.last.sources.length,
      refused: fast.last.refused.length,
      build_no_record_p50_ms: fast.p50,
      build_no_record_p95_ms: fast.p95,
      build_with_record_ms: full.p50,
      verify_p50_ms: v.p50,
      render_md_html_p50_ms: render.p50,
      verified_ok: verifyBriefing(full.last, corpus).ok ? "yes" : "no",
    },
    target: "no target in the issue; interactive use (a few seconds)",
  });
}

const questions = [
  ["What did Rouhani say about sanctions?", { speaker: "Rouhani" }],
  ["nuclear disarmament", { country: "USA" }],
  ["How does China see hegemony?", { country: "CHN" }],
  ["heroic flexibility", {}],
  ["Palestine occupation", { from: "2000" }],
  ["climate change", {}],
] as const;
const askTimes: number[] = [];
let answered = 0;
for (let round_ = 0; round_ < 3; round_++) {
  for (const [q, f] of questions) {
    const t = performance.now();
    const b = await ask(corpus, q, { ...f });
    askTimes.push(performance.now() - t);
    if (round_ === 0 && b.sections[0]!.blocks.length) answered++;
  }
}
askTimes.sort((a, b) => a - b);
report({
  name: "ask (6 questions x 3)",
  figures: {
    store_docs: docs,
    ingest_s: ingestS,
    answered: `${answered}/${questions.length}`,
    p50_ms: round(percentile(askTimes, 50)),
    p95_ms: round(percentile(askTimes, 95)),
  },
});
corpus.close();
