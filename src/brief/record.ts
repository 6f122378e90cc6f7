/**
 * "Profile and record": the leader's operational code and traits from the leader's own words
 * (src/profile) and the doctrine's backtest figures (src/decide fit file). Both modules are loaded
 * on demand; when one is missing, fails, or has nothing to say, the section says so in a note and
 * the rest of the page is unaffected.
 */
import { relative } from "node:path";
import type { Doctrine } from "../doctrine/index.ts";
import type { PageBuilder } from "./builder.ts";
import { REPO_ROOT, sha256File } from "./citations.ts";
import type { LeaderDocuments } from "./leader.ts";
import type { Block, Sentence } from "./types.ts";

export interface RecordOptions {
  /** Bootstrap replicates for the profile intervals (default 500). */
  replicates?: number;
  /** Seed of the bootstrap (default 1). */
  seed?: number;
  /** Worker threads for coding (default 0: this thread). */
  workers?: number;
}

const VICS = [
  { index: "P1", meaning: "the political universe as hostile, −1, or friendly, +1", side: "other" },
  {
    index: "I1",
    meaning: "the leader's own strategy as conflictual, −1, or cooperative, +1",
    side: "self",
  },
] as const;
const LTA = [
  { trait: "DIS", meaning: "distrust of others, 0 to 1" },
  { trait: "BACE", meaning: "belief in the ability to control events, 0 to 1" },
] as const;

type Iv = { lo: number | null; hi: number | null };
/** The parts of a profile (src/profile LeaderProfile) this section reads. */
interface ProfileLike {
  documents: number;
  words: number;
  provenance?: Record<string, unknown>;
  vics?: {
    indices?: Record<string, number | null>;
    intervals?: Record<string, Iv>;
    n?: { self: number; other: number };
  };
  lta?: {
    scores?: Record<string, number | null>;
    intervals?: Record<string, Iv>;
    counts?: Record<string, { positive: number; negative: number }>;
  };
}
/** The parts of the decide fit file (data/decide/fit.json) this section reads. */
interface FitLike {
  run?: string;
  default?: string;
  doctrine?: { id?: string; sha256?: string };
  cases?: { count?: number };
  models?: Record<string, { loo?: { accuracy: number; brier: number } }>;
}

const r3 = (x: number | null | undefined) =>
  typeof x === "number" ? Math.round(x * 1000) / 1000 : null;

async function profileSentences(
  page: PageBuilder,
  leaderName: string,
  docs: LeaderDocuments,
  opts: RecordOptions,
  notes: string[],
): Promise<Sentence[]> {
  if (!docs.own.length) {
    notes.push(
      "No operational-code or trait profile: the corpus holds none of the leader's own words.",
    );
    return [];
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import("../profile/index.ts")) as Record<string, unknown>;
  } catch {
    notes.push("No profile: the profile module is not available.");
    return [];
  }
  const profileCorpus = mod.profileCorpus as
    | ((c: unknown, f: unknown, o: unknown) => Promise<ProfileLike[]>)
    | undefined;
  if (typeof profileCorpus !== "function") {
    notes.push("No profile: the profile module has no profileCorpus.");
    return [];
  }
  let p: ProfileLike | undefined;
  try {
    [p] = await profileCorpus(
      page.corpus,
      { ids: docs.own.map((d) => d.id) },
      {
        replicates: opts.replicates ?? 500,
        seed: opts.seed ?? 1,
        workers: opts.workers ?? 0,
        label: leaderName,
      },
    );
  } catch (e) {
    notes.push(`No profile: profiling failed (${(e as Error).message}).`);
    return [];
  }
  if (!p) return [];
  const spans = docs.own.flatMap((d) => {
    const ps = page.book.passagesOf(d.id);
    return ps.length ? [{ doc: d.id, start: ps[0]!.start, end: ps[ps.length - 1]!.end }] : [];
  });
  const confidence = Number(p.provenance?.confidence ?? 0.95);
  const out: Sentence[] = [];
  for (const v of VICS) {
    const value = r3(p.vics?.indices?.[v.index]);
    if (value === null) continue;
    const iv: Partial<Iv> = p.vics?.intervals?.[v.index] ?? {};
    const s = page.templated(
      "record",
      "vics",
      {
        // The first index names the texts; later ones refer back to them.
        ...(out.length === 0 && { leader: leaderName, documents: p.documents, words: p.words }),
        index: v.index,
        meaning: v.meaning,
        value,
        lo: r3(iv.lo),
        hi: r3(iv.hi),
        n: p.vics?.n?.[v.side],
        confidence,
      },
      spans,
    );
    if (s) out.push(s);
  }
  for (const t of LTA) {
    const value = r3(p.lta?.scores?.[t.trait]);
    if (value === null) continue;
    const iv: Partial<Iv> = p.lta?.intervals?.[t.trait] ?? {};
    const c = p.lta?.counts?.[t.trait] ?? { positive: 0, negative: 0 };
    const s = page.templated(
      "record",
      "lta",
      {
        trait: t.trait,
        meaning: t.meaning,
        value,
        lo: r3(iv.lo),
        hi: r3(iv.hi),
        units: c.positive + c.negative,
        confidence,
      },
      spans,
    );
    if (s) out.push(s);
  }
  return out;
}

async function backtestSentences(
  page: PageBuilder,
  doctrine: Doctrine | undefined,
  doctrineFile: string | undefined,
  notes: string[],
): Promise<Sentence[]> {
  if (!doctrine) return [];
  let mod: Record<string, unknown>;
  try {
    mod = (await import("../decide/index.ts")) as Record<string, unknown>;
  } catch {
    notes.push("No backtest figures: the decide module is not available.");
    return [];
  }
  const readFitFile = mod.readFitFile as (() => FitLike | undefined) | undefined;
  const fitPath = mod.FIT_PATH as string | undefined;
  if (typeof readFitFile !== "function" || typeof fitPath !== "string") {
    notes.push("No backtest figures: the decide module has no fit file reader.");
    return [];
  }
  let fit: FitLike | undefined;
  try {
    fit = readFitFile();
  } catch (e) {
    notes.push(`No backtest figures: ${(e as Error).message}.`);
    return [];
  }
  if (!fit || fit.doctrine?.id !== doctrine.id) {
    notes.push(`No backtest figures: no fit run for doctrine ${doctrine.id}.`);
    return [];
  }
  if (doctrineFile && fit.doctrine?.sha256 !== sha256File(doctrineFile))
    notes.push("The fit run used another version of the doctrine file than this briefing.");
  const model = String(fit.default);
  const m = fit.models?.[model]?.loo;
  const base = fit.models?.uniform?.loo;
  if (!m || !base) return [];
  const file = relative(REPO_ROOT, fitPath);
  const cite = page.book.citeData(file, `models.${model}.loo, models.uniform.loo, cases.count`);
  const s = page.templated(
    "record",
    "backtest",
    {
      doctrine: doctrine.id,
      cases: fit.cases?.count,
      run: fit.run,
      model,
      accuracy: m.accuracy,
      brier: m.brier,
      baseline: "uniform",
      baselineBrier: base.brier,
    },
    [],
    [cite],
  );
  return s ? [s] : [];
}

export async function recordBlocks(
  page: PageBuilder,
  leaderName: string,
  docs: LeaderDocuments,
  doctrine: Doctrine | undefined,
  doctrineFile: string | undefined,
  opts: RecordOptions,
): Promise<{ blocks: Block[]; notes: string[] }> {
  const notes: string[] = [];
  const blocks: Block[] = [];
  const prof = await profileSentences(page, leaderName, docs, opts, notes);
  if (prof.length) blocks.push({ kind: "paragraph", sentences: prof });
  const bt = await backtestSentences(page, doctrine, doctrineFile, notes);
  if (bt.length) blocks.push({ kind: "paragraph", sentences: bt });
  return { blocks, notes };
}
