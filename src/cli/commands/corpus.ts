import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { StatecraftError } from "../../core/errors.ts";
import { type IngestReport, openCorpus } from "../../corpus/index.ts";
import { action, print, printJson, resolveDbPath, withDb } from "../context.ts";

interface IngestFlags {
  db?: string;
  speaker?: string;
  date?: string;
  country?: string;
  source?: string;
  license?: string;
  meta?: string;
  maxSize?: string;
  json?: boolean;
  progress?: boolean;
}

function parseSize(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(s.trim());
  if (!m) {
    throw new StatecraftError("SC_CLI_BAD_OPTION", `not a size: ${s}`, {
      field: "--max-size",
      hint: "e.g. 50MB, 500kb, 1048576",
    });
  }
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "k" ? 1e3 : unit === "m" ? 1e6 : unit === "g" ? 1e9 : 1;
  return Math.round(Number(m[1]) * mult);
}

export function summarizeIngest(r: IngestReport): string {
  const lines = [
    `files: ${r.files} (${(r.bytes / 1e6).toFixed(1)} MB)`,
    `documents: ${r.added} added, ${r.newVersions} new versions, ${r.unchanged} unchanged, ${r.metadataUpdated} metadata updated`,
    `passages: ${r.passages} added; words: ${r.words}`,
  ];
  if (r.skipped.length) {
    lines.push(`skipped: ${r.skipped.length}`);
    for (const s of r.skipped) lines.push(`  ${s.path}: ${s.reason}`);
  }
  if (r.failed.length) {
    lines.push(`failed: ${r.failed.length}`);
    for (const f of r.failed) {
      const where = f.line ? `${f.path}:${f.line}` : f.path;
      lines.push(
        `  ${f.code}: ${f.message} (${where}${f.field ? `, ${f.field}` : ""})${f.hint ? `\n    hint: ${f.hint}` : ""}`,
      );
    }
  }
  return lines.join("\n");
}

export function registerCorpus(program: Command): void {
  withDb(
    program
      .command("ingest")
      .description("ingest files and folders (.txt .md .html .pdf .jsonl) into the corpus")
      .argument("<paths...>", "files or folders (folders are read recursively)")
      .option("--speaker <name>", "speaker or author of every document")
      .option("--date <iso>", "date of every document (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--country <iso3>", "speaker's state, ISO3")
      .option("--source <text>", "source of every document")
      .option("--license <text>", "license of every document")
      .option(
        "--meta <file.jsonl>",
        "metadata file: one JSON object per line with `file` and fields",
      )
      .option("--max-size <size>", "largest file accepted (default 50MB)")
      .option("--no-progress", "no progress bar")
      .option("--json", "machine-readable report"),
  ).action(
    action(async (paths: string[], flags: IngestFlags) => {
      const corpus = openCorpus(resolveDbPath(flags.db));
      const showBar = flags.progress !== false && !flags.json && process.stderr.isTTY;
      const bar = showBar
        ? new SingleBar({ format: "ingest [{bar}] {value}/{total} files {file}", hideCursor: true })
        : undefined;
      try {
        const report = await corpus.ingest(paths, {
          meta: {
            speaker: flags.speaker,
            date: flags.date,
            country: flags.country,
            source: flags.source,
            license: flags.license,
          },
          metaFile: flags.meta,
          maxBytes: parseSize(flags.maxSize),
          onProgress: bar
            ? (p) => {
                if (p.done === 1) bar.start(p.total, 0, { file: "" });
                bar.update(p.done, {
                  file: p.path.length > 40 ? `...${p.path.slice(-37)}` : p.path,
                });
              }
            : undefined,
        });
        bar?.stop();
        if (flags.json) printJson({ ...report, documents: report.documents });
        else print(summarizeIngest(report));
        if (report.failed.length) process.exitCode = 1;
      } finally {
        bar?.stop();
        corpus.close();
      }
    }),
  );

  withDb(
    program
      .command("search")
      .description('full-text search over passages (BM25); "quoted phrases" supported')
      .argument("<query>", "words or phrases")
      .option("--speaker <name>", "speaker (honorifics ignored)")
      .option("--country <iso3>", "speaker's state")
      .option("--from <date>", "earliest date (ISO, partial allowed)")
      .option("--to <date>", "latest date (ISO, partial allowed)")
      .option("--level <level>", "sentence or paragraph", "sentence")
      .option("--limit <n>", "number of results", "10")
      .option("--json", "machine-readable output"),
  ).action(
    action((query: string, flags: Record<string, string | boolean | undefined>) => {
      const corpus = openCorpus(resolveDbPath(flags.db as string | undefined));
      try {
        const level = flags.level === "paragraph" ? "paragraph" : "sentence";
        const hits = corpus.search(query, {
          speaker: flags.speaker as string | undefined,
          country: flags.country as string | undefined,
          from: flags.from as string | undefined,
          to: flags.to as string | undefined,
          level,
          limit: Number(flags.limit),
        });
        if (flags.json) return printJson(hits);
        if (!hits.length) return print("no passages match");
        hits.forEach((h, i) => {
          const who = [h.doc.speaker, h.doc.country, h.doc.date].filter(Boolean).join(", ");
          print(
            `${i + 1}. ${h.doc.id} [${h.passage.start}-${h.passage.end}] ${who}  (score ${h.score.toFixed(2)})`,
          );
          print(`   ${h.snippet}`);
          print(`   passage ${h.passage.id}`);
        });
      } finally {
        corpus.close();
      }
    }),
  );

  const docs = program.command("docs").description("browse documents");
  withDb(
    docs
      .command("list")
      .description("list documents (latest versions)")
      .option("--speaker <name>")
      .option("--country <iso3>")
      .option("--from <date>")
      .option("--to <date>")
      .option("--collection <name>")
      .option("--json"),
  ).action(
    action((flags: Record<string, string | boolean | undefined>) => {
      const corpus = openCorpus(resolveDbPath(flags.db as string | undefined));
      try {
        const list = corpus.documents({
          speaker: flags.speaker as string | undefined,
          country: flags.country as string | undefined,
          from: flags.from as string | undefined,
          to: flags.to as string | undefined,
          collection: flags.collection as string | undefined,
        });
        if (flags.json) return printJson(list);
        for (const d of list) {
          print(
            `${d.id.padEnd(28)} v${d.version} ${(d.date ?? "").padEnd(10)} ${(d.country ?? "").padEnd(4)} ${(d.speaker ?? "").slice(0, 28).padEnd(28)} ${d.words} words  ${d.title ?? ""}`,
          );
        }
        print(`${list.length} documents`);
      } finally {
        corpus.close();
      }
    }),
  );
  withDb(
    docs
      .command("show")
      .description("show a document: metadata, text and passages")
      .argument("<id>", "document id")
      .option("--version <n>", "a given version (default: latest)")
      .option("--passages", "list sentence passages with offsets")
      .option("--json"),
  ).action(
    action((id: string, flags: Record<string, string | boolean | undefined>) => {
      const corpus = openCorpus(resolveDbPath(flags.db as string | undefined));
      try {
        const doc = corpus.document(id, flags.version ? Number(flags.version) : undefined);
        if (!doc) {
          throw new StatecraftError("SC_CORPUS_NO_DOCUMENT", `no document ${id}`, {
            field: "id",
            hint: "list documents with `statecraft docs list`",
          });
        }
        const passages =
          flags.passages || flags.json ? corpus.passages(id, "sentence", doc.version) : [];
        if (flags.json) return printJson({ ...doc, passages });
        const { text, meta, ...summary } = doc;
        for (const [k, v] of Object.entries(summary)) if (v !== null) print(`${k}: ${v}`);
        const extra = Object.fromEntries(Object.entries(meta).filter(([k]) => !(k in summary)));
        if (Object.keys(extra).length) print(`meta: ${JSON.stringify(extra, null, 2)}`);
        print("");
        if (flags.passages)
          for (const p of passages) print(`${p.id} [${p.start}-${p.end}] ${p.text}`);
        else print(text);
      } finally {
        corpus.close();
      }
    }),
  );
}
