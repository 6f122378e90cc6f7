/**
 * Streaming reader for GDELT 1.0 event files (tab-separated, 57 or 58 columns; a comma-separated
 * export with the same columns also works). Lines are read one at a time, so a multi-GB file is
 * read in bounded memory; malformed lines are counted and skipped, never fatal.
 */
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseCsv } from "../core/csv.ts";
import { StatecraftError } from "../core/errors.ts";
import { quadOfRoot } from "./codebook.ts";
import type { EventRecord } from "./dyad.ts";

export interface GdeltEvent extends EventRecord {
  id: string;
  root: string;
  numMentions: number;
  numSources: number;
  numArticles: number;
  url: string;
}

/** GDELT 1.0 column positions (0-based). */
export const GDELT_COLUMNS = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor2Code: 15,
  EventCode: 26,
  EventRootCode: 28,
  QuadClass: 29,
  GoldsteinScale: 30,
  NumMentions: 31,
  NumSources: 32,
  NumArticles: 33,
  SOURCEURL: 57,
} as const;

export function parseGdeltFields(f: string[]): GdeltEvent | null {
  if (f.length < 34) return null;
  const id = f[GDELT_COLUMNS.GLOBALEVENTID]!;
  const d = f[GDELT_COLUMNS.SQLDATE]!;
  const code = f[GDELT_COLUMNS.EventCode]!;
  if (!/^\d+$/.test(id) || !/^\d{8}$/.test(d) || !/^\d{2,4}$/.test(code)) return null;
  const root = f[GDELT_COLUMNS.EventRootCode] || code.slice(0, 2);
  const quad = Number(f[GDELT_COLUMNS.QuadClass]);
  return {
    id,
    date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
    source: f[GDELT_COLUMNS.Actor1Code] ?? "",
    target: f[GDELT_COLUMNS.Actor2Code] ?? "",
    code,
    root: root.padStart(2, "0"),
    quadClass: quad >= 1 && quad <= 4 ? quad : quadOfRoot(root),
    goldstein: Number(f[GDELT_COLUMNS.GoldsteinScale]) || 0,
    numMentions: Number(f[GDELT_COLUMNS.NumMentions]) || 0,
    numSources: Number(f[GDELT_COLUMNS.NumSources]) || 0,
    numArticles: Number(f[GDELT_COLUMNS.NumArticles]) || 0,
    url: f[GDELT_COLUMNS.SOURCEURL] ?? "",
  };
}

export interface ReadStats {
  lines: number;
  events: number;
  skipped: number;
  /** 1-based line numbers of the first few skipped lines. */
  skippedLines: number[];
}

/** Yields the events of a GDELT 1.0 file; `stats` is updated as it goes. */
export async function* readGdelt(
  path: string,
  stats: ReadStats = { lines: 0, events: 0, skipped: 0, skippedLines: [] },
): AsyncGenerator<GdeltEvent> {
  if (!existsSync(path)) {
    throw new StatecraftError("SC_EVENTS_IMPORT_READ", `GDELT file not found: ${path}`, {
      file: path,
      hint: "Pass a GDELT 1.0 event file (tab-separated, 57/58 columns).",
    });
  }
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let tab: boolean | null = null;
  for await (const line of rl) {
    stats.lines++;
    if (!line) continue;
    if (tab === null) tab = line.includes("\t");
    const fields = tab ? line.split("\t") : (parseCsv(line)[0] ?? []);
    const e = parseGdeltFields(fields);
    if (!e) {
      // A header line is not an error.
      if (!(stats.lines === 1 && /GLOBALEVENTID/i.test(line))) {
        stats.skipped++;
        if (stats.skippedLines.length < 10) stats.skippedLines.push(stats.lines);
      }
      continue;
    }
    stats.events++;
    yield e;
  }
}
