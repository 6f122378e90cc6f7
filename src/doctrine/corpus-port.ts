/**
 * The part of the corpus API the doctrine module uses. Declared structurally so the doctrine code
 * depends only on the corpus's data types; `openCorpus(path)` from src/corpus satisfies it. Methods
 * may be synchronous or return promises.
 */
import type {
  DocumentFilter,
  DocumentRecord,
  DocumentSummary,
  Passage,
  PassageLevel,
  SearchHit,
  SearchOptions,
} from "../corpus/types.ts";

type Awaitable<T> = T | Promise<T>;

export interface DoctrineCorpus {
  document(id: string): Awaitable<DocumentRecord | undefined>;
  search(query: string, opts?: SearchOptions): Awaitable<SearchHit[]>;
  documents(filter?: DocumentFilter): Awaitable<DocumentSummary[]>;
  passages(docId: string, level: PassageLevel): Awaitable<Passage[]>;
}

/** Caches document lookups for one run (validation touches each document many times). */
export function documentCache(corpus: Pick<DoctrineCorpus, "document">) {
  const cache = new Map<string, DocumentRecord | undefined>();
  return async (id: string): Promise<DocumentRecord | undefined> => {
    if (!cache.has(id)) cache.set(id, await corpus.document(id));
    return cache.get(id);
  };
}
