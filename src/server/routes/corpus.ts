/** Corpus routes: documents, passages, search and ingest by upload. */
import { z } from "zod";
import type { ServerContext } from "../context.ts";
import { SERVER_CODES, serverError } from "../errors.ts";
import { Lru } from "../lru.ts";
import { JsonText, type RouteSpec, route } from "../route.ts";
import { defined, FilterQuery, intParam } from "../schemas/common.ts";
import {
  DocumentSchema,
  DocumentSummarySchema,
  IngestReportSchema,
  PassageSchema,
  SearchHitSchema,
} from "../schemas/corpus.ts";
import { ingestUpload } from "../upload.ts";

const Level = z.enum(["sentence", "paragraph"]);
const Id = z.object({ id: z.string().min(1).max(300) });

export function corpusRoutes(ctx: ServerContext): RouteSpec[] {
  const { corpus } = ctx;
  // Search answers are deterministic until the next ingest, and analysts repeat queries (paging
  // back, shared links): a small cache keyed on the ingest generation serves repeats at once.
  const searchCache = new Lru<JsonText>(2000);
  return [
    route({
      method: "get",
      path: "/api/documents",
      summary: "List documents, optionally filtered by speaker, country, dates and collection",
      tag: "corpus",
      query: FilterQuery,
      response: z.object({ documents: z.array(DocumentSummarySchema) }),
      handler: ({ query }) => ({ documents: corpus.documents(defined(query)) }),
    }),
    route({
      method: "get",
      path: "/api/documents/:id",
      summary: "One document: text, metadata and passages (sentences by default)",
      tag: "corpus",
      params: Id,
      query: z.object({
        level: Level.optional(),
        version: intParam(1, 1_000_000).optional(),
      }),
      response: DocumentSchema,
      errors: ["SC_CORPUS_NO_DOCUMENT"],
      handler: ({ params, query }) => {
        const doc = corpus.document(params.id, query.version);
        if (!doc) {
          throw serverError("SC_CORPUS_NO_DOCUMENT", `no document "${params.id.slice(0, 200)}"`, {
            field: "id",
            hint: "list documents with GET /api/documents",
          });
        }
        return {
          ...doc,
          passages: corpus.passages(doc.id, query.level ?? "sentence", doc.version),
        };
      },
    }),
    route({
      method: "get",
      path: "/api/passages/:id",
      summary: "One passage by its stable id, with its document's summary",
      tag: "corpus",
      params: Id,
      response: z.object({ passage: PassageSchema, doc: DocumentSummarySchema.nullable() }),
      errors: ["SC_CORPUS_NO_PASSAGE"],
      handler: ({ params }) => {
        const passage = corpus.passage(params.id);
        if (!passage) {
          throw serverError("SC_CORPUS_NO_PASSAGE", `no passage "${params.id.slice(0, 200)}"`, {
            field: "id",
          });
        }
        const doc = corpus.document(passage.docId, passage.docVersion);
        const { text: _t, meta: _m, ...summary } = doc ?? { text: "", meta: {} };
        return { passage, doc: doc ? summary : null };
      },
    }),
    route({
      method: "get",
      path: "/api/search",
      summary: 'Full-text search over passages (BM25); "quoted phrases" supported',
      tag: "corpus",
      query: FilterQuery.extend({
        q: z.string().trim().min(1, "give search words").max(500),
        limit: intParam(1, 200).optional(),
        level: Level.optional(),
      }),
      response: z.object({ query: z.string(), hits: z.array(SearchHitSchema) }),
      errors: ["SC_SEARCH_EMPTY"],
      handler: ({ query }) => {
        const { q, ...rest } = query;
        const key = JSON.stringify([ctx.generation(), q, rest]);
        const hit = ctx.cache ? searchCache.get(key) : undefined;
        if (hit) return hit;
        const answer = { query: q, hits: corpus.search(q, defined(rest)) };
        if (!ctx.cache) return answer;
        const text = new JsonText(JSON.stringify(answer));
        searchCache.set(key, text);
        return text;
      },
    }),
    route({
      method: "post",
      path: "/api/ingest",
      summary: "Ingest uploaded files (.txt .md .html .pdf .jsonl) into the corpus",
      tag: "corpus",
      upload: true,
      response: IngestReportSchema,
      errors: [
        "SC_INGEST_UNSUPPORTED",
        "SC_INGEST_BINARY",
        "SC_INGEST_TOO_LARGE",
        "SC_INGEST_NO_FILES",
      ],
      handler: async ({ c }) => {
        const type = c.req.header("content-type") ?? "";
        if (!type.toLowerCase().startsWith("multipart/form-data")) {
          throw serverError(SERVER_CODES.unsupportedMedia, "uploads are multipart/form-data", {
            hint: "send the files as `files` parts of a multipart/form-data body",
          });
        }
        let form: Record<string, unknown>;
        try {
          form = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
        } catch (e) {
          throw serverError(SERVER_CODES.invalidRequest, "the upload could not be read", {
            cause: e,
          });
        }
        const raw = form.files ?? form.file;
        const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
          (f): f is File => f instanceof File,
        );
        const text = (k: string) =>
          typeof form[k] === "string" && form[k] !== "" ? (form[k] as string) : undefined;
        const report = await ingestUpload(
          corpus,
          list,
          {
            speaker: text("speaker"),
            date: text("date"),
            country: text("country"),
            source: text("source"),
            collection: text("collection"),
          },
          ctx.limits,
        );
        ctx.bumpGeneration();
        return report;
      },
    }),
  ] as RouteSpec[];
}
