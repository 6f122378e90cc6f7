/**
 * The words of an option's label, as the wording lexicon reads them (`data/decide/wording.yaml`):
 * lower-cased letter runs, with names dropped (a capitalised word after the first, an acronym),
 * function words and short words dropped, and a plural "s" folded so "talks" and "talk" meet.
 * Only the label is read, never ids, context, notes or the answer key.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { StatecraftError } from "../core/errors.ts";

export const WORDING_PATH = fileURLToPath(
  new URL("../../data/decide/wording.yaml", import.meta.url),
);

const WordingSchema = z.strictObject({
  version: z.string(),
  min_count: z.number().int().min(1),
  lambda: z.number().positive(),
  folds: z.number().int().min(2),
  seed: z.number().int(),
  min_length: z.number().int().min(1),
  stopwords: z.array(z.string().min(1)),
});

export interface WordingConfig {
  version: string;
  /** Least number of training labels a word must occur in to get a weight. */
  minCount: number;
  /** Ridge strength of the word weights. */
  lambda: number;
  /** Cross-fitting folds for the training cases' out-of-fold scores. */
  folds: number;
  seed: number;
  /** Least length of a word, in letters. */
  minLength: number;
  stopwords: ReadonlySet<string>;
}

let cached: WordingConfig | undefined;

export function loadWording(file: string = WORDING_PATH): WordingConfig {
  if (file === WORDING_PATH && cached) return cached;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new StatecraftError("SC_DECIDE_WORDING", `cannot read the wording settings ${file}`, {
      file,
      cause: e,
      hint: "restore data/decide/wording.yaml from the repository",
    });
  }
  const r = WordingSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new StatecraftError("SC_DECIDE_WORDING", `invalid wording settings: ${issue.message}`, {
      file,
      field: issue.path.join("."),
      hint: "see the header of data/decide/wording.yaml",
    });
  }
  const d = r.data;
  const cfg: WordingConfig = {
    version: d.version,
    minCount: d.min_count,
    lambda: d.lambda,
    folds: d.folds,
    seed: d.seed,
    minLength: d.min_length,
    stopwords: new Set(d.stopwords.map((w) => w.toLowerCase())),
  };
  if (file === WORDING_PATH) cached = cfg;
  return cfg;
}

/** Folds a regular plural ("talks" → "talk", "sanctions" → "sanction"); leaves "-ss" and short words. */
function singular(w: string): string {
  return w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

/** The distinct words of a label that the lexicon reads, in order of first appearance. */
export function labelWords(label: string, cfg: WordingConfig = loadWording()): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const runs = label.match(/[A-Za-z]+/g) ?? [];
  runs.forEach((run, i) => {
    // A capitalised word inside the label is a name (a state, a person, a body); so is an acronym.
    if (run.length > 1 && run === run.toUpperCase()) return;
    if (i > 0 && run[0] !== run[0]!.toLowerCase()) return;
    const w = singular(run.toLowerCase());
    if (w.length < cfg.minLength || cfg.stopwords.has(w) || seen.has(w)) return;
    seen.add(w);
    out.push(w);
  });
  return out;
}
