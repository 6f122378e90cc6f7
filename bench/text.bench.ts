/**
 * Text layer throughput on the UN General Debate subset: words per second (Hermann/VICS word
 * count) for `analyze` over every speech, single thread, after a warm-up on a few speeches.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/text/index.ts";
import { dataPath, report, round } from "./harness.ts";

const dir = dataPath("corpora/ungd", "examples/corpus/ungd");
const limit = Number(process.env.BENCH_TEXT_FILES ?? Number.POSITIVE_INFINITY);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, limit);
const texts = files.map((f) => readFileSync(join(dir, f), "utf8"));

for (const t of texts.slice(0, 5)) analyze(t);

let words = 0;
let tokens = 0;
let clauses = 0;
let sentences = 0;
const t0 = performance.now();
for (const t of texts) {
  const a = analyze(t);
  words += a.wordCount;
  tokens += a.tokens.length;
  clauses += a.clauses.length;
  sentences += a.sentences.length;
}
const secs = (performance.now() - t0) / 1000;
report({
  name: "text layer ungd",
  figures: {
    documents: texts.length,
    words,
    sentences,
    clauses,
    seconds: round(secs, 2),
    words_per_s: Math.round(words / secs),
    tokens_per_s: Math.round(tokens / secs),
    sentences_per_s: Math.round(sentences / secs),
  },
  target: ">= 100,000 words/s/core (text layer + profilers)",
});
