/**
 * Golden output: the full profile (indices, intervals, norms, Holsti, traits, style) and the
 * audit trail of a real statement. The input is a frozen text-layer analysis of the first 60
 * sentences of Rouhani's 2013 UNGD statement (fixtures/irn-2013-analysis.json, made with
 * `analyze()` on 2026-11-23), so the golden changes only when the profilers change.
 * `UPDATE_GOLDEN=1` rewrites it.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { codeDocument } from "./code-document.ts";
import { formatExplain, formatProfile } from "./format.ts";
import { LeaderProfiler } from "./profiler.ts";
import type { TextAnalysis } from "../text/types.ts";

const here = import.meta.dirname;
const text = readFileSync(resolve(here, "../../examples/corpus/ungd/IRN_2013.txt"), "utf8");
const frozen = JSON.parse(
  readFileSync(join(here, "fixtures/irn-2013-analysis.json"), "utf8"),
) as TextAnalysis;

function rounded(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (_k, v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v)));
}

function golden(file: string, actual: string): void {
  const path = join(here, file);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, "utf8"));
}

test("golden: Rouhani 2013 UNGD statement profile and audit trail", () => {
  const coding = codeDocument("IRN_2013", frozen, { explain: true });
  const p = new LeaderProfiler({ replicates: 200, seed: 7, explain: true, label: "IRN_2013" })
    .fit([coding])
    .profile();
  const { explanation, ...summary } = p;
  golden("profile.golden.json", `${JSON.stringify(rounded(summary), null, 2)}\n`);
  golden("profile.golden.md", `${formatProfile(p)}\n\n${formatExplain(p)}\n`);
  assert.ok(explanation && explanation.utterances.length > 0);
});

test("the profile is deterministic for a seed and changes with it", () => {
  const input = [{ id: "IRN_2013", text, speaker: { country: "IRN" } }];
  const a = new LeaderProfiler({ replicates: 100, seed: 3 }).fit(input).profile();
  const b = new LeaderProfiler({ replicates: 100, seed: 3 }).fit(input).profile();
  const c = new LeaderProfiler({ replicates: 100, seed: 4 }).fit(input).profile();
  assert.deepEqual(a.vics.intervals, b.vics.intervals);
  assert.deepEqual(a.lta.intervals, b.lta.intervals);
  assert.notDeepEqual(a.vics.intervals, c.vics.intervals);
});
