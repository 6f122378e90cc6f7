/**
 * Security middleware: response headers (CSP and friends), the bearer token, the Host and Origin
 * checks that keep other sites (and DNS-rebinding pages) from driving a local server, and request
 * body limits. CORS is closed: no Access-Control-* header is ever sent.
 */
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorResponse, SERVER_CODES, serverError } from "./errors.ts";

/**
 * Scripts only from the server itself. Styles allow inline because Observable Plot writes a
 * `<style>` element and style attributes into its SVG; no script can be injected that way.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (c.req.path.startsWith("/api/")) h.set("Cache-Control", "no-store");
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Every API call must carry `Authorization: Bearer TOKEN` when a token is set. */
export function bearerToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return next();
    const header = c.req.header("authorization") ?? "";
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m || !sameToken(m[1]!, token)) {
      c.header("WWW-Authenticate", 'Bearer realm="statecraft"');
      return errorResponse(
        c,
        serverError(SERVER_CODES.unauthorized, m ? "wrong token" : "missing bearer token", {
          hint: "send Authorization: Bearer TOKEN (the token given to `statecraft serve --token`)",
        }),
      );
    }
    return next();
  };
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function hostName(host: string): string {
  return host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
}

/**
 * A server bound to loopback answers only requests addressed to a loopback name, so a web page
 * whose domain re-resolves to 127.0.0.1 (DNS rebinding) cannot read the API. Requests from a
 * browser page on another origin are refused (CORS stays closed, and this also stops simple POSTs).
 */
export function originGuard(opts: { loopbackOnly: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header("host") ?? new URL(c.req.url).host;
    if (opts.loopbackOnly && !LOOPBACK_HOSTS.has(hostName(host).toLowerCase())) {
      return errorResponse(
        c,
        serverError(SERVER_CODES.forbiddenHost, `host "${host.slice(0, 100)}" is not served`, {
          hint: "open the server as http://127.0.0.1:PORT/",
        }),
      );
    }
    const origin = c.req.header("origin");
    if (origin && origin !== "null") {
      let originHost = "";
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = "";
      }
      if (originHost !== host) {
        return errorResponse(
          c,
          serverError(SERVER_CODES.forbiddenOrigin, "cross-origin requests are not accepted", {
            hint: "use the web app served by this server, or call the API without an Origin header",
          }),
        );
      }
    } else if (origin === "null") {
      return errorResponse(
        c,
        serverError(SERVER_CODES.forbiddenOrigin, "opaque origins are not accepted"),
      );
    }
    return next();
  };
}

/** Rejects bodies over `maxSize` bytes with a coded 413 (declared length or bytes streamed). */
export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      errorResponse(
        c,
        serverError(SERVER_CODES.bodyTooLarge, `request body over ${maxSize} bytes`, {
          hint: "send a smaller body (uploads: fewer or smaller files)",
        }),
      ),
  });
}
