/**
 * Serves the built web app (`web/dist`). A request path is resolved inside the folder and refused
 * if it leaves it; paths without a file extension get `index.html`, so the app's own routes
 * (`/documents/ID`) load from a deep link.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import type { Context } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};

/** The file under `root` for a URL path, or undefined when it would leave the folder. */
export function resolveStatic(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const base = resolve(root);
  const p = resolve(base, `.${decoded.startsWith("/") ? decoded : `/${decoded}`}`);
  if (p !== base && !p.startsWith(base + sep)) return undefined;
  if (!existsSync(p)) return p;
  // Symlinks must not lead out of the folder either.
  const real = realpathSync(p);
  const realBase = realpathSync(base);
  return real === realBase || real.startsWith(realBase + sep) ? real : undefined;
}

export function serveWeb(root: string | null) {
  return (c: Context): Response => {
    const notFound = () =>
      c.json(
        {
          error: {
            code: "SC_SERVER_NOT_FOUND",
            message: `no such file: ${c.req.path.slice(0, 200)}`,
          },
        },
        404,
      );
    if (!root || !existsSync(join(root, "index.html"))) {
      return c.text(
        "The web app is not built. Run `npm run build:web` (or `statecraft serve`, which builds it), then reload.\nThe API is at /api/openapi.json.",
        503,
      );
    }
    const file = resolveStatic(root, c.req.path);
    if (!file) return notFound();
    const ext = extname(file);
    if (existsSync(file) && statSync(file).isFile()) {
      const headers: Record<string, string> = {
        "Content-Type": TYPES[ext] ?? "application/octet-stream",
      };
      // Vite puts a content hash in asset names, so they can be cached for good.
      if (c.req.path.startsWith("/assets/"))
        headers["Cache-Control"] = "public, max-age=31536000, immutable";
      return c.body(readFileSync(file), 200, headers);
    }
    if (ext) return notFound();
    return c.body(readFileSync(join(root, "index.html")), 200, {
      "Content-Type": TYPES[".html"]!,
      "Cache-Control": "no-cache",
    });
  };
}
