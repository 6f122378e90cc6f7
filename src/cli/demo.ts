/**
 * `npm start`: the main job on embedded defaults. Ingests the bundled example corpus into the
 * default store (./.statecraft/, or $STATECRAFT_DB) and runs each module's demo step on it.
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openCorpus } from "../corpus/index.ts";
import { print, printError, resolveDbPath } from "./context.ts";
import { bargainStep } from "./demo/bargain-step.ts";
import { briefStep } from "./demo/brief-step.ts";
import { corpusStep } from "./demo/corpus-step.ts";
import { decideStep } from "./demo/decide-step.ts";
import { doctrineStep } from "./demo/doctrine-step.ts";
import { eventsStep } from "./demo/events-step.ts";
import { profileStep } from "./demo/profile-step.ts";
import { serveAfterDemo } from "./demo/serve-step.ts";
import type { DemoStep } from "./demo/steps.ts";

// One entry per module's demo step, in pipeline order.
const steps: DemoStep[] = [
  corpusStep,
  doctrineStep,
  profileStep,
  eventsStep,
  decideStep,
  bargainStep,
  briefStep,
];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const outDir = join(process.cwd(), "out");
mkdirSync(outDir, { recursive: true });
const dbPath = resolveDbPath();
print(`Statecraft demo: store ${dbPath}`);
const corpus = openCorpus(dbPath);
try {
  for (const step of steps) {
    print(`\n== ${step.name} ==`);
    await step.run({ corpus, outDir, repoRoot, print });
  }
} catch (e) {
  printError(e);
  process.exitCode = 1;
} finally {
  corpus.close();
}
// Last: serve the web app over the store the demo filled (only in a terminal; see serve-step.ts).
if (!process.exitCode) await serveAfterDemo(dbPath, print);
