/**
 * The HTTP API and web app as a Hono application. `createApp` builds it in-process (tests call
 * `app.request()` without a socket); `startServer` puts it on a port.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { z } from "zod";
import type { Corpus } from "../corpus/index.ts";
import { DEFAULT_LIMITS, type Limits, type ServerContext } from "./context.ts";
import { DecideService } from "./decide-service.ts";
import { DoctrineLibrary } from "./doctrine-library.ts";
import { errorResponse, SERVER_CODES, serverError } from "./errors.ts";
import { buildOpenApi } from "./openapi.ts";
import { mount, type RouteSpec, route } from "./route.ts";
import { bargainRoutes } from "./routes/bargain.ts";
import { briefRoutes } from "./routes/brief.ts";
import { corpusRoutes } from "./routes/corpus.ts";
import { decideRoutes } from "./routes/decide.ts";
import { doctrineRoutes } from "./routes/doctrine.ts";
import { eventsRoutes } from "./routes/events.ts";
import { profileRoutes } from "./routes/profile.ts";
import { bearerToken, limitBody, originGuard, securityHeaders } from "./security.ts";
import { serveWeb } from "./static.ts";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const VERSION = "0.1.0";

export interface AppOptions {
  corpus: Corpus;
  /** Bearer token required on every API call (default: none, for a loopback-only server). */
  token?: string;
  /**
   * Answer only requests addressed to localhost/127.0.0.1/[::1] (default true). Set false when
   * the server is bound to another interface (a token is then required by `startServer`).
   */
  loopbackOnly?: boolean;
  /** Doctrine files shown by the API (default: the repository's `doctrines/`). */
  doctrinesDir?: string;
  /** Bundled bargaining scenarios (default: the repository's `data/bargaining/`). */
  bargainDir?: string;
  /** Built web app to serve (default: `web/dist`); null serves the API only. */
  webRoot?: string | null;
  limits?: Partial<Limits>;
  /** Keep answers of repeated searches until the next ingest (default true; off for load tests). */
  cache?: boolean;
}

export interface StatecraftApp {
  app: Hono;
  routes: RouteSpec[];
  context: ServerContext;
}

export function createApp(options: AppOptions): StatecraftApp {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let generation = 0;
  const doctrines = new DoctrineLibrary(options.doctrinesDir ?? join(REPO_ROOT, "doctrines"));
  const context: ServerContext = {
    corpus: options.corpus,
    doctrines,
    limits,
    bargainDir: options.bargainDir ?? join(REPO_ROOT, "data/bargaining"),
    cache: options.cache ?? true,
    generation: () => generation,
    bumpGeneration: () => {
      generation++;
    },
  };
  const routes: RouteSpec[] = [
    ...corpusRoutes(context),
    ...doctrineRoutes(context),
    ...profileRoutes(context),
    ...eventsRoutes(context),
    ...decideRoutes(context, new DecideService(doctrines)),
    ...bargainRoutes(context),
    ...briefRoutes(context),
  ];
  const meta: RouteSpec[] = [
    route({
      method: "get",
      path: "/api/health",
      summary: "Liveness, version and corpus size",
      tag: "server",
      response: z.object({ ok: z.boolean(), version: z.string(), documents: z.number() }),
      handler: () => ({ ok: true, version: VERSION, documents: options.corpus.documents().length }),
    }) as RouteSpec,
  ];
  const all = [...meta, ...routes];
  const openapi = buildOpenApi(
    [
      ...all,
      route({
        method: "get",
        path: "/api/openapi.json",
        summary: "This document",
        tag: "server",
        response: z.looseObject({ openapi: z.string() }),
        handler: () => undefined,
      }) as RouteSpec,
    ],
    {
      title: "Statecraft API",
      version: VERSION,
      description:
        "JSON endpoints over the Statecraft library. Errors are {error: {code, message, ...}} with the CLI's stable codes.",
    },
  );

  const app = new Hono();
  app.use("*", securityHeaders());
  app.use("*", originGuard({ loopbackOnly: options.loopbackOnly ?? true }));
  app.use("/api/*", bearerToken(options.token));
  app.use("/api/ingest", limitBody(limits.uploadBytes + 64 * 1024));
  app.use("/api/*", async (c, next) => {
    if (c.req.path === "/api/ingest") return next();
    return limitBody(limits.jsonBytes)(c, next);
  });
  app.get("/api/openapi.json", (c) => c.json(openapi));
  for (const r of all) mount(app, r);
  app.all("/api/*", (c) =>
    errorResponse(
      c,
      serverError(
        SERVER_CODES.notFound,
        `no API route ${c.req.method} ${c.req.path.slice(0, 200)}`,
        {
          hint: "see /api/openapi.json",
        },
      ),
    ),
  );
  const web = options.webRoot === undefined ? join(REPO_ROOT, "web/dist") : options.webRoot;
  app.get("*", serveWeb(web));
  app.onError((e, c) => errorResponse(c, e));
  return { app, routes: all, context };
}
