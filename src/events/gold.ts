/**
 * Gold evaluation: code each record's `text` (never its parse or expected events) and score the
 * coded (source, target, code) triples against the expected ones, at full-code and root level.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { StatecraftError } from "../core/errors.ts";
import type { EventCoder } from "./coder.ts";

export interface GoldRecord {
  id: string;
  date: string | null;
  text: string;
  expected: Array<{ source: string; target: string; event_code: string }>;
}

export interface GoldOutput {
  id: string;
  events: Array<{ source: string; target: string; event_code: string }>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface GoldScores {
  records: number;
  expected: number;
  coded: number;
  full: Score;
  root: Score;
  /** Source and target only (code ignored): how well actors and their roles are found. */
  dyad: Score;
}

/** Reads a gold JSONL file; records without a usable code are kept with no expected events. */
export function readGold(path: string): GoldRecord[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (cause) {
    throw new StatecraftError("SC_EVENTS_GOLD_READ", `cannot read gold file ${path}`, {
      file: path,
      cause,
    });
  }
  const out: GoldRecord[] = [];
  raw.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line);
    } catch (cause) {
      throw new StatecraftError("SC_EVENTS_GOLD_JSON", "invalid JSON line", {
        file: path,
        line: i + 1,
        cause,
      });
    }
    if (typeof r.text !== "string" || r.id === undefined) {
      throw new StatecraftError("SC_EVENTS_GOLD_RECORD", "record needs id and text", {
        file: path,
        line: i + 1,
        hint: 'Each line: {"id": ..., "text": ..., "expected_events": [...]}.',
      });
    }
    const exp = Array.isArray(r.expected_events)
      ? (r.expected_events as Array<Record<string, unknown>>)
      : [];
    out.push({
      id: String(r.id),
      date: typeof r.date === "string" ? r.date : null,
      text: r.text,
      expected: exp
        .filter((e) => typeof e.event_code === "string" && e.event_code !== "None")
        .map((e) => ({
          source: String(e.source ?? "---"),
          target: String(e.target ?? "---"),
          event_code: String(e.event_code),
        })),
    });
  });
  return out;
}

/** Default dictionaries beside a gold file (the PETRARCH2 validation dictionaries), if present. */
export function dictionariesBeside(path: string): { actors?: string; agents?: string } {
  const dir = dirname(path);
  const actors = join(dir, "petrarch2_validation_actors.csv");
  const agents = join(dir, "petrarch2_validation_agents.csv");
  return {
    actors: existsSync(actors) ? actors : undefined,
    agents: existsSync(agents) ? agents : undefined,
  };
}

/** Normalises a gold date ("19950105", "2013-01-05") to ISO. */
function isoDate(d: string | null): string | null {
  if (!d) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(d.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Codes every record's text. */
export function codeGold(coder: EventCoder, records: readonly GoldRecord[]): GoldOutput[] {
  return records.map((r) => {
    const res = coder.code({ docId: r.id, text: r.text, date: isoDate(r.date) });
    const seen = new Set<string>();
    const events: GoldOutput["events"] = [];
    for (const e of res.events) {
      const ev = { source: e.source, target: e.target || "---", event_code: e.code };
      const k = `${ev.source}|${ev.target}|${ev.event_code}`;
      if (!seen.has(k)) {
        seen.add(k);
        events.push(ev);
      }
    }
    return { id: r.id, events };
  });
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 10000) / 10000;
  return { tp, fp, fn, precision: r(precision), recall: r(recall), f1: r(f1) };
}

/** Multiset matching of triples per record. */
function count(exp: string[], got: string[]): { tp: number; fp: number; fn: number } {
  const pool = new Map<string, number>();
  for (const e of exp) pool.set(e, (pool.get(e) ?? 0) + 1);
  let tp = 0;
  for (const g of got) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(g, n - 1);
    }
  }
  return { tp, fp: got.length - tp, fn: exp.length - tp };
}

export function scoreGold(
  records: readonly GoldRecord[],
  outputs: readonly GoldOutput[],
): GoldScores {
  const byId = new Map(outputs.map((o) => [o.id, o]));
  const full = { tp: 0, fp: 0, fn: 0 };
  const root = { tp: 0, fp: 0, fn: 0 };
  const dy = { tp: 0, fp: 0, fn: 0 };
  let expected = 0;
  let coded = 0;
  for (const r of records) {
    const got = byId.get(r.id)?.events ?? [];
    expected += r.expected.length;
    coded += got.length;
    const f = count(
      r.expected.map((e) => `${e.source}|${e.target}|${e.event_code}`),
      got.map((e) => `${e.source}|${e.target}|${e.event_code}`),
    );
    const ro = count(
      r.expected.map((e) => `${e.source}|${e.target}|${e.event_code.slice(0, 2)}`),
      got.map((e) => `${e.source}|${e.target}|${e.event_code.slice(0, 2)}`),
    );
    const d = count(
      r.expected.map((e) => `${e.source}|${e.target}`),
      got.map((e) => `${e.source}|${e.target}`),
    );
    for (const k of ["tp", "fp", "fn"] as const) {
      full[k] += f[k];
      root[k] += ro[k];
      dy[k] += d[k];
    }
  }
  return {
    records: records.length,
    expected,
    coded,
    full: score(full.tp, full.fp, full.fn),
    root: score(root.tp, root.fp, root.fn),
    dyad: score(dy.tp, dy.fp, dy.fn),
  };
}
