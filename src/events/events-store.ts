/**
 * Events in the store (table `events`, created by the store migration "events"): coded events
 * and imported GDELT rows, with the columns the dyad and pressure functions need.
 */
import type { Store } from "../store/index.ts";
import type { EventRecord } from "./dyad.ts";
import type { GdeltEvent } from "./gdelt.ts";
import type { CodedEvent } from "./types.ts";

export function insertCoded(db: Store, events: readonly CodedEvent[]): number {
  const stmt = db.prepare(
    `INSERT OR REPLACE INTO events (origin, event_id, date, source, target, code, root, quad_class, goldstein, doc_id, sentence, pattern, detail)
     VALUES ('coded', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tx = db.transaction((rows: readonly CodedEvent[]) => {
    for (const e of rows) {
      stmt.run(
        e.id,
        e.date,
        e.source,
        e.target,
        e.code,
        e.root,
        e.quadClass,
        e.goldstein,
        e.docId,
        e.sentence,
        e.pattern,
        JSON.stringify({
          sourceText: e.sourceText,
          targetText: e.targetText,
          verb: e.verb,
          sentence: e.sentenceText,
          reported: e.reported,
        }),
      );
    }
  });
  tx(events);
  return events.length;
}

/** Inserts GDELT rows in transactions of `batch` rows; returns the number written. */
export async function importGdeltRows(
  db: Store,
  rows: AsyncIterable<GdeltEvent>,
  batch = 20_000,
): Promise<number> {
  const stmt = db.prepare(
    `INSERT OR REPLACE INTO events (origin, event_id, date, source, target, code, root, quad_class, goldstein, num_mentions, num_sources, num_articles, url)
     VALUES ('gdelt', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const flush = db.transaction((buf: GdeltEvent[]) => {
    for (const e of buf)
      stmt.run(
        e.id,
        e.date,
        e.source,
        e.target,
        e.code,
        e.root,
        e.quadClass,
        e.goldstein,
        e.numMentions,
        e.numSources,
        e.numArticles,
        e.url,
      );
  });
  let buf: GdeltEvent[] = [];
  let n = 0;
  for await (const e of rows) {
    buf.push(e);
    if (buf.length >= batch) {
      flush(buf);
      n += buf.length;
      buf = [];
    }
  }
  if (buf.length > 0) flush(buf);
  return n + buf.length;
}

/** Events whose source or target starts with one of the given actor codes (iterated lazily). */
export function* eventsInvolving(
  db: Store,
  actors: readonly string[],
  origin?: "coded" | "gdelt",
): Generator<EventRecord> {
  const clauses: string[] = [];
  const params: string[] = [];
  for (const a of actors) {
    const hi = a.slice(0, -1) + String.fromCharCode(a.charCodeAt(a.length - 1) + 1);
    clauses.push("(source >= ? AND source < ?)", "(target >= ? AND target < ?)");
    params.push(a, hi, a, hi);
  }
  const where = `(${clauses.join(" OR ")})${origin ? " AND origin = ?" : ""}`;
  if (origin) params.push(origin);
  const stmt = db.prepare(
    `SELECT date, source, target, code, goldstein, quad_class AS quadClass FROM events WHERE ${where}`,
  );
  for (const r of stmt.iterate(...params) as Iterable<EventRecord>) yield r;
}
