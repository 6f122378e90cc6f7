import { createRequire } from "node:module";
import { StatecraftError } from "../core/errors.ts";
import type { Store } from "../store/index.ts";
import {
  type DocRow,
  filterSql,
  PASSAGE_COLUMNS,
  SUMMARY_COLUMNS,
  toPassage,
  toSummary,
} from "./queries.ts";
import type { SearchHit, SearchOptions } from "./types.ts";

const require = createRequire(import.meta.url);
const STOPWORDS = new Set(
  (require("../../data/corpus/stopwords.json") as { words: string[] }).words,
);

/**
 * Turns what a user types into an FTS5 query: "quoted phrases" stay phrases, other words become
 * quoted terms (so punctuation such as "U.S." or a stray colon is never FTS syntax), all required.
 * Unquoted function words are dropped unless nothing else is left.
 * A trailing `*` keeps prefix search ("negotiat*").
 */
export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (let m = re.exec(input); m !== null; m = re.exec(input)) {
    if (m[1]) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(" ")}"`);
    } else {
      const prefix = m[2]!.endsWith("*");
      // One typed word is one term, even when the tokenizer splits it ("U.S." is the phrase "u s").
      const words = m[2]!.match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(" ")}"${prefix ? "*" : ""}`);
    }
  }
  const content = parts.filter((p) => !STOPWORDS.has(p.replace(/["*]/g, "")));
  return (content.length ? content : parts).join(" ");
}

type HitRow = DocRow & Parameters<typeof toPassage>[0] & { score: number; snippet: string };

/**
 * Ranked passages (BM25) matching all query terms, latest document versions only. FTS5 ranks and
 * cuts to the best `k` sentences before any join (its fast path); when filters then leave fewer
 * than `limit` hits, `k` grows until the index is exhausted.
 */
export function search(db: Store, query: string, options: SearchOptions = {}): SearchHit[] {
  const fts = toFtsQuery(query);
  if (!fts) {
    throw new StatecraftError("SC_SEARCH_EMPTY", "the query has no words to search for", {
      field: "query",
      hint: 'give one or more words, or a "quoted phrase"',
    });
  }
  const { where, params } = filterSql(options);
  const limit = Math.max(1, Math.min(options.limit ?? 10, 1000));
  const filtered = params.length > 0;
  const stmt = db.prepare(
    `WITH hits AS (
       SELECT rowid, rank, highlight(passages_fts, 0, '[', ']') AS snippet
       FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?)
     SELECT ${PASSAGE_COLUMNS}, ${SUMMARY_COLUMNS.replace(/d\.id,/, "d.id AS id,")},
            hits.rank AS score, hits.snippet AS snippet, p.paragraph AS para
     FROM hits JOIN passages p ON p.rowid = hits.rowid JOIN documents d ON d.rowid = p.doc_rowid
     WHERE ${where} ORDER BY hits.rank LIMIT ?`,
  );
  const wanted = options.level === "paragraph" ? limit * 4 : limit;
  let k = filtered ? wanted * 8 : wanted * 2;
  let rows: HitRow[];
  for (;;) {
    rows = stmt.all(fts, k, ...params, wanted) as HitRow[];
    if (rows.length >= wanted || k >= 1e7) break;
    const total = (
      db.prepare("SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH ?").get(fts) as {
        n: number;
      }
    ).n;
    if (total <= k) break;
    k *= 8;
  }
  const hits = rows.map((r) => ({
    passage: toPassage(r),
    doc: toSummary(r),
    score: -r.score,
    snippet: r.snippet,
  }));
  return options.level === "paragraph" ? toParagraphHits(db, hits, limit) : hits;
}

function getDocumentText(db: Store, id: string, version: number): string {
  return (
    db.prepare("SELECT text FROM documents WHERE id = ? AND version = ?").get(id, version) as {
      text: string;
    }
  ).text;
}

/** Paragraph-level results: the paragraphs holding the best sentences, each once, best first. */
function toParagraphHits(db: Store, hits: SearchHit[], limit: number): SearchHit[] {
  const stmt = db.prepare(
    `SELECT ${PASSAGE_COLUMNS} FROM passages p JOIN documents d ON d.rowid = p.doc_rowid
     WHERE d.id = ? AND d.version = ? AND p.level = 'paragraph' AND p.idx = ?`,
  );
  const seen = new Set<string>();
  const out: SearchHit[] = [];
  for (const h of hits) {
    if (h.passage.paragraph === null) continue;
    const row = stmt.get(h.passage.docId, h.passage.docVersion, h.passage.paragraph) as
      | Parameters<typeof toPassage>[0]
      | undefined;
    if (!row) continue;
    const p = toPassage(row, getDocumentText(db, h.passage.docId, h.passage.docVersion));
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const offset = h.passage.start - p.start;
    const snippet =
      p.text.slice(0, offset) + h.snippet + p.text.slice(offset + h.passage.text.length);
    out.push({ ...h, passage: p, snippet });
    if (out.length >= limit) break;
  }
  return out;
}
