import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { parseCsvObjects } from "../../core/csv.ts";
import { StatecraftError } from "../../core/errors.ts";
import { openCorpus } from "../../corpus/index.ts";
import {
  type CodedEvent,
  codeGold,
  type Dedup,
  dictionariesBeside,
  dyad,
  EventCoder,
  type EventRecord,
  eventsInvolving,
  fillScenarioPressures,
  formatEvents,
  importGdeltRows,
  insertCoded,
  type NoMatch,
  type Period,
  type ReadStats,
  readGdelt,
  readGold,
  scoreGold,
  storedDocumentInput,
} from "../../events/index.ts";
import { openStore } from "../../store/index.ts";
import { action, print, printJson, printJsonLine, resolveDbPath, withDb } from "../context.ts";

interface FileDoc {
  docId: string;
  text: string;
  date: string | null;
  speaker?: { name?: string; country?: string };
}

/** Text files under PATH; dates from a `speeches.jsonl` beside them (field `year` or `date`) when present. */
function filesToCode(path: string, date?: string): FileDoc[] {
  if (!existsSync(path)) {
    throw new StatecraftError("SC_EVENTS_PATH", `no such file or folder: ${path}`, { file: path });
  }
  const isDir = statSync(path).isDirectory();
  const files = isDir
    ? readdirSync(path)
        .filter((f) => /\.(txt|md)$/i.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const meta = new Map<string, { date: string; country?: string; speaker?: string }>();
  const jsonl = join(isDir ? path : join(path, ".."), "speeches.jsonl");
  if (existsSync(jsonl)) {
    for (const line of readFileSync(jsonl, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as {
        file?: string;
        year?: number;
        date?: string;
        country_iso3?: string;
        speaker?: string;
      };
      if (r.file)
        meta.set(r.file, {
          date: r.date ?? (r.year ? String(r.year) : ""),
          country: r.country_iso3,
          speaker: r.speaker,
        });
    }
  }
  return files.map((f) => {
    const m = meta.get(basename(f));
    return {
      docId: basename(f, extname(f)),
      text: readFileSync(f, "utf8"),
      date: date ?? (m?.date || null),
      ...(m?.country ? { speaker: { country: m.country, name: m.speaker } } : {}),
    };
  });
}

function readEventsFile(path: string): EventRecord[] {
  if (!existsSync(path))
    throw new StatecraftError("SC_EVENTS_PATH", `no such events file: ${path}`, { file: path });
  const raw = readFileSync(path, "utf8");
  if (path.endsWith(".jsonl")) {
    return raw
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => {
        const r = JSON.parse(l) as { event?: CodedEvent };
        const e = r.event;
        if (!e)
          throw new StatecraftError("SC_EVENTS_FILE_FORMAT", "JSONL line without an event", {
            file: path,
          });
        return e;
      });
  }
  return parseCsvObjects(raw).map((r) => {
    const d = r.SQLDATE ?? "";
    return {
      date: d.length === 8 ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null,
      source: r.Actor1Code ?? "",
      target: r.Actor2Code ?? "",
      code: r.EventCode ?? "",
      goldstein: Number(r.GoldsteinScale) || 0,
      quadClass: Number(r.QuadClass) || 0,
    };
  });
}

export function registerEvents(program: Command): void {
  const events = program
    .command("events")
    .description("CAMEO event coding, GDELT import, dyads and pressures");

  withDb(
    events
      .command("code [path]")
      .description("code text files (or the corpus with --corpus) into CAMEO events")
      .option("--corpus", "code the documents of the store's corpus")
      .option("--speaker <name>", "corpus filter: speaker")
      .option("--country <iso3>", "corpus filter: country")
      .option("--from <date>", "corpus filter: from date")
      .option("--to <date>", "corpus filter: to date")
      .option("--collection <name>", "corpus filter: collection")
      .option("--date <iso>", "date for files without metadata")
      .option("--out <file>", "output file (.csv or .jsonl); default: CSV on stdout")
      .option("--store", "also write the events into the store's events table")
      .option("--explain", "list sentences that matched no pattern, and why")
      .option("--actors <csv...>", "actor dictionaries (default: vendored Phoenix dictionaries)")
      .option("--agents <csv...>", "agent dictionaries (default: vendored Phoenix agents)")
      .option("--json", "errors as JSON"),
  ).action(
    action(
      (path: string | undefined, o: Record<string, string | boolean | string[] | undefined>) => {
        const coder = new EventCoder({
          actorFiles: o.actors as string[] | undefined,
          agentFiles: o.agents as string[] | undefined,
        });
        const all: CodedEvent[] = [];
        const unmatched: NoMatch[] = [];
        if (o.corpus) {
          const corpus = openCorpus(resolveDbPath(o.db as string | undefined));
          try {
            const docs = corpus.documents({
              speaker: o.speaker as string | undefined,
              country: o.country as string | undefined,
              from: o.from as string | undefined,
              to: o.to as string | undefined,
              collection: o.collection as string | undefined,
            });
            for (const d of docs) {
              const rec = corpus.document(d.id);
              if (!rec) continue;
              const r = coder.code(storedDocumentInput(corpus, rec), {
                explain: Boolean(o.explain),
              });
              all.push(...r.events);
              unmatched.push(...r.unmatched);
            }
            if (o.store) insertCoded(corpus.db, all);
          } finally {
            corpus.close();
          }
        } else {
          if (!path)
            throw new StatecraftError("SC_EVENTS_NO_INPUT", "give a PATH or --corpus", {
              hint: "statecraft events code examples/corpus/ungd --out events.csv",
            });
          for (const d of filesToCode(path, o.date as string | undefined)) {
            const r = coder.code(d, { explain: Boolean(o.explain) });
            all.push(...r.events);
            unmatched.push(...r.unmatched);
          }
          if (o.store) {
            const db = openStore(resolveDbPath(o.db as string | undefined));
            insertCoded(db, all);
            db.close();
          }
        }
        const out = o.out as string | undefined;
        const format = out?.endsWith(".jsonl") ? "jsonl" : "csv";
        const text = formatEvents(all, format);
        if (out) {
          writeFileSync(out, text);
          print(`${all.length} events written to ${out}`);
        } else process.stdout.write(text);
        if (o.explain) {
          for (const u of unmatched)
            print(
              `no event  ${u.docId}:${u.sentence}  ${u.sentenceText.slice(0, 120)}\n    ${u.reasons.join("\n    ")}`,
            );
        }
      },
    ),
  );

  events
    .command("gold <file>")
    .description("code each gold record's text and score it against the expected events")
    .option(
      "--actors <csv>",
      "actor dictionary (default: petrarch2_validation_actors.csv beside FILE)",
    )
    .option(
      "--agents <csv>",
      "agent dictionary (default: petrarch2_validation_agents.csv beside FILE)",
    )
    .option("--no-statements", "do not code reporting clauses as statements")
    .option("--json", "one JSON object per record, then the scores")
    .action(
      action(
        (
          file: string,
          o: { actors?: string; agents?: string; statements: boolean; json?: boolean },
        ) => {
          const beside = dictionariesBeside(file);
          const actors = o.actors ?? beside.actors;
          const agents = o.agents ?? beside.agents;
          const coder = new EventCoder({
            actorFiles: actors ? [actors] : undefined,
            agentFiles: agents ? [agents] : undefined,
            statements: o.statements,
            // PETRARCH's convention: an event needs a named target (statements aside).
            untargeted: false,
          });
          const records = readGold(file);
          const outputs = codeGold(coder, records);
          const scores = scoreGold(records, outputs);
          if (o.json) {
            for (const out of outputs) printJsonLine(out);
            printJsonLine({ scores });
            return;
          }
          print(
            `records ${scores.records}, expected events ${scores.expected}, coded ${scores.coded}`,
          );
          for (const level of ["full", "root", "dyad"] as const) {
            const s = scores[level];
            print(
              `${level.padEnd(5)} P=${s.precision} R=${s.recall} F1=${s.f1} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
            );
          }
        },
      ),
    );

  withDb(
    events
      .command("import <file>")
      .description("stream a GDELT 1.0 event file into the store's events table")
      .option("--json", "report as JSON"),
  ).action(
    action(async (file: string, o: { db?: string; json?: boolean }) => {
      const db = openStore(resolveDbPath(o.db));
      const stats: ReadStats = { lines: 0, events: 0, skipped: 0, skippedLines: [] };
      const t0 = performance.now();
      try {
        const n = await importGdeltRows(db, readGdelt(file, stats));
        const secs = (performance.now() - t0) / 1000;
        const report = {
          file,
          imported: n,
          lines: stats.lines,
          skipped: stats.skipped,
          skippedLines: stats.skippedLines,
          seconds: Math.round(secs * 100) / 100,
        };
        if (o.json) printJson(report);
        else
          print(
            `imported ${n} events from ${file} (${stats.skipped} lines skipped) in ${report.seconds} s`,
          );
      } finally {
        db.close();
      }
    }),
  );

  withDb(
    events
      .command("dyad <a> <b>")
      .description(
        "event counts and Goldstein sums per period in each direction between two actors",
      )
      .option("--by <period>", "day | month | quarter | year", "month")
      .option(
        "--dedup <mode>",
        "none | daily | period (one event per source, target, code and day/period)",
        "daily",
      )
      .option("--exact", "match actor codes exactly (default: prefix, IRN matches IRNGOV)")
      .option(
        "--events <file>",
        "read events from a CSV/JSONL file written by `events code` instead of the store",
      )
      .option("--origin <origin>", "store events only from: coded | gdelt")
      .option("--json", "print JSON"),
  ).action(
    action(
      (
        a: string,
        b: string,
        o: {
          by: string;
          dedup: string;
          exact?: boolean;
          events?: string;
          origin?: "coded" | "gdelt";
          db?: string;
          json?: boolean;
        },
      ) => {
        if (!["day", "month", "quarter", "year"].includes(o.by))
          throw new StatecraftError("SC_EVENTS_BAD_OPTION", `unknown period "${o.by}"`, {
            field: "--by",
            hint: "day, month, quarter or year",
          });
        if (!["none", "daily", "period"].includes(o.dedup))
          throw new StatecraftError("SC_EVENTS_BAD_OPTION", `unknown dedup "${o.dedup}"`, {
            field: "--dedup",
            hint: "none, daily or period",
          });
        const opts = { by: o.by as Period, dedup: o.dedup as Dedup, prefix: !o.exact };
        let rows: ReturnType<typeof dyad>;
        if (o.events) rows = dyad(readEventsFile(o.events), a.toUpperCase(), b.toUpperCase(), opts);
        else {
          const db = openStore(resolveDbPath(o.db));
          try {
            rows = dyad(
              eventsInvolving(db, [a.toUpperCase(), b.toUpperCase()], o.origin),
              a.toUpperCase(),
              b.toUpperCase(),
              opts,
            );
          } finally {
            db.close();
          }
        }
        if (o.json) return printJson({ a, b, by: o.by, dedup: o.dedup, rows });
        print(`period      direction  events  goldstein_sum  quad1/2/3/4`);
        for (const r of rows)
          print(
            `${r.period.padEnd(11)} ${(r.direction === "a->b" ? `${a}->${b}` : `${b}->${a}`).padEnd(10)} ${String(r.count).padStart(6)}  ${String(r.goldsteinSum).padStart(13)}  ${r.quad.join("/")}`,
          );
      },
    ),
  );

  withDb(
    events
      .command("pressures <scenario>")
      .description(
        "estimate military_threat and isolation of scenario records from prior events (marked as estimated)",
      )
      .option(
        "--state <iso3>",
        "state whose pressures to estimate (default: first three letters of `decider`)",
      )
      .option("--events <file>", "events CSV/JSONL instead of the store")
      .option("--window <days>", "days before the scenario date that count", "365")
      .option("--half-life <days>", "half-life of an event's weight", "90")
      .option("--out <file>", "write the filled scenario file here (default: print it)")
      .option("--json", "print the estimates as JSON"),
  ).action(
    action(
      (
        scenario: string,
        o: {
          state?: string;
          events?: string;
          window: string;
          halfLife: string;
          out?: string;
          db?: string;
          json?: boolean;
        },
      ) => {
        const windowDays = Number(o.window);
        const halfLifeDays = Number(o.halfLife);
        let source: () => Iterable<EventRecord>;
        let close = () => {};
        if (o.events) {
          const evs = readEventsFile(o.events);
          source = () => evs;
        } else {
          const db = openStore(resolveDbPath(o.db));
          close = () => db.close();
          source = () =>
            db
              .prepare(
                "SELECT date, source, target, code, goldstein, quad_class AS quadClass FROM events",
              )
              .iterate() as Iterable<EventRecord>;
        }
        try {
          const res = fillScenarioPressures(scenario, source, {
            state: o.state?.toUpperCase(),
            windowDays,
            halfLifeDays,
          });
          if (o.out) writeFileSync(o.out, res.text);
          if (o.json) printJson(res.estimates);
          else if (o.out) print(`${res.estimates.length} scenario(s) written to ${o.out}`);
          else process.stdout.write(res.text);
        } finally {
          close();
        }
      },
    ),
  );
}
