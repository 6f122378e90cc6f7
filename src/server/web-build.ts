/**
 * Builds the web app with the repository's Vite when `web/dist` is missing or older than its
 * sources, so `statecraft serve`, `npm start` and the browser tests work on a fresh clone.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { StatecraftError } from "../core/errors.ts";
import { REPO_ROOT } from "./app.ts";

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) {
    if (e === "node_modules" || e === "dist" || e.startsWith(".")) continue;
    m = Math.max(m, newest(join(path, e)));
  }
  return m;
}

/** True when `web/dist/index.html` is missing or older than a source of the web app. */
export function webBuildIsStale(webDir = join(REPO_ROOT, "web")): boolean {
  const built = join(webDir, "dist/index.html");
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newest(join(webDir, "src")),
    newest(join(webDir, "index.html")),
    newest(join(webDir, "vite.config.ts")),
  );
  return sources > statSync(built).mtimeMs;
}

/** Runs `vite build web` when the build is stale. Returns true when it built. */
export function ensureWebBuilt(opts: { webDir?: string; quiet?: boolean } = {}): boolean {
  const webDir = opts.webDir ?? join(REPO_ROOT, "web");
  if (!webBuildIsStale(webDir)) return false;
  const vite = join(REPO_ROOT, "node_modules/vite/bin/vite.js");
  if (!existsSync(vite)) {
    throw new StatecraftError(
      "SC_SERVER_WEB_BUILD",
      "vite is not installed, so the web app cannot be built",
      {
        hint: "run `npm install` (vite is a development dependency), then `npm run build:web`",
      },
    );
  }
  const r = spawnSync(
    process.execPath,
    [vite, "build", webDir, "--logLevel", opts.quiet ? "error" : "warn"],
    {
      cwd: REPO_ROOT,
      stdio: opts.quiet ? ["ignore", "ignore", "pipe"] : "inherit",
      encoding: "utf8",
    },
  );
  if (r.status !== 0) {
    throw new StatecraftError("SC_SERVER_WEB_BUILD", "building the web app failed", {
      hint: `${(r.stderr ?? "").slice(-500)} (run \`npm run build:web\` to see the full output)`,
    });
  }
  return true;
}
