import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { StatecraftError } from "../core/errors.ts";

/** Default largest file accepted, in bytes (50 MB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface SourceBytes {
  bytes: Buffer;
  /** SHA-256 of the original bytes, hex. */
  hash: string;
}

/** Reads a file with the checks every format shares: exists, not too large, not empty. */
export function readSourceBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): SourceBytes {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new StatecraftError("SC_INGEST_NOT_FOUND", "file not found", {
      file: path,
      hint: "check the path",
      cause: e,
    });
  }
  if (size > maxBytes) {
    throw new StatecraftError(
      "SC_INGEST_TOO_LARGE",
      `file is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(1)} MB limit`,
      { file: path, hint: "split the file, or raise the limit with --max-size" },
    );
  }
  const bytes = readFileSync(path);
  if (bytes.length === 0 || bytes.toString("utf8").trim() === "") {
    throw new StatecraftError("SC_INGEST_EMPTY", "file is empty", {
      file: path,
      hint: "remove the file or give it content",
    });
  }
  return { bytes, hash: createHash("sha256").update(bytes).digest("hex") };
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes text bytes, refusing binary content (NUL bytes or many control characters) and invalid
 * UTF-8, so that a mislabelled file never lands in the store as garbage.
 */
export function decodeText(bytes: Buffer, path: string): string {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of sample) {
    if (b === 0) {
      throw new StatecraftError("SC_INGEST_BINARY", "file is binary, not text", {
        file: path,
        hint: "give text files (.txt, .md, .html, .jsonl) or a PDF with a .pdf name",
      });
    }
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (control > sample.length * 0.1) {
    throw new StatecraftError("SC_INGEST_BINARY", "file looks binary (many control bytes)", {
      file: path,
      hint: "give text files (.txt, .md, .html, .jsonl) or a PDF with a .pdf name",
    });
  }
  try {
    return utf8.decode(bytes);
  } catch (e) {
    const offset = firstInvalidUtf8(bytes);
    throw new StatecraftError("SC_INGEST_ENCODING", `invalid UTF-8 at byte ${offset}`, {
      file: path,
      hint: "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
      cause: e,
    });
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
