/** The HTTP API and the web app's server. */
export { type AppOptions, createApp, REPO_ROOT, type StatecraftApp, VERSION } from "./app.ts";
export { type CitationLink, CitationLinker } from "./citations.ts";
export { DEFAULT_LIMITS, type Limits, type ServerContext } from "./context.ts";
export { type DoctrineEntry, DoctrineLibrary } from "./doctrine-library.ts";
export { errorBody, SERVER_CODES, statusOf } from "./errors.ts";
export { buildOpenApi } from "./openapi.ts";
export { mount, type RouteSpec, route } from "./route.ts";
export { CSP } from "./security.ts";
export { isLoopback, type RunningServer, type ServeOptions, startServer } from "./serve.ts";
export { ensureWebBuilt, webBuildIsStale } from "./web-build.ts";
