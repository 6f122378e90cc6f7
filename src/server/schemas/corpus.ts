/** Schemas of the corpus routes: documents, passages, search hits and ingest reports. */
import { z } from "zod";

export const DocumentSummarySchema = z
  .object({
    id: z.string(),
    version: z.number(),
    title: z.string().nullable(),
    speaker: z.string().nullable(),
    post: z.string().nullable(),
    country: z.string().nullable(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    license: z.string().nullable(),
    format: z.string(),
    collection: z.string().nullable(),
    fileHash: z.string(),
    textHash: z.string(),
    chars: z.number(),
    words: z.number(),
    ingestedAt: z.string(),
  })
  .meta({ id: "DocumentSummary" });

export const PassageSchema = z
  .object({
    id: z.string(),
    docId: z.string(),
    docVersion: z.number(),
    level: z.enum(["paragraph", "sentence"]),
    index: z.number(),
    start: z.number().describe("Character offset into the document text, inclusive"),
    end: z.number().describe("Character offset, exclusive"),
    text: z.string(),
    paragraph: z.number().nullable(),
  })
  .meta({ id: "Passage" });

export const DocumentSchema = DocumentSummarySchema.extend({
  text: z.string().describe("Normalised text; passages are [start, end) ranges into it"),
  meta: z.record(z.string(), z.unknown()),
  passages: z.array(PassageSchema),
}).meta({ id: "Document" });

export const SearchHitSchema = z
  .object({
    passage: PassageSchema,
    doc: DocumentSummarySchema,
    score: z.number(),
    snippet: z.string().describe("Passage text with matches wrapped in [ and ]"),
  })
  .meta({ id: "SearchHit" });

export const IngestReportSchema = z
  .looseObject({
    files: z.number(),
    bytes: z.number(),
    added: z.number(),
    newVersions: z.number(),
    unchanged: z.number(),
    metadataUpdated: z.number(),
    passages: z.number(),
    words: z.number(),
    failed: z.array(z.looseObject({ path: z.string(), code: z.string(), message: z.string() })),
    skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
    documents: z.array(z.looseObject({})),
  })
  .meta({ id: "IngestReport" });
