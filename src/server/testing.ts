/**
 * Test fixtures for the server and the browser tests: a small corpus on disk (the doctrine's seed
 * documents and Rouhani's UN statements 2013-2016) and a document that carries markup. Not
 * exported from the module's index.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Corpus, openCorpus } from "../corpus/index.ts";
import { REPO_ROOT } from "./app.ts";

export const ROUHANI_FILES = ["IRN_2013.txt", "IRN_2014.txt", "IRN_2015.txt", "IRN_2016.txt"];

/** Text with markup that must show as text: a script element and an event-handler attribute. */
export const HOSTILE_TEXT = [
  "Hostile markup test",
  "",
  'This statement carries <script>window.__scXss = "script"</script> and <img src="x" onerror="window.__scXss = \'img\'"> inside its text.',
  "",
  "A second paragraph closes the test document about sanctions and flexibility.",
  "",
].join("\n");

/** Writes the fixture folders under a fresh temporary directory and returns its path. */
export function writeFixtureFolders(): string {
  const root = mkdtempSync(join(tmpdir(), "statecraft-server-test-"));
  const seeds = join(root, "seeds");
  const ungd = join(root, "ungd");
  mkdirSync(seeds);
  mkdirSync(ungd);
  const seedDir = join(REPO_ROOT, "examples/corpus/seeds");
  for (const f of readdirSync(seedDir)) copyFileSync(join(seedDir, f), join(seeds, f));
  const ungdDir = join(REPO_ROOT, "examples/corpus/ungd");
  const meta = readFileSync(join(ungdDir, "speeches.jsonl"), "utf8")
    .split("\n")
    .filter((l) => ROUHANI_FILES.some((f) => l.includes(`"file": "${f}"`)));
  writeFileSync(join(ungd, "speeches.jsonl"), `${meta.join("\n")}\n`);
  for (const f of ROUHANI_FILES) copyFileSync(join(ungdDir, f), join(ungd, f));
  return root;
}

/** A corpus at `dbPath` (default in memory) holding the fixture folders. */
export async function fixtureCorpus(
  dbPath = ":memory:",
): Promise<{ corpus: Corpus; root: string }> {
  const root = writeFixtureFolders();
  const corpus = openCorpus(dbPath);
  const report = await corpus.ingest([join(root, "seeds"), join(root, "ungd")]);
  if (report.failed.length)
    throw new Error(`fixture ingest failed: ${JSON.stringify(report.failed)}`);
  return { corpus, root };
}
