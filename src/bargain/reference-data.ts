/**
 * Loading of the vendored KTAB reference runs (data/bargaining/ktab-outputs), for the tests and
 * the bench. Not part of the public API.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const BARGAINING_DATA = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../data/bargaining",
);

export interface ReferenceRun {
  /** positions[t][actor][dim] on the 0-100 scale (as stored: 4 decimals). */
  positions: number[][][];
  /** probabilities[t][actor] as printed by KTAB (4 decimals), or undefined without a log. */
  probabilities?: string[][];
  turns: number;
}

function rows(path: string): string[][] {
  return readFileSync(path, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(","));
}

/** Reads `<dir>/<stem>_trajectories.csv` and, if present, `<stem>_probabilities.csv`. */
export function readReferenceRun(dir: string, stem: string): ReferenceRun {
  const positions: number[][][] = [];
  for (const [t, a, k, v] of rows(join(dir, `${stem}_trajectories.csv`))) {
    const turn = Number(t);
    positions[turn] ??= [];
    positions[turn]![Number(a)] ??= [];
    positions[turn]![Number(a)]![Number(k)] = Number(v);
  }
  let probabilities: string[][] | undefined;
  const pf = join(dir, `${stem}_probabilities.csv`);
  if (existsSync(pf)) {
    probabilities = [];
    for (const r of rows(pf)) {
      const turn = Number(r[0]);
      probabilities[turn] ??= [];
      probabilities[turn]![Number(r[1])] = r[r.length - 1]!;
    }
  }
  return { positions, probabilities, turns: positions.length - 1 };
}
