import type { Corpus } from "../../corpus/index.ts";

/** What every demo step gets: the open corpus, where to write files, and a printer. */
export interface DemoContext {
  corpus: Corpus;
  /** Folder for files the demo writes (briefings, reports). */
  outDir: string;
  repoRoot: string;
  print: (line?: string) => void;
}

/** One stage of `npm start`, named so its output is easy to find. */
export interface DemoStep {
  name: string;
  run: (ctx: DemoContext) => Promise<void> | void;
}
