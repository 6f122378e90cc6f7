/** Event routes: CAMEO coding of a corpus document or a text, and dyads from the store. */
import { z } from "zod";
import { StatecraftError } from "../../core/errors.ts";
import {
  type CodeResult,
  dyad,
  EventCoder,
  eventsInvolving,
  storedDocumentInput,
} from "../../events/index.ts";
import type { ServerContext } from "../context.ts";
import { Lru } from "../lru.ts";
import { type RouteSpec, route } from "../route.ts";

const Actor = z
  .string()
  .regex(/^[A-Za-z0-9]{3,15}$/, "a CAMEO actor code such as IRN or USAGOV")
  .transform((s) => s.toUpperCase());

export function eventsRoutes(ctx: ServerContext): RouteSpec[] {
  let coder: EventCoder | undefined;
  const cache = new Lru<CodeResult>(64);
  return [
    route({
      method: "post",
      path: "/api/events/code",
      summary:
        "Code a corpus document (or a text) into CAMEO events, with sentences left uncoded and why",
      tag: "events",
      body: z.union([
        z.object({ doc: z.string().min(1).max(300) }),
        z.object({
          text: z.string().min(1).max(200_000),
          date: z
            .string()
            .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
            .optional(),
        }),
      ]),
      response: z.object({
        events: z.array(
          z.looseObject({
            id: z.string(),
            source: z.string(),
            target: z.string(),
            code: z.string(),
          }),
        ),
        sentences: z.number(),
        unmatched: z.array(z.looseObject({ sentence: z.number(), reasons: z.array(z.string()) })),
      }),
      errors: ["SC_CORPUS_NO_DOCUMENT"],
      handler: ({ body }) => {
        coder ??= new EventCoder();
        if ("doc" in body) {
          const rec = ctx.corpus.document(body.doc);
          if (!rec) {
            throw new StatecraftError(
              "SC_CORPUS_NO_DOCUMENT",
              `no document "${body.doc.slice(0, 200)}"`,
              {
                field: "doc",
              },
            );
          }
          const key = `${rec.id}|${rec.version}`;
          const hit = cache.get(key);
          if (hit) return hit;
          const r = coder.code(storedDocumentInput(ctx.corpus, rec), { explain: true });
          cache.set(key, r);
          return r;
        }
        return coder.code(
          { docId: "text", text: body.text, date: body.date ?? null },
          { explain: true },
        );
      },
    }),
    route({
      method: "get",
      path: "/api/events/dyad",
      summary: "Event counts and Goldstein sums per period in each direction between two actors",
      tag: "events",
      query: z.object({
        a: Actor,
        b: Actor,
        by: z.enum(["day", "month", "quarter", "year"]).default("year"),
        dedup: z.enum(["none", "daily", "period"]).default("daily"),
        origin: z.enum(["coded", "gdelt"]).optional(),
      }),
      response: z.object({
        a: z.string(),
        b: z.string(),
        rows: z.array(
          z.object({
            period: z.string(),
            direction: z.enum(["a->b", "b->a"]),
            count: z.number(),
            goldsteinSum: z.number(),
            quad: z.tuple([z.number(), z.number(), z.number(), z.number()]),
          }),
        ),
      }),
      handler: ({ query }) => ({
        a: query.a,
        b: query.b,
        rows: dyad(
          eventsInvolving(ctx.corpus.db, [query.a, query.b], query.origin),
          query.a,
          query.b,
          {
            by: query.by,
            dedup: query.dedup,
          },
        ),
      }),
    }),
  ] as RouteSpec[];
}
