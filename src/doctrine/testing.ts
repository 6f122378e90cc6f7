/**
 * Test support (not part of the public API): throw-away corpora built with the corpus API, and
 * golden-file comparison. `UPDATE_GOLDEN=1` rewrites goldens instead of comparing.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Corpus, openCorpus } from "../corpus/index.ts";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const REFERENCE = `${REPO}doctrines/iran-khamenei.yaml`;
export const HYPOTHETICAL = `${REPO}doctrines/examples/hypothetical-pragmatist.yaml`;

/** An in-memory store holding the two seed documents. */
export async function seedCorpus(): Promise<Corpus> {
  const c = openCorpus(":memory:");
  await c.ingest([`${REPO}examples/corpus/seeds`]);
  return c;
}

/** An in-memory store holding the Iranian UN General Debate statements from `fromYear` on. */
export async function iranUnCorpus(fromYear: number): Promise<Corpus> {
  const dir = `${REPO}examples/corpus/ungd`;
  const files = readdirSync(dir)
    .filter((f) => /^IRN_\d{4}\.txt$/.test(f) && Number(f.slice(4, 8)) >= fromYear)
    .sort()
    .map((f) => `${dir}/${f}`);
  const c = openCorpus(":memory:");
  await c.ingest(files);
  return c;
}

/** Compares `actual` with the golden file next to the tests (or rewrites it). */
export function golden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `golden ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
  assert.equal(actual, readFileSync(path, "utf8"), `output differs from ${name}`);
}
