/**
 * The settings of the token lexicons (`data/decide/lexicons.yaml`): vocabulary threshold, ridge
 * strength and cross-fitting folds of each, and the word rules of the wording reader.
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readDataFile } from "./data-file.ts";
import type { LexiconSettings } from "./lexicon.ts";

export const LEXICONS_PATH = fileURLToPath(
  new URL("../../data/decide/lexicons.yaml", import.meta.url),
);

const Common = {
  min_count: z.number().int().min(1),
  lambda: z.number().positive(),
  folds: z.number().int().min(2),
  seed: z.number().int(),
};

const LexiconsSchema = z.strictObject({
  version: z.string(),
  wording: z.strictObject({
    ...Common,
    min_length: z.number().int().min(1),
    stopwords: z.array(z.string().min(1)),
  }),
  revealed: z.strictObject(Common),
  habits: z.strictObject(Common),
});

export interface WordingSettings extends LexiconSettings {
  /** Least length of a word, in letters. */
  minLength: number;
  stopwords: ReadonlySet<string>;
}

export interface LexiconsFile {
  version: string;
  wording: WordingSettings;
  revealed: LexiconSettings;
  habits: LexiconSettings;
}

let cached: LexiconsFile | undefined;

const common = (d: z.infer<z.ZodObject<typeof Common>>): LexiconSettings => ({
  minCount: d.min_count,
  lambda: d.lambda,
  folds: d.folds,
  seed: d.seed,
});

/** Reads the settings (once per process for the default file). */
export function loadLexicons(file: string = LEXICONS_PATH): LexiconsFile {
  if (file === LEXICONS_PATH && cached) return cached;
  const d = readDataFile(file, LexiconsSchema, {
    code: "SC_DECIDE_LEXICONS",
    what: "lexicon settings",
    hint: "see the header of data/decide/lexicons.yaml",
  });
  const out: LexiconsFile = {
    version: d.version,
    wording: {
      ...common(d.wording),
      minLength: d.wording.min_length,
      stopwords: new Set(d.wording.stopwords.map((w) => w.toLowerCase())),
    },
    revealed: common(d.revealed),
    habits: common(d.habits),
  };
  if (file === LEXICONS_PATH) cached = out;
  return out;
}
