/**
 * Errors over HTTP: every failure is `{error: {code, message, ...}}` with the same stable codes as
 * the CLI (`StatecraftError.toJSON()`), and an HTTP status derived from the code.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { asStatecraftError, StatecraftError } from "../core/errors.ts";

/** Codes raised by the server itself. */
export const SERVER_CODES = {
  invalidRequest: "SC_SERVER_INVALID_REQUEST",
  unauthorized: "SC_SERVER_UNAUTHORIZED",
  forbiddenOrigin: "SC_SERVER_FORBIDDEN_ORIGIN",
  forbiddenHost: "SC_SERVER_FORBIDDEN_HOST",
  bodyTooLarge: "SC_SERVER_BODY_TOO_LARGE",
  notFound: "SC_SERVER_NOT_FOUND",
  unsupportedMedia: "SC_SERVER_UNSUPPORTED_MEDIA",
  tokenRequired: "SC_SERVER_TOKEN_REQUIRED",
  unavailable: "SC_SERVER_UNAVAILABLE",
} as const;

const EXACT: Record<string, ContentfulStatusCode> = {
  SC_SERVER_UNAUTHORIZED: 401,
  SC_SERVER_FORBIDDEN_ORIGIN: 403,
  SC_SERVER_FORBIDDEN_HOST: 403,
  SC_SERVER_BODY_TOO_LARGE: 413,
  SC_INGEST_TOO_LARGE: 413,
  SC_DOCTRINE_FILE_TOO_LARGE: 413,
  SC_SERVER_UNSUPPORTED_MEDIA: 415,
  SC_INGEST_UNSUPPORTED: 415,
  SC_INGEST_BINARY: 415,
  SC_SERVER_UNAVAILABLE: 503,
  SC_INTERNAL: 500,
};

/** HTTP status for an error code: not-found codes 404, size 413, type 415, internal 500, else 400. */
export function statusOf(code: string): ContentfulStatusCode {
  const exact = EXACT[code];
  if (exact) return exact;
  if (/_NOT_FOUND$|_UNKNOWN_DOCUMENT$|_NO_TEXTS$|_NO_DOCUMENT$|_NO_PASSAGE$/.test(code)) return 404;
  if (code.startsWith("SC_INTERNAL")) return 500;
  return 400;
}

export function errorBody(e: unknown): { error: Record<string, unknown> } {
  const err = asStatecraftError(e);
  const body = err.toJSON();
  // A file path on the server says nothing useful to a remote caller and leaks the layout.
  if (typeof body.file === "string" && body.file.startsWith("/")) delete body.file;
  if (err.code === "SC_INTERNAL") body.message = "internal error";
  return { error: body };
}

export function errorResponse(c: Context, e: unknown): Response {
  const err = asStatecraftError(e);
  return c.json(errorBody(err), statusOf(err.code));
}

export function serverError(
  code: string,
  message: string,
  details: ConstructorParameters<typeof StatecraftError>[2] = {},
): StatecraftError {
  return new StatecraftError(code, message, details);
}
