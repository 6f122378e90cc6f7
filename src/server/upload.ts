/**
 * Ingest by upload: each file's name, size and type are checked, the files are written to a fresh
 * temporary folder and handed to `corpus.ingest`, which reports per-file problems with the same
 * coded errors as `statecraft ingest`. The folder is removed afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { StatecraftError } from "../core/errors.ts";
import { type Corpus, type IngestReport, SUPPORTED_EXTENSIONS } from "../corpus/index.ts";
import type { Limits } from "./context.ts";
import { SERVER_CODES } from "./errors.ts";

/** Declared types accepted per extension (browsers send "" or octet-stream for unknown ones). */
const TYPES: Record<string, string[]> = {
  ".txt": ["text/plain"],
  ".text": ["text/plain"],
  ".md": ["text/markdown", "text/x-markdown", "text/plain"],
  ".markdown": ["text/markdown", "text/x-markdown", "text/plain"],
  ".html": ["text/html"],
  ".htm": ["text/html"],
  ".pdf": ["application/pdf"],
  ".jsonl": ["application/jsonl", "application/x-ndjson", "application/json", "text/plain"],
  ".ndjson": ["application/jsonl", "application/x-ndjson", "application/json", "text/plain"],
};
const ANY = ["", "application/octet-stream"];

const SAFE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} _.,()'-]{0,150}$/u;
const SAFE_FOLDER = /^[a-z0-9][a-z0-9_-]{0,40}$/;

export interface UploadMeta {
  speaker?: string;
  date?: string;
  country?: string;
  source?: string;
  /** Collection name (default "uploads"). */
  collection?: string;
}

function checkFile(file: File, limits: Limits): string {
  const name = file.name;
  if (!SAFE_NAME.test(name) || name.includes("..")) {
    throw new StatecraftError(
      SERVER_CODES.invalidRequest,
      `file name not accepted: "${name.slice(0, 80)}"`,
      {
        field: "files",
        hint: "use letters, digits, spaces, - _ . , ( ) and a supported extension",
      },
    );
  }
  const ext = extname(name).toLowerCase();
  if (!SUPPORTED_EXTENSIONS[ext] || !TYPES[ext]) {
    throw new StatecraftError("SC_INGEST_UNSUPPORTED", `unsupported file type: ${name}`, {
      field: "files",
      hint: `supported: ${Object.keys(TYPES).join(" ")}`,
    });
  }
  const type = (file.type ?? "").split(";")[0]!.trim().toLowerCase();
  if (!ANY.includes(type) && !TYPES[ext]!.includes(type)) {
    throw new StatecraftError(
      "SC_INGEST_UNSUPPORTED",
      `${name} is declared as ${type}, not a ${ext} file`,
      {
        field: "files",
        hint: `a ${ext} file is sent as ${TYPES[ext]!.join(" or ")}`,
      },
    );
  }
  if (file.size > limits.uploadBytes) {
    throw new StatecraftError("SC_INGEST_TOO_LARGE", `${name} is ${file.size} bytes`, {
      field: "files",
      hint: `uploads are limited to ${limits.uploadBytes} bytes`,
    });
  }
  return name;
}

/** Writes the uploaded files to a temporary folder, ingests them, and removes the folder. */
export async function ingestUpload(
  corpus: Corpus,
  files: File[],
  meta: UploadMeta,
  limits: Limits,
): Promise<IngestReport> {
  if (files.length === 0) {
    throw new StatecraftError("SC_INGEST_NO_FILES", "no files in the upload", {
      field: "files",
      hint: "send multipart/form-data with one or more `files` parts",
    });
  }
  if (files.length > limits.uploadFiles) {
    throw new StatecraftError(SERVER_CODES.invalidRequest, `${files.length} files in one upload`, {
      field: "files",
      hint: `at most ${limits.uploadFiles} files per upload`,
    });
  }
  const collection = meta.collection ?? "uploads";
  if (!SAFE_FOLDER.test(collection)) {
    throw new StatecraftError(
      SERVER_CODES.invalidRequest,
      "collection names are lower-case words",
      {
        field: "collection",
        hint: "letters, digits, - and _ (e.g. uploads)",
      },
    );
  }
  const names = files.map((f) => checkFile(f, limits));
  if (new Set(names).size !== names.length) {
    throw new StatecraftError(SERVER_CODES.invalidRequest, "two files have the same name", {
      field: "files",
    });
  }
  const root = mkdtempSync(join(tmpdir(), "statecraft-upload-"));
  try {
    // The folder's name becomes the documents' collection.
    const dir = join(root, collection);
    mkdirSync(dir);
    const paths: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const p = join(dir, names[i]!);
      writeFileSync(p, Buffer.from(await files[i]!.arrayBuffer()), { flag: "wx" });
      paths.push(p);
    }
    const report = await corpus.ingest(paths, {
      meta: { speaker: meta.speaker, date: meta.date, country: meta.country, source: meta.source },
      maxBytes: limits.uploadBytes,
    });
    // Temporary paths mean nothing to the client; report the uploaded names.
    const strip = (p: string) => (p.startsWith(dir) ? p.slice(dir.length + 1) : p);
    const first = report.failed[0];
    if (first && report.documents.length === 0) {
      // Nothing went in: answer with the corpus's own error (same code as `statecraft ingest`).
      throw new StatecraftError(first.code, `${strip(first.path)}: ${first.message}`, {
        field: "files",
        ...(first.hint && { hint: first.hint }),
      });
    }
    return {
      ...report,
      failed: report.failed.map((f) => ({ ...f, path: strip(f.path) })),
      skipped: report.skipped.map((s) => ({ ...s, path: strip(s.path) })),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
