/** The OpenAPI 3.1 document, generated from the routes' zod schemas with `z.toJSONSchema`. */
import { z } from "zod";
import type { RouteSpec } from "./route.ts";
import { ErrorSchema } from "./schemas/common.ts";

type JsonSchema = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(s, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** Query or path parameters, one per property of an object schema. */
function parameters(s: z.ZodType | undefined, where: "query" | "path"): JsonSchema[] {
  if (!s) return [];
  const json = schemaOf(s, "input");
  const props = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(props).map(([name, schema]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(typeof schema.description === "string" && { description: schema.description }),
    schema,
  }));
}

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

export function buildOpenApi(routes: readonly RouteSpec[], info: OpenApiInfo): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = {
    description: "Error with a stable code (same codes as the CLI)",
    content: { "application/json": { schema: schemaOf(ErrorSchema, "output") } },
  };
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? "").toUpperCase())}`,
      parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
      responses: {
        "200": {
          description: "OK",
          content: { "application/json": { schema: schemaOf(r.response, "output") } },
        },
        "400": error,
        "401": error,
        "404": error,
        "413": error,
      },
      ...(r.errors && { "x-error-codes": r.errors }),
    };
    if (r.body) {
      op.requestBody = {
        required: true,
        content: { "application/json": { schema: schemaOf(r.body, "input") } },
      };
    } else if (r.upload) {
      op.requestBody = {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: {
                files: { type: "array", items: { type: "string", format: "binary" } },
                speaker: { type: "string" },
                date: { type: "string" },
                country: { type: "string" },
                source: { type: "string" },
                collection: { type: "string" },
              },
              required: ["files"],
            },
          },
        },
      };
    }
    paths[path] ??= {};
    paths[path][r.method] = op;
  }
  return {
    openapi: "3.1.0",
    info,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    security: [{}, { bearer: [] }],
    paths,
  };
}
