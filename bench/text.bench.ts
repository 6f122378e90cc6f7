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
// CPU time of this process: the machine is shared, so wall time overstates the cost per core.
const c0 = process.cpuUsage();
const t0 = performance.now();
for (const t of texts) {
  const a = analyze(t);
  words += a.wordCount;
  tokens += a.tokens.length;
  clauses += a.clauses.length;
  sentences += a.sentences.length;
}
const secs = (performance.now() - t0) / 1000;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e6;
report({
  name: "text layer ungd",
  figures: {
    documents: texts.length,
    words,
    sentences,
    clauses,
    wall_s: round(secs, 2),
    cpu_s: round(cpu, 2),
    words_per_cpu_s: Math.round(words / cpu),
    words_per_wall_s: Math.round(words / secs),
    tokens_per_cpu_s: Math.round(tokens / cpu),
    sentences_per_cpu_s: Math.round(sentences / cpu),
  },
  target: ">= 100,000 words/s/core (text layer + profilers)",
});
