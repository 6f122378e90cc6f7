/** Doctrine routes: list, show (with citations linked to passages), validate, diff and evidence. */
import { z } from "zod";
import {
  diffDoctrines,
  evidenceEntries,
  findEvidence,
  parseDoctrine,
  renderDoctrineJson,
  validateDoctrine,
} from "../../doctrine/index.ts";
import { CitationLinker } from "../citations.ts";
import type { ServerContext } from "../context.ts";
import { type RouteSpec, route } from "../route.ts";
import { defined, FilterQuery, intParam } from "../schemas/common.ts";

const Name = z.string().min(1).max(300).describe('Doctrine name as listed, e.g. "iran-khamenei"');

const CitationSchema = z.object({
  doc: z.string(),
  start: z.number(),
  end: z.number(),
  passage: z.string().nullable(),
  title: z.string().nullable(),
  speaker: z.string().nullable(),
  date: z.string().nullable(),
});

const IssueSchema = z.looseObject({ code: z.string(), message: z.string() });

export function doctrineRoutes(ctx: ServerContext): RouteSpec[] {
  const { doctrines, corpus } = ctx;
  return [
    route({
      method: "get",
      path: "/api/doctrines",
      summary: "Doctrine files in the doctrines folder",
      tag: "doctrine",
      response: z.object({
        doctrines: z.array(
          z.looseObject({
            name: z.string(),
            id: z.string().optional(),
            leader: z.string().optional(),
          }),
        ),
      }),
      handler: () => ({ doctrines: doctrines.list() }),
    }),
    route({
      method: "get",
      path: "/api/doctrines/show",
      summary:
        "A doctrine with defaults applied, target names, and each citation linked to its passage",
      tag: "doctrine",
      query: z.object({ name: Name }),
      response: z.object({
        name: z.string(),
        doctrine: z.looseObject({ id: z.string(), leader: z.string() }),
        citations: z.record(z.string(), CitationSchema).describe('Keyed by "doc:start:end"'),
      }),
      errors: ["SC_DOCTRINE_FILE_NOT_FOUND"],
      handler: ({ query }) => {
        const { doctrine } = doctrines.load(query.name);
        const linker = new CitationLinker(corpus);
        const citations: Record<string, ReturnType<CitationLinker["link"]>> = {};
        for (const { evidence: e } of evidenceEntries(doctrine)) {
          citations[`${e.doc}:${e.start}:${e.end}`] ??= linker.link(e.doc, e.start, e.end);
        }
        return { name: query.name, doctrine: renderDoctrineJson(doctrine), citations };
      },
    }),
    route({
      method: "post",
      path: "/api/doctrines/validate",
      summary: "Validate a listed doctrine, or doctrine YAML/JSON text, against the corpus",
      tag: "doctrine",
      body: z.union([
        z.object({ name: Name }),
        z.object({
          text: z.string().max(1_000_000).describe("Doctrine YAML or JSON"),
          fileName: z.string().max(200).optional(),
        }),
      ]),
      response: z.object({
        ok: z.boolean(),
        issues: z.array(IssueSchema),
        quotes: z.object({ checked: z.number(), verified: z.number() }),
      }),
      errors: ["SC_DOCTRINE_FILE_NOT_FOUND"],
      handler: async ({ body }) => {
        const parsed =
          "name" in body
            ? doctrines.file(body.name).path
            : parseDoctrine(body.text, { file: body.fileName ?? "upload.yaml" });
        const r = await validateDoctrine(parsed, corpus);
        return { ok: r.ok, issues: r.issues.map((i) => i.toJSON()), quotes: r.quotes };
      },
    }),
    route({
      method: "get",
      path: "/api/doctrines/diff",
      summary: "Compare two doctrines item by item",
      tag: "doctrine",
      query: z.object({ a: Name, b: Name }),
      response: z.looseObject({
        a: z.looseObject({ id: z.string() }),
        b: z.looseObject({ id: z.string() }),
      }),
      errors: ["SC_DOCTRINE_FILE_NOT_FOUND"],
      handler: ({ query }) =>
        diffDoctrines(doctrines.load(query.a).doctrine, doctrines.load(query.b).doctrine),
    }),
    route({
      method: "get",
      path: "/api/doctrines/evidence",
      summary: "Corpus passages that support or contradict each principle, pillar and stance",
      tag: "doctrine",
      query: FilterQuery.extend({ name: Name, limit: intParam(1, 50).optional() }),
      response: z.looseObject({
        doctrine: z.string(),
        documents: z.number(),
        items: z.array(z.looseObject({})),
      }),
      errors: ["SC_DOCTRINE_FILE_NOT_FOUND"],
      handler: async ({ query }) => {
        const { name, ...filter } = query;
        const { doctrine } = doctrines.load(name);
        return findEvidence(doctrine, corpus, defined(filter));
      },
    }),
  ] as RouteSpec[];
}
