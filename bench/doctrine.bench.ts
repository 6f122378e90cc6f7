/**
 * Doctrine bench: parse + check, quote validation and offset location of the reference doctrine
 * against the seeds, and the evidence finder over the Iranian UN General Debate statements.
 */
import { readdirSync } from "node:fs";
import { openCorpus } from "../src/corpus/index.ts";
import {
  findEvidence,
  loadDoctrine,
  locateEvidence,
  readDoctrineFile,
  validateDoctrine,
} from "../src/doctrine/index.ts";
import { dataPath, percentile, repoPath, report, round } from "./harness.ts";

const REFERENCE = repoPath("doctrines/iran-khamenei.yaml");

async function time<T>(
  runs: number,
  fn: () => Promise<T> | T,
): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)) };
}

const seeds = openCorpus(":memory:");
await seeds.ingest([repoPath("examples/corpus/seeds")]);
const parse = await time(20, () => readDoctrineFile(REFERENCE));
const validate = await time(20, () => validateDoctrine(REFERENCE, seeds));
const parsed = readDoctrineFile(REFERENCE);
const locate = await time(20, () => locateEvidence(parsed, seeds));
const quotes = (await validateDoctrine(REFERENCE, seeds)).quotes.checked;
report({
  name: "doctrine validate reference",
  figures: {
    quotes,
    parse_p50_ms: parse.p50,
    validate_p50_ms: validate.p50,
    validate_p95_ms: validate.p95,
    locate_p50_ms: locate.p50,
  },
});
seeds.close();

const ungd = dataPath("corpora/ungd", "examples/corpus/ungd");
const files = readdirSync(ungd)
  .filter((f) => /^IRN_\d{4}\.txt$/.test(f))
  .map((f) => `${ungd}/${f}`);
const un = openCorpus(":memory:");
await un.ingest(files);
const { doctrine } = loadDoctrine(REFERENCE);
const evidence = await time(3, () => findEvidence(doctrine, un, { country: "IRN", from: "1989" }));
const r = await findEvidence(doctrine, un, { country: "IRN", from: "1989" });
report({
  name: "doctrine evidence IRN UN statements",
  figures: {
    documents: r.documents,
    items: r.items.length,
    candidates: r.items.reduce((s, i) => s + i.candidates, 0),
    p50_ms: evidence.p50,
    p95_ms: evidence.p95,
  },
});
un.close();
