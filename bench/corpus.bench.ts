/**
 * Corpus benchmarks: ingest of the whole UN General Debate corpus (1,137 files, ~26 MB) into a
 * fresh store, including normalisation, layout analysis, sentence segmentation and FTS indexing;
 * then search latency for 50 varied queries (terms, phrases, filters).
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { openCorpus } from "../src/corpus/index.ts";
import { tempDir } from "../src/corpus/testing.ts";
import { dataPath, percentile, report, round } from "./harness.ts";

const ungd = dataPath("corpora/ungd", "examples/corpus/ungd");
const dir = tempDir("statecraft-bench-");
const corpus = openCorpus(join(dir, "bench.db"));

const t0 = performance.now();
const r = await corpus.ingest([ungd]);
const seconds = (performance.now() - t0) / 1000;
report({
  name: "ingest ungd (1,137 files)",
  figures: {
    files: r.files,
    mb: round(r.bytes / 1e6, 1),
    seconds: round(seconds, 2),
    mb_per_s: round(r.bytes / 1e6 / seconds, 2),
    documents: r.added,
    passages: r.passages,
    failed: r.failed.length,
  },
  target: ">= 10 MB/s",
});

const queries = [
  "nuclear weapons",
  "sanctions",
  "peace",
  "terrorism",
  "human rights",
  '"United States"',
  "Israel occupation",
  "Palestine",
  "disarmament",
  "development aid",
  "climate change",
  "sovereignty",
  "hegemony",
  "arrogance",
  '"Security Council" reform',
  "Iraq war",
  "Afghanistan",
  "refugees",
  "oil prices",
  "globalization",
  "dialogue among civilizations",
  '"weapons of mass destruction"',
  "non-proliferation treaty",
  "Zionist",
  "apartheid",
  "decolonization",
  "Cold War",
  "détente",
  "multilateralism",
  "unilateralism",
  "Korea",
  "Kashmir",
  "Syria chemical",
  "Iran nuclear programme",
  "economic crisis",
  "debt relief",
  "pandemic",
  "cooperation",
  "independence",
  "extremism violence",
  "negotiations",
  "threat",
  "Gulf security",
  "Persian Gulf",
  "Hormuz",
  "SWIFT",
  "BRICS",
  "Shanghai Cooperation",
  "sanctions Iran",
  "Russia China",
];
const filters = [
  {},
  { country: "IRN" },
  { country: "USA", from: "1990" },
  { from: "2000", to: "2010" },
  { speaker: "Rouhani" },
];
for (const q of queries.slice(0, 5)) corpus.search(q); // warm the page cache
const times: number[] = [];
let hits = 0;
queries.forEach((q, i) => {
  const start = performance.now();
  hits += corpus.search(q, { limit: 10, ...filters[i % filters.length] }).length;
  times.push(performance.now() - start);
});
times.sort((a, b) => a - b);
report({
  name: "search ungd (50 queries, limit 10)",
  figures: {
    queries: times.length,
    hits,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    max_ms: round(times[times.length - 1]!),
  },
  target: "p95 < 20 ms",
});
corpus.close();
rmSync(dir, { recursive: true, force: true });
