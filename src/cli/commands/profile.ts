import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { StatecraftError } from "../../core/errors.ts";
import { type Corpus, type DocumentFilter, openCorpus } from "../../corpus/index.ts";
import {
  type CorpusProfileOptions,
  codeCorpus,
  explainCsv,
  fitNorms,
  formatCompare,
  formatExplain,
  formatGold,
  formatProfile,
  type LeaderProfile,
  profileCorpus,
  profileParameters,
  profilesCsv,
  runGold,
} from "../../profile/index.ts";
import { action, print, printJson, resolveDbPath, withDb } from "../context.ts";

interface ProfileFlags {
  db?: string;
  speaker?: string;
  country?: string;
  from?: string;
  to?: string;
  by?: string;
  json?: boolean;
  csv?: boolean;
  explain?: boolean;
  mode?: string;
  replicates?: string;
  seed?: string;
  norms?: string;
  holsti?: string;
  split?: string;
  workers?: string;
  missing?: string;
  params?: boolean;
  styleNorms?: string;
}

function int(v: string | undefined, field: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    throw new StatecraftError("SC_CLI_BAD_OPTION", `not a non-negative integer: ${v}`, { field });
  }
  return n;
}

function oneOf<T extends string>(
  v: string | undefined,
  allowed: readonly T[],
  field: string,
): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new StatecraftError(
      "SC_CLI_BAD_OPTION",
      `${field} must be one of ${allowed.join(", ")}`,
      { field },
    );
  }
  return v as T;
}

/** A progress bar on stderr for corpus-scale runs (only on a terminal). */
function progress(): { onProgress?: (done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { stop: () => {} };
  let bar: SingleBar | undefined;
  return {
    onProgress: (done, total) => {
      if (!bar) {
        bar = new SingleBar({
          format: "profile [{bar}] {value}/{total} texts",
          hideCursor: true,
          stream: process.stderr,
        });
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

function options(f: ProfileFlags): CorpusProfileOptions {
  return {
    by: oneOf(f.by, ["all", "year", "speaker", "country", "document"] as const, "--by"),
    explain: f.explain || f.params,
    ltaMode: oneOf(f.mode, ["per-response", "whole-text"] as const, "--mode"),
    replicates: int(f.replicates, "--replicates"),
    seed: int(f.seed, "--seed"),
    vicsNormGroup: f.norms,
    holstiRule: f.holsti,
    styleSplit: oneOf(f.split, ["mean", "sd"] as const, "--split"),
    styleNormGroup: f.styleNorms,
    workers: int(f.workers, "--workers"),
    missing: oneOf(f.missing, ["na", "zero"] as const, "--missing"),
  };
}

/** "IRN" (three capitals) selects a country; anything else a speaker. */
function selector(s: string): DocumentFilter {
  return /^[A-Z]{3}$/.test(s) ? { country: s } : { speaker: s };
}

function sentenceLookup(
  corpus: Corpus,
): (doc: string | undefined, s: number) => string | undefined {
  const cache = new Map<string, string[]>();
  return (doc, s) => {
    if (!doc) return undefined;
    let texts = cache.get(doc);
    if (!texts) {
      texts = corpus.passages(doc, "sentence").map((p) => p.text);
      cache.set(doc, texts);
    }
    return texts[s];
  };
}

function output(profiles: LeaderProfile[], f: ProfileFlags, corpus: Corpus): void {
  if (f.params) {
    const textOf = (doc: string) => corpus.document(doc)?.text;
    const rows = profiles.map((p) => ({
      label: p.label,
      parameters: profileParameters(p, { textOf }),
    }));
    printJson(rows.length === 1 ? rows[0] : rows);
    return;
  }
  if (f.json) printJson(profiles.length === 1 ? profiles[0] : profiles);
  else if (f.csv) print(f.explain ? profiles.map(explainCsv).join("\n") : profilesCsv(profiles));
  else {
    for (const p of profiles) {
      print(formatProfile(p));
      if (f.explain) print(`\n${formatExplain(p, sentenceLookup(corpus))}`);
      print();
    }
  }
}

function addOptions(cmd: Command): Command {
  return withDb(
    cmd
      .option("--from <date>", "first date (ISO, partial allowed)")
      .option("--to <date>", "last date (ISO, partial allowed)")
      .option(
        "--mode <mode>",
        "LTA scoring: per-response (Hermann) or whole-text (leadeR)",
        "per-response",
      )
      .option("--replicates <n>", "bootstrap replicates for the intervals", "1000")
      .option("--seed <n>", "bootstrap seed", "1")
      .option(
        "--norms <group>",
        "VICS norm group (psycl-all, psycl-us, psycl-uk, psycl-other, statecraft-ungd)",
      )
      .option("--holsti <rule>", "Holsti cut rule (fitted-means, norm-means, raw-midpoint)")
      .option("--split <split>", "style thresholds: mean or sd")
      .option(
        "--style-norms <group>",
        "LTA norm group for style thresholds (statecraft-ungd, heads-87, leaders-122)",
      )
      .option("--missing <policy>", "zero denominators: na or zero")
      .option("--workers <n>", "worker threads (0 = none)")
      .option("--json", "JSON output")
      .option("--csv", "CSV output")
      .option("--explain", "list every coded verb and LTA hit with the rule that fired")
      .option("--params", "print doctrine parameters (provenance text, with cited evidence)"),
  );
}

export function registerProfile(program: Command): void {
  const profile = addOptions(
    program
      .command("profile")
      .description("operational code (VICS) and leadership traits (LTA) of a speaker or country")
      .option("--speaker <name>", "speaker name (honorifics ignored)")
      .option("--country <iso3>", "ISO3 code of the speaker's state")
      .option("--by <group>", "one profile per year, speaker, country or document", "all"),
  ).action(
    action(async (f: ProfileFlags) => {
      if (!f.speaker && !f.country) {
        throw new StatecraftError("SC_CLI_BAD_OPTION", "give --speaker or --country", {
          hint: "e.g. statecraft profile --country IRN --from 2013 --to 2020 --by year",
        });
      }
      const corpus = openCorpus(resolveDbPath(f.db));
      try {
        const filter: DocumentFilter = {
          speaker: f.speaker,
          country: f.country,
          from: f.from,
          to: f.to,
        };
        const label = [
          f.speaker ?? f.country,
          f.from || f.to ? `${f.from ?? ""}-${f.to ?? ""}` : "",
        ]
          .filter(Boolean)
          .join(" ");
        const bar = progress();
        try {
          const opts = { ...options(f), label, onProgress: bar.onProgress };
          const profiles = await profileCorpus(corpus, filter, opts);
          bar.stop();
          output(profiles, f, corpus);
        } finally {
          bar.stop();
        }
      } finally {
        corpus.close();
      }
    }),
  );
  withDb(
    profile
      .command("fit-norms")
      .description(
        "fit a norm group (mean, SD per index and trait) from the speakers of a corpus selection",
      )
      .option("--collection <name>", "corpus collection, e.g. ungd")
      .option("--min-words <n>", "leave out speakers with fewer words", "4000")
      .option("--name <name>", "norm group name", "statecraft-fitted"),
  ).action(
    action(async (_f: unknown, cmd: Command) => {
      const f = cmd.optsWithGlobals() as ProfileFlags & {
        collection?: string;
        minWords?: string;
        name?: string;
      };
      const corpus = openCorpus(resolveDbPath(f.db));
      try {
        const filter: DocumentFilter = {
          country: f.country,
          speaker: f.speaker,
          from: f.from,
          to: f.to,
          collection: f.collection,
        };
        const bar = progress();
        const codings = await codeCorpus(corpus, filter, {
          workers: int(f.workers, "--workers"),
          onProgress: bar.onProgress,
        });
        bar.stop();
        const source = `Statecraft coder on corpus selection ${JSON.stringify(filter)}`;
        printJson(
          fitNorms(codings, { name: f.name, minWords: int(f.minWords, "--min-words"), source }),
        );
      } finally {
        corpus.close();
      }
    }),
  );
  profile
    .command("validate")
    .description("precision/recall of the automatic coders against the bundled hand-coded gold set")
    .option("--no-intent", "without the intended-deed rule (added after the gold set was coded)")
    .action(
      action((_f: unknown, cmd: Command) => {
        const f = cmd.optsWithGlobals() as { json?: boolean; intent?: boolean };
        const r = runGold(undefined, undefined, { recodeIntendedDeeds: f.intent !== false });
        if (f.json) printJson(r);
        else print(formatGold(r));
      }),
    );
  addOptions(
    profile
      .command("compare")
      .description("compare two speakers or countries (e.g. Rouhani Ahmadinejad, or IRN USA)")
      .argument("<a>", "speaker name or ISO3 code")
      .argument("<b>", "speaker name or ISO3 code"),
  ).action(
    action(async (a: string, b: string, _f: ProfileFlags, cmd: Command) => {
      // Options shared with the parent command are parsed by the parent: merge them.
      const f = cmd.optsWithGlobals() as ProfileFlags;
      const corpus = openCorpus(resolveDbPath(f.db));
      try {
        const opts = { ...options(f), by: "all" as const };
        const range = { from: f.from, to: f.to };
        const [pa] = await profileCorpus(
          corpus,
          { ...selector(a), ...range },
          { ...opts, label: a },
        );
        const [pb] = await profileCorpus(
          corpus,
          { ...selector(b), ...range },
          { ...opts, label: b },
        );
        if (f.json) printJson({ a: pa, b: pb });
        else {
          print(formatCompare(pa!, pb!));
          for (const p of [pa!, pb!])
            for (const w of p.warnings) print(`warning (${p.label}): ${w}`);
        }
      } finally {
        corpus.close();
      }
    }),
  );
}
