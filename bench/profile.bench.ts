/**
 * Profile bench: the full pipeline (text layer + VICS + LTA) on the whole UN General Debate
 * subset. (1) words/s on one core, in process, with the share spent in the profilers; (2) the
 * whole set coded on worker threads and profiled by country and by year (with 1000-replicate
 * bootstrap intervals), wall-clock time; peak memory is added by the harness.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import {
  codeDocument,
  codeInParallel,
  type ProfileInput,
  profileGroups,
} from "../src/profile/index.ts";
import { analyze } from "../src/text/index.ts";
import { dataPath, report, round } from "./harness.ts";

const dir = dataPath("corpora/ungd", "examples/corpus/ungd");
interface Meta {
  file: string;
  country_iso3: string;
  year: number;
  speaker: string | null;
}
const metas = readFileSync(join(dir, "speeches.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Meta);
const inputs: ProfileInput[] = metas.map((m) => ({
  id: m.file.replace(/\.txt$/, ""),
  text: readFileSync(join(dir, m.file), "utf8"),
  speaker: { name: m.speaker ?? undefined, country: m.country_iso3 },
  meta: { country: m.country_iso3, date: String(m.year), speaker: m.speaker },
}));
const mb = inputs.reduce((n, x) => n + Buffer.byteLength(x.text), 0) / 1e6;

// (1) One core, in process: every 4th statement (a quarter of the set, spread over the years).
const sample = inputs.filter((_, i) => i % 4 === 0);
// Warm up the lazy model and dictionary loads outside the timing.
codeDocument("warm", analyze(sample[0]!.text, { speaker: sample[0]!.speaker }));
let words = 0;
const cpu0 = process.cpuUsage();
let textMs = 0;
let profileMs = 0;
for (const x of sample) {
  const t0 = performance.now();
  const a = analyze(x.text, { speaker: x.speaker });
  const t1 = performance.now();
  const c = codeDocument(x.id, a);
  profileMs += performance.now() - t1;
  textMs += t1 - t0;
  words += c.words;
}
const oneCore = words / ((textMs + profileMs) / 1000);
const cpu1 = process.cpuUsage(cpu0);
// Per CPU-second as well: the machine is shared, so wall time overstates the cost under load.
const perCpuSecond = words / ((cpu1.user + cpu1.system) / 1e6);
report({
  name: "profile pipeline, one core (text + VICS + LTA)",
  figures: {
    statements: sample.length,
    words,
    words_per_s_per_core: Math.round(oneCore),
    words_per_cpu_s: Math.round(perCpuSecond),
    profilers_only_words_per_s: Math.round(words / (profileMs / 1000)),
    share_in_profilers_pct: round((100 * profileMs) / (textMs + profileMs), 1),
  },
  target: ">= 100,000 words/s/core",
});

// (2) Whole set on worker threads, then profiles by country and by year.
const workers = availableParallelism();
const t0 = performance.now();
const c0 = process.cpuUsage();
const codings = await codeInParallel(inputs, { workers });
const t1 = performance.now();
const c1 = process.cpuUsage();
const byCountry = profileGroups(codings, "country");
const byYear = profileGroups(codings, "year");
const t2 = performance.now();
const c2 = process.cpuUsage();
const cpuS = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) =>
  (b.user - a.user + b.system - a.system) / 1e6;
const allWords = codings.reduce((n, c) => n + c.words, 0);
report({
  name: "profile UNGD by country and year (workers)",
  figures: {
    statements: inputs.length,
    mb: round(mb, 1),
    words: allWords,
    workers,
    coding_s: round((t1 - t0) / 1000, 1),
    grouping_and_bootstrap_s: round((t2 - t1) / 1000, 1),
    total_s: round((t2 - t0) / 1000, 1),
    coding_cpu_s: round(cpuS(c0, c1), 1),
    grouping_cpu_s: round(cpuS(c1, c2), 1),
    words_per_s: Math.round(allWords / ((t1 - t0) / 1000)),
    profiles: byCountry.length + byYear.length,
  },
  target: "< 60 s for the 30 MB set on 2 cores",
});
