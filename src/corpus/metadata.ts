import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { StatecraftError } from "../core/errors.ts";
import type { DocumentMeta } from "./types.ts";

/** Names of per-folder metadata files: one JSON object per line, keyed by `file`. */
export const SIDECAR_NAMES = ["speeches.jsonl", "metadata.jsonl"];

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Checks an ISO date, partial allowed ("2013", "2013-09", "2013-09-24"); returns it or throws. */
export function checkDate(
  value: unknown,
  where: { file?: string; line?: number; field?: string },
): string {
  const s = typeof value === "number" ? String(value) : value;
  const m = typeof s === "string" ? ISO_DATE.exec(s.trim()) : null;
  let ok = Boolean(m);
  if (m?.[2]) ok = Number(m[2]) >= 1 && Number(m[2]) <= 12;
  if (ok && m?.[3]) {
    const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
    ok = d.getUTCDate() === Number(m[3]);
  }
  if (!ok) {
    throw new StatecraftError("SC_INGEST_BAD_DATE", `not a date: ${JSON.stringify(value)}`, {
      ...where,
      field: where.field ?? "date",
      hint: "use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD",
    });
  }
  return (s as string).trim();
}

/**
 * Maps a metadata record (sidecar line, JSONL document, CLI flags) onto document metadata. Known
 * aliases from the bundled corpora are accepted (`country_iso3`, `year`, `title_slug`); other
 * fields are kept as they are.
 */
export function toMeta(
  record: Record<string, unknown>,
  where: { file?: string; line?: number },
): DocumentMeta {
  const meta: DocumentMeta = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === null || v === undefined || k === "text" || k === "file" || k === "id") continue;
    switch (k) {
      case "country_iso3":
      case "country":
        if (k === "country" && record.country_iso3) meta.country_name = v;
        else meta.country = String(v).toUpperCase();
        break;
      case "year":
        if (record.date === undefined || record.date === null)
          meta.date = checkDate(v, { ...where, field: k });
        meta.year = v;
        break;
      case "date":
        meta.date = checkDate(v, { ...where, field: k });
        break;
      case "title_slug":
        meta.title_slug = v;
        if (!record.title) {
          const t = String(v).replace(/-/g, " ");
          meta.title = t.charAt(0).toUpperCase() + t.slice(1);
        }
        break;
      case "author":
        meta.speaker ??= String(v);
        break;
      default:
        meta[k] = v;
    }
  }
  return meta;
}

/** Metadata records of a folder's sidecar file, keyed by file name. Cached per folder. */
export class SidecarIndex {
  private readonly cache = new Map<string, Map<string, Record<string, unknown>>>();
  private readonly explicit?: Map<string, Record<string, unknown>>;

  constructor(explicitPath?: string) {
    if (explicitPath) this.explicit = readSidecar(explicitPath);
  }

  lookup(filePath: string): { record: Record<string, unknown>; line?: number } | undefined {
    const name = basename(filePath);
    const fromExplicit = this.explicit?.get(name);
    if (fromExplicit) return { record: fromExplicit };
    const dir = dirname(filePath);
    let map = this.cache.get(dir);
    if (!map) {
      map = new Map();
      for (const n of SIDECAR_NAMES) {
        const p = join(dir, n);
        if (existsSync(p)) for (const [k, v] of readSidecar(p)) map.set(k, v);
      }
      this.cache.set(dir, map);
    }
    const record = map.get(name);
    return record ? { record } : undefined;
  }
}

function readSidecar(path: string): Map<string, Record<string, unknown>> {
  if (!existsSync(path)) {
    throw new StatecraftError("SC_INGEST_NOT_FOUND", "metadata file not found", {
      file: path,
      hint: "check the path given with --meta",
    });
  }
  const map = new Map<string, Record<string, unknown>>();
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        throw new StatecraftError("SC_INGEST_BAD_JSONL", "malformed JSON in metadata file", {
          file: path,
          line: i + 1,
          hint: "each line must be one JSON object",
          cause: e,
        });
      }
      const file = (rec as { file?: unknown }).file;
      if (typeof file !== "string") {
        throw new StatecraftError("SC_INGEST_BAD_META", "metadata record has no `file` field", {
          file: path,
          line: i + 1,
          field: "file",
          hint: "give each record the file name it describes",
        });
      }
      map.set(file, rec as Record<string, unknown>);
    });
  return map;
}
