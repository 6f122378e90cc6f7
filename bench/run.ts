/** Runs every bench/*.bench.ts (or those matching the arguments) and prints one table. */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BenchFigure, repoPath } from "./harness.ts";

const filters = process.argv.slice(2);
const files = readdirSync(repoPath("bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();

const all: Array<BenchFigure & { file: string }> = [];
let failed = 0;
for (const file of files) {
  process.stderr.write(`running ${file} ...\n`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join("bench", file)], {
    cwd: repoPath("."),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  for (const line of r.stdout.split("\n")) {
    if (line.startsWith("BENCH ")) all.push({ file, ...JSON.parse(line.slice(6)) });
  }
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`${file} exited with ${r.status}\n`);
  }
}

for (const fig of all) {
  const parts = Object.entries(fig.figures).map(([k, v]) => `${k}=${v}`);
  const target = fig.target ? `  [target ${fig.target}]` : "";
  process.stdout.write(`${fig.name.padEnd(44)} ${parts.join("  ")}${target}\n`);
}
mkdirSync(repoPath("bench/results"), { recursive: true });
writeFileSync(repoPath("bench/results/latest.json"), `${JSON.stringify(all, null, 2)}\n`);
process.exit(failed ? 1 : 0);
