/** What route handlers share: the open corpus, the server's limits and its data folders. */
import type { Corpus } from "../corpus/index.ts";
import type { DoctrineLibrary } from "./doctrine-library.ts";

export interface Limits {
  /** Largest JSON request body, bytes (default 1 MB). */
  jsonBytes: number;
  /** Largest upload request (all files together), bytes (default 20 MB). */
  uploadBytes: number;
  /** Most files in one upload (default 20). */
  uploadFiles: number;
}

export const DEFAULT_LIMITS: Limits = {
  jsonBytes: 1024 * 1024,
  uploadBytes: 20 * 1024 * 1024,
  uploadFiles: 20,
};

export interface ServerContext {
  corpus: Corpus;
  doctrines: DoctrineLibrary;
  limits: Limits;
  /** Folder of bundled bargaining scenarios. */
  bargainDir: string;
  /** Whether answers of repeated searches are kept (until the next ingest). */
  cache: boolean;
  /** Bumped after each ingest, so caches keyed on it go stale. */
  generation: () => number;
  bumpGeneration: () => void;
}
