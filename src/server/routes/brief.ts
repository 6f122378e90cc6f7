/** Briefing routes: a cited briefing on a leader, an answer to a question, with md/html exports. */
import { z } from "zod";
import {
  ask,
  type Briefing,
  buildBriefing,
  renderHtml,
  renderMarkdown,
} from "../../brief/index.ts";
import type { ServerContext } from "../context.ts";
import { Lru } from "../lru.ts";
import { type RouteSpec, route } from "../route.ts";
import { defined, FilterQuery } from "../schemas/common.ts";

const BriefingOut = z
  .object({
    briefing: z.looseObject({
      format: z.string(),
      title: z.string(),
      sections: z.array(z.looseObject({ id: z.string(), title: z.string() })),
      citations: z.array(z.looseObject({ n: z.number(), kind: z.string() })),
    }),
    markdown: z.string(),
    html: z.string().describe("Self-contained HTML page (all text escaped)"),
  })
  .meta({ id: "BriefingResult" });

const withExports = (b: Briefing) => ({
  briefing: b,
  markdown: renderMarkdown(b),
  html: renderHtml(b),
});

export function briefRoutes(ctx: ServerContext): RouteSpec[] {
  const cache = new Lru<ReturnType<typeof withExports>>(16);
  const filters = FilterQuery.pick({ country: true, from: true, to: true });
  return [
    route({
      method: "post",
      path: "/api/brief",
      summary:
        "A briefing on a leader: every sentence cited to corpus passages; with Markdown and HTML exports",
      tag: "brief",
      body: filters.extend({
        leader: z.string().trim().min(1).max(200),
        topic: z.string().trim().min(1).max(200).optional(),
        doctrine: z.string().min(1).max(300).optional().describe("A listed doctrine's name"),
        record: z
          .boolean()
          .default(false)
          .describe("Include the profile-and-record section (slower)"),
      }),
      response: BriefingOut,
      errors: ["SC_BRIEF_NO_DOCUMENTS", "SC_BRIEF_BAD_OPTION", "SC_DOCTRINE_FILE_NOT_FOUND"],
      handler: async ({ body }) => {
        const key = JSON.stringify([ctx.generation(), body]);
        const hit = cache.get(key);
        if (hit) return hit;
        const doctrineFile = body.doctrine ? ctx.doctrines.file(body.doctrine).path : undefined;
        const b = await buildBriefing(ctx.corpus, {
          leader: body.leader,
          ...defined({ topic: body.topic, country: body.country, from: body.from, to: body.to }),
          ...(doctrineFile && { doctrineFile }),
          record: body.record,
        });
        const out = withExports(b);
        cache.set(key, out);
        return out;
      },
    }),
    route({
      method: "post",
      path: "/api/brief/ask",
      summary: "Answer a question from the corpus with cited sentences",
      tag: "brief",
      body: FilterQuery.extend({
        question: z.string().trim().min(1).max(500),
        limit: z.number().int().min(1).max(20).optional(),
      }),
      response: BriefingOut,
      errors: ["SC_BRIEF_EMPTY_QUESTION"],
      handler: async ({ body }) => {
        const { question, ...rest } = body;
        return withExports(await ask(ctx.corpus, question, defined(rest)));
      },
    }),
  ] as RouteSpec[];
}
