/**
 * Loads and validates the versioned data files under data/profile/ (VICS verbs, LTA lexicon, norm
 * tables, style thresholds, Holsti cut rules). Bad files raise SC_PROFILE_DATA with the file and
 * field; compiled lookups are cached per path.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { StatecraftError } from "../core/errors.ts";
import { VICS_CATEGORIES, type VicsCategory } from "./types.ts";

export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/profile");

const category = z.enum(VICS_CATEGORIES);
const vicsFile = z.object({
  version: z.string(),
  categories: z.record(category, z.object({ weight: z.number(), kind: z.enum(["word", "deed"]) })),
  negation: z.object({ default: z.record(category, category) }),
  futureDeeds: z.object({ reward: category, punish: category }),
  intent: z.object({ verbs: z.array(z.string()) }).optional(),
  ignore: z.object({ keys: z.array(z.string()) }).optional(),
  negationOverrides: z.record(z.string(), z.union([category, z.literal("drop")])),
  verbs: z.partialRecord(category, z.array(z.string().min(1))),
});

const wordList = z.array(z.string().min(1));
const ltaFile = z.object({
  version: z.string(),
  bace: z.object({ lowControlVerbs: wordList }),
  pwr: z.object({ verbs: wordList }),
  cc: z.object({ high: wordList, low: wordList }),
  sc: z.object({
    pronouns: wordList,
    authorityVerbs: wordList,
    authorityPhrases: wordList,
    ownedNouns: wordList,
    recipientVerbs: wordList,
  }),
  task: z.object({ task: wordList, groupMaintenance: wordList }),
  igb: z.object({ references: wordList, window: z.number().int().min(0), cues: wordList }),
  dis: z.object({
    references: wordList,
    window: z.number().int().min(0),
    verbs: wordList,
    cues: wordList,
  }),
});

const normEntry = z.object({
  mean: z.number(),
  sd: z.number().positive(),
  status: z.string().optional(),
  note: z.string().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
});
const normsFile = z.object({
  version: z.string(),
  groups: z.record(
    z.string(),
    z.object({
      label: z.string(),
      n: z.number(),
      source: z.string(),
      provenance: z.string().optional(),
      norms: z.record(z.string(), normEntry),
    }),
  ),
  default: z.string(),
});

const stylesFile = z.object({
  version: z.string(),
  split: z.enum(["mean", "sd"]),
  normGroup: z.string(),
  styles: z.record(z.string(), z.string()),
  minimum: z.object({ responses: z.number(), wordsPerResponse: z.number(), words: z.number() }),
});

const holstiFile = z.object({
  version: z.string(),
  default: z.string(),
  rules: z.record(
    z.string(),
    z.object({
      strategy: z.number().optional(),
      control: z.number().optional(),
      normGroup: z.string().optional(),
    }),
  ),
  tactics: z.record(z.string(), z.string().nullable()),
  propensities: z.record(z.string(), z.string().nullable()).optional(),
});

const anchorsFile = z.object({
  version: z.string(),
  scales: z.record(
    z.string(),
    z.object({
      status: z.string(),
      indices: z.array(z.string()),
      anchors: z.array(z.object({ value: z.number(), label: z.string() })).min(1),
      poles: z.record(z.string(), z.tuple([z.string(), z.string()])).optional(),
    }),
  ),
});

export type AnchorsFile = z.infer<typeof anchorsFile>;
export type NormsFile = z.infer<typeof normsFile>;
export type StylesFile = z.infer<typeof stylesFile>;
export type HolstiFile = z.infer<typeof holstiFile>;
export type LtaFile = z.infer<typeof ltaFile>;

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new StatecraftError("SC_PROFILE_DATA", `cannot read profile data file: ${String(e)}`, {
      file,
      hint: "check that the file exists and is valid JSON",
      cause: e,
    });
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new StatecraftError("SC_PROFILE_DATA", `invalid profile data: ${issue?.message}`, {
      file,
      field: issue?.path.join("."),
      hint: "see data/profile/README.md for the file formats",
    });
  }
  return r.data;
}

/** The VICS dictionary compiled into one map from key to category. */
export interface VicsDictionary {
  version: string;
  entries: Map<string, VicsCategory>;
  weights: Record<VicsCategory, number>;
  kinds: Record<VicsCategory, "word" | "deed">;
  negationDefault: Record<VicsCategory, VicsCategory>;
  negationOverrides: Map<string, VicsCategory | "drop">;
  futureDeeds: { reward: VicsCategory; punish: VicsCategory };
  /** Controlling verbs that make an infinitive deed a statement of intent. */
  intentVerbs: Set<string>;
  /** Keys that are not coded even though a broader key matches ("fight >poverty"). */
  ignore: Set<string>;
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

export function loadVicsDictionary(file = join(DATA_DIR, "vics-verbs.json")): VicsDictionary {
  return cached(`vics:${file}`, () => {
    const d = readJson(file, vicsFile);
    const entries = new Map<string, VicsCategory>();
    for (const cat of VICS_CATEGORIES) {
      for (const key of d.verbs[cat] ?? []) {
        const prev = entries.get(key);
        if (prev && prev !== cat) {
          // One key, one category: overlaps are resolved in the data, never by list order.
          throw new StatecraftError("SC_PROFILE_DATA", `"${key}" is in both ${prev} and ${cat}`, {
            file,
            field: `verbs.${cat}`,
            hint: "give each key one category; use 'lemma word' or 'lemma >noun' keys for context",
          });
        }
        entries.set(key, cat);
      }
    }
    const weights = {} as Record<VicsCategory, number>;
    const kinds = {} as Record<VicsCategory, "word" | "deed">;
    for (const key of d.ignore?.keys ?? []) {
      if (entries.has(key)) {
        throw new StatecraftError("SC_PROFILE_DATA", `"${key}" is both coded and ignored`, {
          file,
          field: "ignore.keys",
          hint: "remove it from one of the lists",
        });
      }
    }
    for (const cat of VICS_CATEGORIES) {
      const c = d.categories[cat];
      if (!c) {
        throw new StatecraftError("SC_PROFILE_DATA", `category ${cat} missing`, {
          file,
          field: `categories.${cat}`,
        });
      }
      weights[cat] = c.weight;
      kinds[cat] = c.kind;
    }
    return {
      version: d.version,
      entries,
      weights,
      kinds,
      negationDefault: d.negation.default as Record<VicsCategory, VicsCategory>,
      negationOverrides: new Map(Object.entries(d.negationOverrides)),
      futureDeeds: d.futureDeeds,
      intentVerbs: new Set(d.intent?.verbs ?? []),
      ignore: new Set(d.ignore?.keys ?? []),
    };
  });
}

/** LTA word lists compiled into sets; multi-word entries become token sequences. */
export interface LtaLexicon {
  version: string;
  raw: LtaFile;
  lowControl: Set<string>;
  power: Set<string>;
  ccHigh: Set<string>;
  ccLow: Set<string>;
  /** Multi-word phrases: first word -> list of [tokens, side, entry]. */
  phrases: Map<string, Array<{ words: string[]; list: string; entry: string }>>;
  scPronouns: Set<string>;
  scAuthorityVerbs: Set<string>;
  scOwnedNouns: Set<string>;
  scRecipientVerbs: Set<string>;
  task: Set<string>;
  groupMaintenance: Set<string>;
  igbRefs: Set<string>;
  igbCues: Set<string>;
  disRefs: Set<string>;
  disVerbs: Set<string>;
  disCues: Set<string>;
}

export function loadLtaLexicon(file = join(DATA_DIR, "lta-lexicon.json")): LtaLexicon {
  return cached(`lta:${file}`, () => {
    const d = readJson(file, ltaFile);
    const phrases = new Map<string, Array<{ words: string[]; list: string; entry: string }>>();
    const split = (list: string[], name: string): Set<string> => {
      const single = new Set<string>();
      for (const w of list) {
        const lw = w.toLowerCase();
        if (!lw.includes(" ")) {
          single.add(lw);
          continue;
        }
        const words = lw.split(/\s+/);
        const first = words[0]!;
        const arr = phrases.get(first) ?? [];
        arr.push({ words, list: name, entry: lw });
        phrases.set(first, arr);
      }
      return single;
    };
    const lex: LtaLexicon = {
      version: d.version,
      raw: d,
      lowControl: new Set(d.bace.lowControlVerbs),
      power: new Set(d.pwr.verbs),
      ccHigh: split(d.cc.high, "cc-high"),
      ccLow: split(d.cc.low, "cc-low"),
      phrases,
      scPronouns: new Set(d.sc.pronouns),
      scAuthorityVerbs: new Set(d.sc.authorityVerbs),
      scOwnedNouns: new Set(d.sc.ownedNouns),
      scRecipientVerbs: new Set(d.sc.recipientVerbs),
      task: split(d.task.task, "task"),
      groupMaintenance: split(d.task.groupMaintenance, "gm"),
      igbRefs: new Set(d.igb.references),
      igbCues: split(d.igb.cues, "igb-cue"),
      disRefs: new Set(d.dis.references),
      disVerbs: new Set(d.dis.verbs),
      disCues: split(d.dis.cues, "dis-cue"),
    };
    split(d.sc.authorityPhrases, "sc-authority");
    // Longest phrases first so "without a doubt" wins over shorter overlaps.
    for (const arr of phrases.values()) arr.sort((a, b) => b.words.length - a.words.length);
    return lex;
  });
}

export function loadVicsNorms(file = join(DATA_DIR, "vics-norms.json")): NormsFile {
  return cached(`vnorms:${file}`, () => readJson(file, normsFile));
}
export function loadLtaNorms(file = join(DATA_DIR, "lta-norms.json")): NormsFile {
  return cached(`lnorms:${file}`, () => readJson(file, normsFile));
}
export function loadStyles(file = join(DATA_DIR, "lta-styles.json")): StylesFile {
  return cached(`styles:${file}`, () => readJson(file, stylesFile));
}
export function loadAnchors(file = join(DATA_DIR, "vics-anchors.json")): AnchorsFile {
  return cached(`anchors:${file}`, () => readJson(file, anchorsFile));
}
export function loadHolsti(file = join(DATA_DIR, "holsti.json")): HolstiFile {
  return cached(`holsti:${file}`, () => readJson(file, holstiFile));
}
