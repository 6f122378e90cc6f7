import { readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { StatecraftError } from "../core/errors.ts";
import { SIDECAR_NAMES } from "./metadata.ts";
import { formatOf } from "./parse-file.ts";

export interface CollectedFile {
  path: string;
  /** The folder the file was collected under: the first folder below the given root, or the root's name. */
  collection: string;
  bytes: number;
}

export interface Skipped {
  path: string;
  reason: string;
}

/** Files that describe a collection rather than belong to it. */
const COLLECTION_DOCS = /^(readme|license|licence|copying|changelog)(\.[a-z]+)?$/i;

/**
 * Expands paths into the files to ingest. A missing path or a folder without supported files is an
 * error; files skipped inside folders (unsupported types, READMEs, metadata sidecars) are listed.
 */
export function collectFiles(paths: string[]): { files: CollectedFile[]; skipped: Skipped[] } {
  const files: CollectedFile[] = [];
  const skipped: Skipped[] = [];
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (e) {
      throw new StatecraftError("SC_INGEST_NOT_FOUND", "path not found", {
        file: p,
        hint: "check the path; give files or folders",
        cause: e,
      });
    }
    if (st.isFile()) {
      files.push({ path: p, collection: basename(resolve(p, "..")), bytes: st.size });
      continue;
    }
    const before = files.length;
    walk(p, p, files, skipped);
    if (files.length === before) {
      throw new StatecraftError("SC_INGEST_NO_FILES", "folder holds no supported files", {
        file: p,
        hint: "supported: .txt .md .html .pdf .jsonl (with an optional speeches.jsonl sidecar)",
      });
    }
  }
  return { files, skipped };
}

function walk(root: string, dir: string, files: CollectedFile[], skipped: Skipped[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      walk(root, path, files, skipped);
      continue;
    }
    if (SIDECAR_NAMES.includes(name)) continue;
    if (COLLECTION_DOCS.test(name)) {
      skipped.push({ path, reason: "collection documentation (README/LICENSE), not a document" });
      continue;
    }
    if (!formatOf(name)) {
      skipped.push({ path, reason: "unsupported file type" });
      continue;
    }
    const rel = relative(root, path).split(sep);
    const collection = rel.length > 1 ? rel[0]! : basename(resolve(root));
    files.push({ path, collection, bytes: st.size });
  }
}
