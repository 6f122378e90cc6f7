/**
 * A route is declared once with its zod schemas: the same declaration validates requests, shapes
 * the handler's input and produces the OpenAPI document, so the published schemas cannot drift
 * from what the server accepts.
 */
import type { Context, Hono } from "hono";
import type { z } from "zod";
import { errorResponse, SERVER_CODES, serverError } from "./errors.ts";

export type Method = "get" | "post";

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  c: Context;
}

export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  /** Hono path, e.g. `/api/documents/:id`. */
  path: string;
  /** One line for the OpenAPI document. */
  summary: string;
  /** OpenAPI tag (module name). */
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** JSON request body. */
  body?: z.ZodType<B>;
  /** The body is multipart/form-data with `files` (the handler reads it itself). */
  upload?: boolean;
  /** Success response (200). */
  response: z.ZodType;
  /** Error codes this route may answer with, beside the common ones (documentation). */
  errors?: string[];
  handler: (input: RouteInput<P, Q, B>) => unknown | Promise<unknown>;
}

/** A JSON answer already serialised (cached answers skip JSON.stringify). */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Declares a route with inferred input types. */
export function route<P = undefined, Q = undefined, B = undefined>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec<P, Q, B> {
  return spec;
}

function check<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = [where, ...issue.path.map(String)].join(".");
  throw serverError(SERVER_CODES.invalidRequest, `${field}: ${issue.message}`, {
    field,
    hint:
      r.error.issues.length > 1
        ? `${r.error.issues.length - 1} more problem(s); see /api/openapi.json`
        : "see /api/openapi.json",
  });
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw serverError(SERVER_CODES.unsupportedMedia, "the request body must be JSON", {
      hint: "send Content-Type: application/json",
    });
  }
  try {
    return await c.req.json();
  } catch (e) {
    throw serverError(SERVER_CODES.invalidRequest, "the request body is not valid JSON", {
      cause: e,
    });
  }
}

/** Adds a declared route to the app: validates params, query and body, then calls the handler. */
export function mount(app: Hono, spec: RouteSpec): void {
  const s = spec;
  app.on(s.method.toUpperCase(), s.path, async (c) => {
    try {
      const params = check(s.params, c.req.param(), "params");
      const query = check(s.query, c.req.query(), "query");
      const body = s.body ? check(s.body, await readJson(c), "body") : undefined;
      const result = await s.handler({ params, query, body, c });
      if (result instanceof Response) return result;
      if (result instanceof JsonText)
        return c.body(result.text, 200, { "Content-Type": "application/json" });
      return c.json(result as object);
    } catch (e) {
      return errorResponse(c, e);
    }
  });
}
