import { renameSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import {
  ask,
  type Briefing,
  buildBriefing,
  openAiRephraser,
  type Rephraser,
  readBriefing,
  renderHtml,
  renderJson,
  renderMarkdown,
  verifyBriefing,
} from "../../brief/index.ts";
import { StatecraftError } from "../../core/errors.ts";
import { type Corpus, openCorpus } from "../../corpus/index.ts";
import { loadDoctrine } from "../../doctrine/index.ts";
import { action, print, printJson, resolveDbPath, withDb } from "../context.ts";

type Format = "md" | "html" | "json";

interface StoreOpts {
  db?: string;
  ingest?: string[];
}
interface OutputOpts {
  format?: string;
  out?: string;
  llmUrl?: string;
  llmModel?: string;
  llmKey?: string;
}

async function withCorpus<T>(opts: StoreOpts, fn: (c: Corpus) => Promise<T>): Promise<T> {
  const corpus = opts.ingest?.length ? openCorpus(":memory:") : openCorpus(resolveDbPath(opts.db));
  try {
    if (opts.ingest?.length) await corpus.ingest(opts.ingest);
    return await fn(corpus);
  } finally {
    corpus.close();
  }
}

function formatOf(value: string | undefined, out?: string): Format {
  const v = value ?? (out?.endsWith(".html") ? "html" : out?.endsWith(".json") ? "json" : "md");
  if (v === "md" || v === "html" || v === "json") return v;
  throw new StatecraftError("SC_CLI_BAD_OPTION", `unknown format "${v}"`, {
    field: "--format",
    hint: "use md, html or json",
  });
}

function rephraserOf(o: OutputOpts): Rephraser | undefined {
  if (!o.llmUrl && !o.llmModel) return undefined;
  if (!o.llmUrl || !o.llmModel) {
    throw new StatecraftError("SC_CLI_BAD_OPTION", "--llm-url and --llm-model go together", {
      field: o.llmUrl ? "--llm-model" : "--llm-url",
      hint: "e.g. --llm-url http://127.0.0.1:8080/v1 --llm-model llama3",
    });
  }
  return openAiRephraser({
    url: o.llmUrl,
    model: o.llmModel,
    apiKey: o.llmKey ?? process.env.STATECRAFT_LLM_KEY,
  });
}

function render(b: Briefing, f: Format): string {
  return f === "html" ? renderHtml(b) : f === "json" ? renderJson(b) : renderMarkdown(b);
}

/** Prints, or writes the file whole (temporary file, then rename: never half-written). */
function emit(text: string, out?: string): void {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, out);
  print(`wrote ${out}`);
}

const ingestOption = "--ingest <paths...>";
const ingestHelp = "use a temporary in-memory store built from these files/folders instead of --db";

function outputOptions(cmd: Command): Command {
  return cmd
    .option("--format <format>", "md, html or json (default: from --out's extension, else md)")
    .option("--out <file>", "write to this file instead of standard output")
    .option(
      "--llm-url <url>",
      "OpenAI-compatible endpoint that rephrases quotations (verified, else kept)",
    )
    .option("--llm-model <name>", "model name for --llm-url")
    .option("--llm-key <key>", "bearer token for --llm-url (or $STATECRAFT_LLM_KEY)");
}

export function registerBrief(program: Command): void {
  const brief = withDb(
    outputOptions(
      program
        .command("brief")
        .description(
          "A cited briefing on a leader (TL;DR, key points, summary, FAQ, profile and record, sources)",
        )
        .option("--leader <name>", "the leader, as the corpus names them (honorifics ignored)")
        .option("--topic <topic>", "topic of the briefing", "foreign policy")
        .option("--country <iso3>", "only the leader's documents of this state")
        .option("--from <date>", "only documents dated on or after (ISO, partial allowed)")
        .option("--to <date>", "only documents dated on or before")
        .option(
          "--doctrine <file>",
          "doctrine file of the leader: key points from its pillars, cited figures",
        )
        .option("--no-record", "leave out the profile and backtest section (faster)")
        .option("--replicates <n>", "bootstrap replicates for profile intervals", "500")
        .option(ingestOption, ingestHelp),
    ),
  ).action(
    action(
      async (
        opts: StoreOpts &
          OutputOpts & {
            leader?: string;
            topic: string;
            country?: string;
            from?: string;
            to?: string;
            doctrine?: string;
            record: boolean;
            replicates: string;
          },
      ) => {
        if (!opts.leader) {
          throw new StatecraftError("SC_CLI_BAD_OPTION", "which leader?", {
            field: "--leader",
            hint: 'e.g. statecraft brief --leader "Hassan Rouhani"',
          });
        }
        const format = formatOf(opts.format, opts.out);
        const replicates = Number(opts.replicates);
        if (!Number.isInteger(replicates) || replicates < 0) {
          throw new StatecraftError("SC_CLI_BAD_OPTION", "--replicates must be a whole number", {
            field: "--replicates",
          });
        }
        const b = await withCorpus(opts, (c) =>
          buildBriefing(c, {
            leader: opts.leader!,
            topic: opts.topic,
            country: opts.country,
            from: opts.from,
            to: opts.to,
            doctrineFile: opts.doctrine,
            record: opts.record,
            recordOptions: { replicates },
            rephraser: rephraserOf(opts),
          }),
        );
        emit(render(b, format), opts.out);
      },
    ),
  );

  withDb(brief.command("verify <file>"))
    .description("Check a briefing JSON: every citation resolves and every sentence is supported")
    .option("--doctrine <file>", "also check templated doctrine figures against this doctrine file")
    .option(ingestOption, ingestHelp)
    .option("--json", "print the report as JSON")
    .action(
      action(async (file: string, own: StoreOpts & { doctrine?: string; json?: boolean }) => {
        // `brief` has the same options (--db, --doctrine, --ingest) and commander gives them to
        // the parent when written after `verify`; take either.
        const parent = brief.opts() as StoreOpts & { doctrine?: string };
        const opts = {
          ...own,
          db: own.db ?? parent.db,
          ingest: own.ingest ?? parent.ingest,
          doctrine: own.doctrine ?? parent.doctrine,
        };
        const b = readBriefing(file);
        const doctrine = opts.doctrine ? loadDoctrine(opts.doctrine).doctrine : undefined;
        const report = await withCorpus(opts, async (c) => verifyBriefing(b, c, { doctrine }));
        if (opts.json) {
          printJson(report);
          if (!report.ok) process.exitCode = 1;
          return;
        }
        if (report.ok) {
          print(
            `ok: ${file} (${report.verified} of ${report.sentences} sentences supported, ${report.citations.verified} of ${report.citations.checked} citations resolved)`,
          );
          return;
        }
        for (const i of report.issues)
          print(`${i.where}: ${i.reason}${i.text ? `\n  “${i.text}”` : ""}`);
        throw new StatecraftError(
          "SC_BRIEF_UNVERIFIED",
          `${report.issues.length} problem(s): ${report.verified} of ${report.sentences} sentences supported`,
          { file },
        );
      }),
    );

  withDb(
    outputOptions(
      program
        .command("ask <question>")
        .description("Answer a question from the corpus with cited, verified passages")
        .option("--speaker <name>", "only documents by this speaker")
        .option("--country <iso3>", "only documents of this state")
        .option("--from <date>", "only documents dated on or after")
        .option("--to <date>", "only documents dated on or before")
        .option("--collection <name>", "only documents of this collection (e.g. ungd)")
        .option("--limit <n>", "sentences in the answer", "5")
        .option(ingestOption, ingestHelp),
    ),
  ).action(
    action(
      async (
        question: string,
        opts: StoreOpts &
          OutputOpts & {
            speaker?: string;
            country?: string;
            from?: string;
            to?: string;
            collection?: string;
            limit: string;
          },
      ) => {
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1) {
          throw new StatecraftError(
            "SC_CLI_BAD_OPTION",
            "--limit must be a positive whole number",
            { field: "--limit" },
          );
        }
        const format = formatOf(opts.format, opts.out);
        const b = await withCorpus(opts, (c) =>
          ask(c, question, {
            speaker: opts.speaker,
            country: opts.country,
            from: opts.from,
            to: opts.to,
            collection: opts.collection,
            limit,
            rephraser: rephraserOf(opts),
          }),
        );
        emit(render(b, format), opts.out);
      },
    ),
  );
}
