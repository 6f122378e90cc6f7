import { basename, extname } from "node:path";
import { StatecraftError } from "../core/errors.ts";
import { htmlToText } from "./html.ts";
import { toMeta } from "./metadata.ts";
import { type ParsedDocument, parsePage } from "./parse-page.ts";
import { pdfToText } from "./pdf.ts";
import { decodeText, readSourceBytes } from "./read-source.ts";
import type { DocumentFormat } from "./types.ts";

export const SUPPORTED_EXTENSIONS: Record<string, DocumentFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export interface ParsedFile {
  path: string;
  format: DocumentFormat;
  fileHash: string;
  /** Documents with their full key (file stem + item suffix, or the JSONL record id). */
  documents: Array<ParsedDocument & { id: string }>;
  /** Per-record problems that did not stop the rest of the file (JSONL lines). */
  errors: StatecraftError[];
}

export interface ParseFileOptions {
  /** Largest file accepted, bytes. */
  maxBytes?: number;
}

export function formatOf(path: string): DocumentFormat | undefined {
  return SUPPORTED_EXTENSIONS[extname(path).toLowerCase()];
}

/** Reads and parses one file into documents; throws a coded error when the file cannot be used. */
export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<ParsedFile> {
  const format = formatOf(path);
  if (!format) {
    throw new StatecraftError(
      "SC_INGEST_UNSUPPORTED",
      `unsupported file type ${extname(path) || "(none)"}`,
      {
        file: path,
        hint: `supported: ${Object.keys(SUPPORTED_EXTENSIONS).join(" ")}`,
      },
    );
  }
  const { bytes, hash } = readSourceBytes(path, options.maxBytes);
  const stem = basename(path, extname(path));
  const withIds = (docs: ParsedDocument[]) => docs.map((d) => ({ ...d, id: stem + d.suffix }));
  const base = { path, format, fileHash: hash, errors: [] as StatecraftError[] };
  switch (format) {
    case "pdf": {
      if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") {
        throw new StatecraftError("SC_INGEST_PDF", "not a PDF file (no %PDF header)", {
          file: path,
          hint: "check the file; rename it if it is another format",
        });
      }
      const text = await pdfToText(bytes, path);
      return { ...base, documents: withIds(parsePage(text, { markdown: false })) };
    }
    case "html": {
      const html = htmlToText(decodeText(bytes, path));
      const docs = parsePage(html.text, { markdown: true, unwrap: false });
      for (const d of docs) {
        if (html.title && !d.meta.title && docs.length === 1) d.meta.title = html.title;
        if (html.links.length) d.meta.links = html.links;
      }
      return { ...base, documents: withIds(docs) };
    }
    case "jsonl":
      return { ...base, ...parseJsonl(decodeText(bytes, path), path, stem) };
    default:
      return {
        ...base,
        documents: withIds(
          parsePage(decodeText(bytes, path), format === "md" ? { markdown: true } : {}),
        ),
      };
  }
}

/** One document per line; a bad line is reported with its number and the others still ingest. */
function parseJsonl(
  text: string,
  path: string,
  stem: string,
): { documents: ParsedFile["documents"]; errors: StatecraftError[] } {
  const documents: ParsedFile["documents"] = [];
  const errors: StatecraftError[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const where = { file: path, line: i + 1 };
    try {
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        throw new StatecraftError(
          "SC_INGEST_BAD_JSONL",
          `malformed JSON: ${(e as Error).message}`,
          {
            ...where,
            hint: "each line must be one JSON object with a `text` field",
          },
        );
      }
      if (!rec || typeof rec !== "object" || Array.isArray(rec)) {
        throw new StatecraftError("SC_INGEST_BAD_JSONL", "line is not a JSON object", {
          ...where,
          hint: "each line must be one JSON object with a `text` field",
        });
      }
      const r = rec as Record<string, unknown>;
      if (typeof r.text !== "string" || !r.text.trim()) {
        throw new StatecraftError("SC_INGEST_BAD_JSONL", "record has no non-empty `text` string", {
          ...where,
          field: "text",
          hint: "add the document's text as a string field `text`",
        });
      }
      const meta = toMeta(r, where);
      const id = typeof r.id === "string" && r.id.trim() ? r.id.trim() : `${stem}:${i + 1}`;
      const docs = parsePage(r.text, { markdown: false });
      docs.forEach((d) => {
        documents.push({ ...d, id: id + d.suffix, meta: { ...d.meta, ...meta } });
      });
    } catch (e) {
      if (e instanceof StatecraftError) errors.push(e);
      else throw e;
    }
  });
  return { documents, errors };
}
