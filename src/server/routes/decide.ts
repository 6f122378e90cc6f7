/** Decision routes: development cases, decide, backtest, doctrine comparison, CAMEO and targets. */
import { z } from "zod";
import { MODEL_IDS, parseScenarios, ScenarioSchema } from "../../decide/index.ts";
import { defaultTargetRegistry } from "../../doctrine/index.ts";
import { cameoCodes } from "../../events/index.ts";
import { CitationLinker } from "../citations.ts";
import type { ServerContext } from "../context.ts";
import type { DecideService } from "../decide-service.ts";
import { type RouteSpec, route } from "../route.ts";

const DoctrineName = z.string().min(1).max(300).default("iran-khamenei");
const ModelIdSchema = z.enum(MODEL_IDS);

const ProbabilitiesSchema = z.record(z.string(), z.number());
const DecisionSchema = z
  .object({
    scenario: z.string(),
    doctrine: z.string(),
    default: z.string(),
    models: z.record(
      z.string(),
      z.object({
        probabilities: ProbabilitiesSchema,
        explanation: z.looseObject({
          model: z.string(),
          summary: z.string(),
          ranked: z.array(z.looseObject({ option: z.string(), probability: z.number() })),
        }),
        intervals: z.record(z.string(), z.tuple([z.number(), z.number()])).optional(),
      }),
    ),
  })
  .meta({ id: "Decision" });

export function decideRoutes(ctx: ServerContext, service: DecideService): RouteSpec[] {
  return [
    route({
      method: "get",
      path: "/api/decide/cases",
      summary: "The development decision cases (scenarios with their known outcome)",
      tag: "decide",
      response: z.object({
        cases: z.array(
          z.object({ scenario: z.looseObject({ id: z.string() }), chosen: z.string().optional() }),
        ),
      }),
      handler: () => ({ cases: service.cases() }),
    }),
    route({
      method: "post",
      path: "/api/decide",
      summary: "Each model's probabilities for a scenario's options, with explanations and quotes",
      tag: "decide",
      body: z.object({
        scenario: ScenarioSchema,
        doctrine: DoctrineName,
        models: z.array(ModelIdSchema).min(1).optional(),
        draws: z
          .number()
          .int()
          .min(0)
          .max(500)
          .default(0)
          .describe("Monte Carlo draws for intervals"),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31)
          .default(1),
      }),
      response: DecisionSchema,
      errors: ["SC_DECIDE_INVALID_SCENARIO", "SC_DOCTRINE_FILE_NOT_FOUND"],
      handler: ({ body }) => {
        // The decide module's own checks (known CAMEO codes, unique option ids) and answer-key split.
        const [c] = parseScenarios(JSON.stringify(body.scenario), "scenario", "json");
        return service.decide(
          c!.scenario,
          body.doctrine,
          { models: body.models, draws: body.draws, seed: body.seed },
          new CitationLinker(ctx.corpus),
        );
      },
    }),
    route({
      method: "post",
      path: "/api/decide/backtest",
      summary: "Backtest every model on the development cases (leave-one-out by default)",
      tag: "decide",
      body: z.object({ doctrine: DoctrineName, cv: z.enum(["loo", "none"]).default("loo") }),
      response: z.looseObject({
        cv: z.string(),
        cases: z.number(),
        models: z.array(
          z.looseObject({
            model: z.string(),
            accuracy: z.number(),
            brier: z.number(),
            logLoss: z.number(),
            calibration: z.array(z.looseObject({ from: z.number(), to: z.number() })),
            predictions: z.array(z.looseObject({ case: z.string() })),
          }),
        ),
      }),
      handler: ({ body }) => service.backtest(body.doctrine, body.cv),
    }),
    route({
      method: "post",
      path: "/api/decide/compare",
      summary: "Decisions of the development set whose top option flips between two doctrines",
      tag: "decide",
      body: z.object({
        a: z.string().min(1).max(300),
        b: z.string().min(1).max(300),
        model: ModelIdSchema.optional(),
      }),
      response: z.looseObject({
        model: z.string(),
        flips: z.array(z.looseObject({ scenario: z.string() })),
        rows: z.array(z.looseObject({ scenario: z.string() })),
      }),
      handler: ({ body }) => service.compare(body.a, body.b, body.model),
    }),
    route({
      method: "get",
      path: "/api/cameo",
      summary: "CAMEO event codes with Goldstein weights and quad classes (for pickers)",
      tag: "decide",
      response: z.object({
        codes: z.array(
          z.object({
            code: z.string(),
            description: z.string(),
            goldstein: z.number(),
            quadClass: z.number(),
          }),
        ),
      }),
      handler: () => ({
        codes: [...cameoCodes().values()].map(({ code, description, goldstein, quadClass }) => ({
          code,
          description,
          goldstein,
          quadClass,
        })),
      }),
    }),
    route({
      method: "get",
      path: "/api/targets",
      summary: "Target codes (states and groups) with names (for pickers)",
      tag: "decide",
      response: z.object({
        targets: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() })),
      }),
      handler: () => {
        const reg = defaultTargetRegistry();
        return {
          targets: reg.codes().map((code) => {
            const e = reg.get(code)!;
            return { code, name: e.name, kind: e.kind };
          }),
        };
      },
    }),
  ] as RouteSpec[];
}
