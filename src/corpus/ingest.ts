import { asStatecraftError, type StatecraftError } from "../core/errors.ts";
import type { Store } from "../store/index.ts";
import { collectFiles } from "./collect-files.ts";
import { checkDate, SidecarIndex, toMeta } from "./metadata.ts";
import { inlineQueue, workerQueue } from "./parse-pool.ts";
import type { DocumentMeta } from "./types.ts";
import { type WriteResult, writeDocument } from "./write-document.ts";

export interface IngestOptions {
  /** Metadata applied to every document, over anything read from files (CLI flags). */
  meta?: Pick<
    DocumentMeta,
    "speaker" | "date" | "country" | "source" | "license" | "post" | "title"
  >;
  /** A metadata JSONL file (`file` + fields per line) used before per-folder sidecars. */
  metaFile?: string;
  /** Largest file accepted, bytes (default 50 MB). */
  maxBytes?: number;
  /**
   * Parse on a worker thread while this thread writes. Default: when there are 16 files or more
   * (a worker costs ~0.3 s to start, which small ingests would not win back).
   */
  worker?: boolean;
  /** Called after each file. */
  onProgress?: (p: { path: string; done: number; total: number; bytes: number }) => void;
}

export interface IngestFailure {
  path: string;
  code: string;
  message: string;
  line?: number;
  field?: string;
  hint?: string;
}

export interface IngestReport {
  files: number;
  bytes: number;
  added: number;
  newVersions: number;
  unchanged: number;
  metadataUpdated: number;
  passages: number;
  words: number;
  /** Files or records that were not ingested, with the reason (errors). */
  failed: IngestFailure[];
  /** Files passed over on purpose (READMEs, unsupported types inside folders). */
  skipped: Array<{ path: string; reason: string }>;
  documents: WriteResult[];
}

function failure(e: StatecraftError, path: string): IngestFailure {
  const f: IngestFailure = { path: e.file ?? path, code: e.code, message: e.message };
  if (e.line !== undefined) f.line = e.line;
  if (e.field !== undefined) f.field = e.field;
  if (e.hint !== undefined) f.hint = e.hint;
  return f;
}

/**
 * Ingests files and folders. Each document is written in its own transaction, so a failure (or a
 * killed process) never leaves part of a document behind, and everything committed before stays.
 * Errors in one file do not stop the others; they are returned in `failed`.
 */
export async function ingest(
  db: Store,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const overrides: DocumentMeta = {};
  for (const [k, v] of Object.entries(options.meta ?? {})) {
    if (v === undefined || v === null || v === "") continue;
    overrides[k] =
      k === "date"
        ? checkDate(v, { field: "--date" })
        : k === "country"
          ? String(v).toUpperCase()
          : v;
  }
  const sidecars = new SidecarIndex(options.metaFile);
  const { files, skipped } = collectFiles(paths);
  const report: IngestReport = {
    files: files.length,
    bytes: 0,
    added: 0,
    newVersions: 0,
    unchanged: 0,
    metadataUpdated: 0,
    passages: 0,
    words: 0,
    failed: [],
    skipped,
    documents: [],
  };
  const filePaths = files.map((f) => f.path);
  const queue =
    (options.worker ?? files.length >= 16)
      ? workerQueue(filePaths, options.maxBytes)
      : inlineQueue(filePaths, options.maxBytes);
  try {
    for (const [i, file] of files.entries()) {
      try {
        const parsed = await queue.next();
        report.failed.push(...parsed.errors.map((e) => failure(e, file.path)));
        const side = sidecars.lookup(file.path);
        const sideMeta = side ? toMeta(side.record, { file: file.path }) : {};
        for (const doc of parsed.documents) {
          // An item of a multi-item page knows its own title and author better than the file's record.
          const meta = doc.suffix
            ? { ...sideMeta, ...doc.meta, ...overrides }
            : { ...doc.meta, ...sideMeta, ...overrides };
          const r = writeDocument(db, {
            id: doc.id,
            format: parsed.format,
            collection: file.collection,
            path: file.path,
            fileHash: parsed.fileHash,
            text: doc.text,
            meta,
            segmentation: doc.segmentation,
          });
          tally(report, r);
        }
        report.bytes += file.bytes;
      } catch (e) {
        report.failed.push(failure(asStatecraftError(e, "SC_INGEST_FAILED"), file.path));
      }
      options.onProgress?.({
        path: file.path,
        done: i + 1,
        total: files.length,
        bytes: report.bytes,
      });
    }
  } finally {
    await queue.close();
  }
  return report;
}

function tally(report: IngestReport, r: WriteResult): void {
  report.documents.push(r);
  if (r.status === "added") report.added++;
  else if (r.status === "new-version") report.newVersions++;
  else if (r.status === "unchanged") report.unchanged++;
  else report.metadataUpdated++;
  report.passages += r.passages;
  report.words += r.words;
}
