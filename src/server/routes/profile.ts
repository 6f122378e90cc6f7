/** Leader profile routes: operational code and traits of a speaker or country, with norm bands. */
import { z } from "zod";
import { StatecraftError } from "../../core/errors.ts";
import { type LeaderProfile, loadLtaNorms, profileCorpus } from "../../profile/index.ts";
import type { ServerContext } from "../context.ts";
import { Lru } from "../lru.ts";
import { type RouteSpec, route } from "../route.ts";
import { defined, FilterQuery, intParam } from "../schemas/common.ts";

const ProfileSchema = z
  .looseObject({
    label: z.string(),
    documents: z.number(),
    words: z.number(),
    vics: z.looseObject({ indices: z.record(z.string(), z.number().nullable()) }),
    lta: z.looseObject({ scores: z.record(z.string(), z.number().nullable()) }),
    warnings: z.array(z.string()),
  })
  .meta({ id: "LeaderProfile" });

export function profileRoutes(ctx: ServerContext): RouteSpec[] {
  const cache = new Lru<LeaderProfile[]>(32);
  return [
    route({
      method: "get",
      path: "/api/profile",
      summary:
        "Operational code (VICS, Holsti) and leadership traits (LTA) with bootstrap intervals",
      tag: "profile",
      query: FilterQuery.extend({
        by: z.enum(["all", "year", "speaker", "country", "document"]).default("all"),
        replicates: intParam(0, 2000).default(200).describe("Bootstrap replicates"),
        seed: intParam(0, 2 ** 31).default(1),
      }),
      response: z.object({
        profiles: z.array(ProfileSchema),
        ltaNorms: z.record(z.string(), z.looseObject({ label: z.string() })),
      }),
      errors: ["SC_PROFILE_NO_TEXTS"],
      handler: async ({ query }) => {
        const { by, replicates, seed, ...filter } = query;
        const f = defined(filter);
        if (!f.speaker && !f.country) {
          throw new StatecraftError("SC_SERVER_INVALID_REQUEST", "give a speaker or a country", {
            field: "query.speaker",
            hint: "e.g. ?speaker=Rouhani or ?country=IRN&by=year",
          });
        }
        const key = JSON.stringify([ctx.generation(), f, by, replicates, seed]);
        let profiles = cache.get(key);
        if (!profiles) {
          const label = [
            f.speaker ?? f.country,
            f.from || f.to ? `${f.from ?? ""}-${f.to ?? ""}` : "",
          ]
            .filter(Boolean)
            .join(" ");
          profiles = await profileCorpus(ctx.corpus, f, { by, replicates, seed, label });
          cache.set(key, profiles);
        }
        return { profiles, ltaNorms: loadLtaNorms().groups };
      },
    }),
  ] as RouteSpec[];
}
