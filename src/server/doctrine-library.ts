/**
 * The doctrines the server may show: the files under one folder (default `doctrines/`), named by
 * their path without extension. Loaded doctrines are cached by file modification time.
 */
import { statSync } from "node:fs";
import { type LoadedDoctrine, loadDoctrine } from "../doctrine/index.ts";
import { findNamedFile, listNamedFiles, type NamedFile } from "./named-files.ts";

export interface DoctrineEntry {
  name: string;
  id?: string;
  leader?: string;
  state?: string;
  version?: string;
  hypothetical?: boolean;
  period?: { from: string; to?: string | null };
  /** Set when the file does not load; the doctrine is listed so the problem can be seen. */
  error?: { code: string; message: string };
}

export class DoctrineLibrary {
  readonly root: string;
  private cache = new Map<string, { mtime: number; loaded: LoadedDoctrine }>();

  constructor(root: string) {
    this.root = root;
  }

  files(): NamedFile[] {
    return listNamedFiles(this.root, [".yaml", ".yml", ".json"]);
  }

  /** The file for a client-given name (checked against the listing only). */
  file(name: string): NamedFile {
    return findNamedFile(this.files(), name, "SC_DOCTRINE_FILE_NOT_FOUND", "doctrine");
  }

  load(name: string): LoadedDoctrine {
    const f = this.file(name);
    const mtime = statSync(f.path).mtimeMs;
    const hit = this.cache.get(f.path);
    if (hit && hit.mtime === mtime) return hit.loaded;
    const loaded = loadDoctrine(f.path);
    this.cache.set(f.path, { mtime, loaded });
    return loaded;
  }

  list(): DoctrineEntry[] {
    return this.files().map((f) => {
      try {
        const d = this.load(f.name).doctrine;
        return {
          name: f.name,
          id: d.id,
          leader: d.leader,
          state: d.state,
          version: d.version,
          hypothetical: d.hypothetical,
          period: d.period,
        };
      } catch (e) {
        const err = e as { code?: string; message?: string };
        return {
          name: f.name,
          error: { code: err.code ?? "SC_INTERNAL", message: err.message ?? "" },
        };
      }
    });
  }
}
