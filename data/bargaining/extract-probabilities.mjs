#!/usr/bin/env node
// Extracts KTAB's reported probability histories ("History of actors' winning probabilities",
// the `NAME, prob : p0 p1 ...` lines of an smpc log) into small CSV files beside the vendored
// trajectories, so tests need not ship the multi-megabyte logs.
//   node data/bargaining/extract-probabilities.mjs ../shared/bargaining/ktab-outputs
// Output: data/bargaining/ktab-outputs/<scenario>/<scenario>_probabilities.csv with columns
// turn, actor_index, actor, prob (prob as printed by KTAB: 4 decimals).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const src = process.argv[2];
if (!src) {
  process.stderr.write("usage: extract-probabilities.mjs <ktab-outputs folder>\n");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const walk = (d) =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
for (const file of walk(src).filter((f) => f.endsWith(".txt.gz"))) {
  const text = gunzipSync(readFileSync(file)).toString("utf8");
  const rows = [];
  let actor = 0;
  for (const line of text.split("\n")) {
    const at = line.lastIndexOf(", prob : ");
    if (at < 0) continue;
    const name = line.slice(0, at);
    const probs = line.slice(at + 9).trim().split(/\s+/);
    probs.forEach((p, turn) => rows.push(`${turn},${actor},${name},${p}`));
    actor++;
  }
  if (rows.length === 0) continue;
  rows.sort((a, b) => {
    const [ta, aa] = a.split(",").map(Number);
    const [tb, ab] = b.split(",").map(Number);
    return ta - tb || aa - ab;
  });
  const scenario = basename(file).replace(/_smpc_log(_excerpt)?\.txt\.gz$/, "");
  const rel = dirname(file).slice(src.length).replace(/^\/+/, "");
  const out = join(here, "ktab-outputs", rel, `${scenario}_probabilities.csv`);
  writeFileSync(out, `turn,actor_index,actor,prob\n${rows.join("\n")}\n`);
  process.stdout.write(`${out}: ${rows.length} rows\n`);
}
