/** Bargaining routes: bundled scenarios, and SMP or BDM runs on a named scenario or posted text. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import {
  type BargainScenario,
  BdmModel,
  parseParameterList,
  parseScenarioText,
  runSmp,
  toBargainJson,
} from "../../bargain/index.ts";
import type { ServerContext } from "../context.ts";
import { findNamedFile, listNamedFiles } from "../named-files.ts";
import { type RouteSpec, route } from "../route.ts";

const EXTS = [".csv", ".xml", ".json", ".yaml", ".yml"];

export function bargainRoutes(ctx: ServerContext): RouteSpec[] {
  const files = () =>
    listNamedFiles(ctx.bargainDir, EXTS).filter(
      (f) => /(^|\/)(ktab-inputs|bdm)\//.test(f.name) && !/_rounds$/.test(f.name),
    );
  const scenarioOf = (s: BargainScenario) => ({
    name: s.name,
    description: s.description ?? null,
    dimensions: s.dimensions,
    actors: s.actors.map((a) => ({
      name: a.name,
      description: a.description ?? null,
      capability: a.capability,
      position: a.position,
      salience: a.salience,
    })),
  });
  return [
    route({
      method: "get",
      path: "/api/bargain/scenarios",
      summary: "Bundled bargaining scenarios (KTAB CSV/XML inputs, BDM CSV)",
      tag: "bargain",
      response: z.object({
        scenarios: z.array(z.object({ name: z.string(), format: z.string() })),
      }),
      handler: () => ({
        scenarios: files().map((f) => ({ name: f.name, format: f.ext.slice(1) })),
      }),
    }),
    route({
      method: "post",
      path: "/api/bargain/run",
      summary:
        "Run the Spatial Model of Politics (smp) or BDM's expected-utility model; trajectories per turn",
      tag: "bargain",
      body: z
        .object({
          name: z.string().min(1).max(300).optional().describe("A bundled scenario's name"),
          text: z
            .string()
            .max(1_000_000)
            .optional()
            .describe("Scenario text (KTAB CSV/XML, BDM CSV, JSON, YAML)"),
          fileName: z
            .string()
            .regex(
              /^[\w .-]{1,100}\.(csv|xml|json|ya?ml)$/i,
              "a file name with .csv .xml .json or .yaml",
            )
            .optional()
            .describe("Names the format of `text`"),
          model: z.enum(["smp", "bdm"]).default("smp"),
          params: z
            .array(z.string().max(100))
            .max(30)
            .default([])
            .describe("SMP parameters NAME=VALUE"),
        })
        .refine(
          (b) => (b.name === undefined) !== (b.text === undefined),
          "give either name or text",
        ),
      response: z.looseObject({
        scenario: z.looseObject({ name: z.string(), dimensions: z.array(z.string()) }),
        result: z.looseObject({
          model: z.string(),
          turns: z.number(),
          actors: z.array(z.string()),
          trajectory: z.array(z.record(z.string(), z.array(z.number()))),
          final: z.record(z.string(), z.array(z.number())),
        }),
      }),
      errors: ["SC_BARGAIN_FILE_NOT_FOUND", "SC_BARGAIN_PARSE"],
      handler: ({ body }) => {
        let scenario: BargainScenario;
        if (body.name !== undefined) {
          const f = findNamedFile(
            files(),
            body.name,
            "SC_BARGAIN_FILE_NOT_FOUND",
            "bargaining scenario",
          );
          scenario = parseScenarioText(readFileSync(f.path, "utf8"), `${f.name}${f.ext}`);
        } else {
          scenario = parseScenarioText(body.text!, body.fileName ?? "scenario.json");
        }
        const result =
          body.model === "bdm"
            ? new BdmModel().fit(scenario).predict()
            : runSmp(scenario, parseParameterList(body.params));
        return { scenario: scenarioOf(scenario), result: toBargainJson(result) };
      },
    }),
  ] as RouteSpec[];
}
