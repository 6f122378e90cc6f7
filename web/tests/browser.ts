/**
 * Browser-test harness: Debian's chromium driven by playwright-core (no browser download), a
 * fixture corpus served by the real server on 127.0.0.1, and screenshots into test-artifacts/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import type { Corpus } from "../../src/corpus/index.ts";
import { REPO_ROOT } from "../../src/server/app.ts";
import { ensureWebBuilt, type RunningServer, startServer } from "../../src/server/index.ts";
import { fixtureCorpus } from "../../src/server/testing.ts";

export const ARTIFACTS = join(REPO_ROOT, "test-artifacts");

/** Path of the system chromium, or undefined when it is not installed. */
export function findChromium(): string | undefined {
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const p = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (p && existsSync(p)) return p;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

export interface Session {
  server: RunningServer;
  corpus: Corpus;
  context: BrowserContext;
  /** Errors the pages logged (console errors, uncaught exceptions, CSP violations). */
  errors: string[];
  page(width?: number, height?: number): Promise<Page>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openSession(executablePath: string): Promise<Session> {
  // A fresh clone has no web/dist: build it (or rebuild it when a source is newer).
  ensureWebBuilt({ quiet: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const { corpus, root } = await fixtureCorpus();
  const server = await startServer({ corpus, port: 0, host: "127.0.0.1" });
  const profile = mkdtempSync(join(tmpdir(), "statecraft-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const errors: string[] = [];
  return {
    server,
    corpus,
    context,
    errors,
    async page(width = 1280, height = 800) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
      return page;
    },
    async shot(page, name) {
      const file = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      corpus.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
