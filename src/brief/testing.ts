/**
 * Test support (not part of the public API): a small throw-away store (the seeds plus a handful
 * of Iranian UN statements) and golden-file comparison (`UPDATE_GOLDEN=1` rewrites goldens).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Corpus, openCorpus } from "../corpus/index.ts";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const DOCTRINE = `${REPO}doctrines/iran-khamenei.yaml`;

/** Khamenei 1987, Ahmadinejad 2005/2007/2008, Rouhani 2013/2014/2015. */
export const UN_FILES = [
  "IRN_1987",
  "IRN_2005",
  "IRN_2007",
  "IRN_2008",
  "IRN_2013",
  "IRN_2014",
  "IRN_2015",
];

export async function testCorpus(): Promise<Corpus> {
  const c = openCorpus(":memory:");
  const report = await c.ingest([
    `${REPO}examples/corpus/seeds`,
    ...UN_FILES.map((f) => `${REPO}examples/corpus/ungd/${f}.txt`),
  ]);
  assert.equal(report.failed.length, 0, JSON.stringify(report.failed));
  return c;
}

export function golden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `golden ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
  assert.equal(actual, readFileSync(path, "utf8"), `${name} differs (UPDATE_GOLDEN=1 to accept)`);
}
