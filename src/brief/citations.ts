/**
 * Numbers citations as a briefing is built: each distinct span gets one number, resolved to the
 * sentence passages that hold it. Documents and passage lists are cached per build.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { StatecraftError } from "../core/errors.ts";
import type { Corpus, DocumentRecord, Passage } from "../corpus/index.ts";
import type { Citation, DataCitation, PassageCitation } from "./types.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export class CitationBook {
  readonly list: Citation[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly docs = new Map<string, DocumentRecord | null>();
  private readonly sentences = new Map<string, Passage[]>();

  constructor(private readonly corpus: Corpus) {}

  document(id: string): DocumentRecord | undefined {
    if (!this.docs.has(id)) this.docs.set(id, this.corpus.document(id) ?? null);
    return this.docs.get(id) ?? undefined;
  }

  passagesOf(id: string): Passage[] {
    let ps = this.sentences.get(id);
    if (!ps) {
      ps = this.corpus.passages(id, "sentence");
      this.sentences.set(id, ps);
    }
    return ps;
  }

  /** Cites [start, end) of a document; throws SC_BRIEF_BAD_CITATION when the span is not in it. */
  cite(doc: string, start: number, end: number): number {
    const key = `${doc}@${start}-${end}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const record = this.document(doc);
    if (!record || start < 0 || end > record.text.length || start >= end) {
      throw new StatecraftError("SC_BRIEF_BAD_CITATION", `cannot cite ${doc} ${start}-${end}`, {
        file: doc,
        hint: record ? "the offsets are outside the document" : "the document is not in the store",
      });
    }
    const passages = this.passagesOf(doc)
      .filter((p) => p.start < end && p.end > start)
      .map((p) => p.id);
    const c: PassageCitation = {
      n: this.list.length + 1,
      kind: "passage",
      doc,
      docVersion: record.version,
      start,
      end,
      passages,
      quote: record.text.slice(start, end),
    };
    this.list.push(c);
    this.byKey.set(key, c.n);
    return c.n;
  }

  /** Cites a field of a repository data file (by path and content hash). */
  citeData(file: string, field: string): number {
    const abs = resolve(REPO_ROOT, file);
    const rel = relative(REPO_ROOT, abs).split("\\").join("/");
    const key = `data:${rel}#${field}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const c: DataCitation = {
      n: this.list.length + 1,
      kind: "data",
      file: rel,
      sha256: sha256File(abs),
      field,
    };
    this.list.push(c);
    this.byKey.set(key, c.n);
    return c.n;
  }
}

export function sha256File(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
