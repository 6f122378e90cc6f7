/** Shared by the API tests: an app over the fixture corpus and small request helpers. */
import { rmSync } from "node:fs";
import type { Hono } from "hono";
import { type AppOptions, createApp } from "./app.ts";
import { fixtureCorpus } from "./testing.ts";

export interface TestApp {
  app: Hono;
  close(): void;
}

export async function testApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const { corpus, root } = await fixtureCorpus();
  const { app } = createApp({ corpus, webRoot: null, ...options });
  return {
    app,
    close() {
      corpus.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
  body: any;
  headers: Headers;
}

export async function call(
  app: Hono,
  method: "GET" | "POST" | "OPTIONS",
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  const res = await app.request(path, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body: parsed, headers: res.headers };
}
