import { openStore, type Store } from "../store/index.ts";
import { type IngestOptions, type IngestReport, ingest } from "./ingest.ts";
import { getDocument, getPassage, getPassages, listDocuments } from "./queries.ts";
import { search } from "./search.ts";
import type {
  DocumentFilter,
  DocumentRecord,
  DocumentSummary,
  Passage,
  PassageLevel,
  SearchHit,
  SearchOptions,
} from "./types.ts";

/** The corpus: documents with exact offsets, their passages, and full-text search over them. */
export interface Corpus {
  /** The underlying store, for modules that keep their own tables in it. */
  readonly db: Store;
  ingest(paths: string[], options?: IngestOptions): Promise<IngestReport>;
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Latest version of a document, or a given version. */
  document(id: string, version?: number): DocumentRecord | undefined;
  documents(filter?: DocumentFilter): DocumentSummary[];
  passages(docId: string, level?: PassageLevel, version?: number): Passage[];
  passage(id: string): Passage | undefined;
  close(): void;
}

/** Opens the corpus stored at `path` (an SQLite file, created if missing; ":memory:" for tests). */
export function openCorpus(path: string): Corpus {
  const db = openStore(path);
  return {
    db,
    ingest: (paths, options) => ingest(db, paths, options),
    search: (query, options) => search(db, query, options),
    document: (id, version) => getDocument(db, id, version),
    documents: (filter) => listDocuments(db, filter),
    passages: (docId, level = "sentence", version) => getPassages(db, docId, level, version),
    passage: (id) => getPassage(db, id),
    close: () => db.close(),
  };
}
