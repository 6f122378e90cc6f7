import { renameSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { StatecraftError } from "../../core/errors.ts";
import { type Corpus, openCorpus } from "../../corpus/index.ts";
import {
  diffDoctrines,
  doctrineJsonSchema,
  evidenceEntries,
  findEvidence,
  loadDoctrine,
  locateEvidence,
  readDoctrineFile,
  renderDiffMarkdown,
  renderDoctrineJson,
  renderDoctrineMarkdown,
  renderEvidenceMarkdown,
  type SourceInfo,
  validateDoctrine,
} from "../../doctrine/index.ts";

import { action, print, printJson, resolveDbPath, withDb } from "../context.ts";

interface CorpusOpts {
  db?: string;
  ingest?: string[];
}

/** The store from --db, or a throw-away in-memory store built from --ingest paths. */
async function withCorpus<T>(opts: CorpusOpts, fn: (c: Corpus) => Promise<T>): Promise<T> {
  const corpus = opts.ingest?.length ? openCorpus(":memory:") : openCorpus(resolveDbPath(opts.db));
  try {
    if (opts.ingest?.length) await corpus.ingest(opts.ingest);
    return await fn(corpus);
  } finally {
    corpus.close();
  }
}

function format(value: string | undefined): "md" | "json" {
  if (value === undefined || value === "md" || value === "json") return value ?? "md";
  throw new StatecraftError("SC_CLI_BAD_OPTION", `unknown format "${value}"`, {
    field: "--format",
    hint: "use md or json",
  });
}

const ingestOption = "--ingest <paths...>";
const ingestHelp =
  "check against a temporary in-memory store built from these files/folders instead of --db";

export function registerDoctrine(program: Command): void {
  const doctrine = program
    .command("doctrine")
    .description("Cited, checkable foreign-policy doctrines");

  withDb(doctrine.command("validate <file>"))
    .description(
      "Check a doctrine file: schema, ids, target codes, provenance, and every quote against the corpus",
    )
    .option(ingestOption, ingestHelp)
    .option("--json", "print the report as JSON")
    .action(
      action(async (file: string, opts: CorpusOpts & { json?: boolean }) => {
        const report = await withCorpus(opts, (c) => validateDoctrine(file, c));
        if (opts.json) {
          printJson({
            ok: report.ok,
            quotes: report.quotes,
            issues: report.issues.map((i) => i.toJSON()),
          });
          if (!report.ok) process.exitCode = 1;
          return;
        }
        if (report.ok) {
          print(
            `ok: ${file} (${report.quotes.verified} of ${report.quotes.checked} evidence quotes verified)`,
          );
          return;
        }
        for (const issue of report.issues) print(issue.format());
        throw new StatecraftError(
          "SC_DOCTRINE_INVALID",
          `${report.issues.length} problem(s) in ${file}`,
          { file },
        );
      }),
    );

  withDb(doctrine.command("locate <file>"))
    .description(
      "Compute evidence offsets: find each quote in its document and fill or repair start/end",
    )
    .option(ingestOption, ingestHelp)
    .option("--write", "rewrite the file in place (comments and layout kept)")
    .action(
      action(async (file: string, opts: CorpusOpts & { write?: boolean }) => {
        const parsed = readDoctrineFile(file);
        const result = await withCorpus(opts, (c) => locateEvidence(parsed, c));
        for (const ch of result.changes)
          print(
            `${ch.field}: ${ch.from.start ?? "-"}..${ch.from.end ?? "-"} -> ${ch.to.start}..${ch.to.end} (${ch.doc})`,
          );
        for (const a of result.ambiguous)
          print(`note: ${a}: the quote occurs more than once; kept the nearest occurrence`);
        for (const i of result.issues) print(i.format());
        if (opts.write && result.changes.length) {
          const tmp = `${file}.tmp-${process.pid}`;
          writeFileSync(tmp, result.text);
          renameSync(tmp, file);
        }
        print(
          `${result.changes.length} offset change(s)${opts.write ? " written" : result.changes.length ? "; use --write to apply" : ""}`,
        );
        if (result.issues.length)
          throw new StatecraftError(
            "SC_DOCTRINE_INVALID",
            `${result.issues.length} quote(s) could not be located`,
            { file },
          );
      }),
    );

  doctrine
    .command("show <file>")
    .description(
      "Render a doctrine: principles, pillars, stances, red lines, flexibility, parameters, gaps",
    )
    .option("--format <format>", "md or json", "md")
    .option("--db <path>", "also name the cited documents (title, author, date) from this store")
    .action(
      action((file: string, opts: { format?: string; db?: string }) => {
        const { doctrine: d } = loadDoctrine(file);
        if (format(opts.format) === "json") {
          printJson(renderDoctrineJson(d));
          return;
        }
        let sources: Record<string, SourceInfo> | undefined;
        if (opts.db) {
          const corpus = openCorpus(resolveDbPath(opts.db));
          try {
            sources = {};
            for (const { evidence } of evidenceEntries(d)) {
              const doc = corpus.document(evidence.doc);
              if (doc)
                sources[evidence.doc] = { title: doc.title, speaker: doc.speaker, date: doc.date };
            }
          } finally {
            corpus.close();
          }
        }
        process.stdout.write(renderDoctrineMarkdown(d, { sources }));
      }),
    );

  doctrine
    .command("diff <a> <b>")
    .description(
      "Compare two doctrines principle by principle, stance by stance and parameter by parameter",
    )
    .option("--format <format>", "md or json", "md")
    .action(
      action((a: string, b: string, opts: { format?: string }) => {
        const diff = diffDoctrines(loadDoctrine(a).doctrine, loadDoctrine(b).doctrine);
        if (format(opts.format) === "json") printJson(diff);
        else process.stdout.write(renderDiffMarkdown(diff));
      }),
    );

  withDb(doctrine.command("evidence <file>"))
    .description(
      "Find corpus passages that support or contradict each principle, pillar and stance",
    )
    .option(ingestOption, ingestHelp)
    .option("--speaker <name>", "only documents by this speaker")
    .option("--country <iso3>", "only documents of this state")
    .option("--from <date>", "only documents dated on or after (ISO, partial allowed)")
    .option("--to <date>", "only documents dated on or before")
    .option("--limit <n>", "hits shown per item and relation", "5")
    .option("--format <format>", "md or json", "md")
    .action(
      action(async (file: string, opts: CorpusOpts & Record<string, string | undefined>) => {
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new StatecraftError(
            "SC_CLI_BAD_OPTION",
            `--limit must be a positive integer, got "${opts.limit}"`,
            { field: "--limit" },
          );
        const { doctrine: d } = loadDoctrine(file);
        const report = await withCorpus(opts, (c) =>
          findEvidence(d, c, {
            speaker: opts.speaker,
            country: opts.country,
            from: opts.from,
            to: opts.to,
            limit,
          }),
        );
        if (format(opts.format) === "json") printJson(report);
        else process.stdout.write(renderEvidenceMarkdown(report));
      }),
    );

  doctrine
    .command("schema")
    .description("Print the JSON Schema of doctrine files (for editor validation)")
    .option("--out <file>", "write it to a file instead")
    .action(
      action((opts: { out?: string }) => {
        const text = `${JSON.stringify(doctrineJsonSchema(), null, 2)}\n`;
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      }),
    );
}
