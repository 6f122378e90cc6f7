/** Security cases: token, host and origin checks, closed CORS, headers, body limits, static paths. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { createApp } from "./app.ts";
import { CSP } from "./security.ts";
import { startServer } from "./serve.ts";
import { call, type TestApp, testApp } from "./test-helpers.ts";
import { fixtureCorpus } from "./testing.ts";

const TOKEN = "s3cret-token-for-tests-0123456789";

describe("bearer token (server bound beyond loopback)", () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ token: TOKEN, loopbackOnly: false });
  });
  after(() => t.close());

  test("every API route refuses a missing or wrong token", async () => {
    const spec = await call(t.app, "GET", "/api/openapi.json", undefined, {
      authorization: `Bearer ${TOKEN}`,
    });
    assert.equal(spec.status, 200);
    for (const [path, ops] of Object.entries(
      spec.body.paths as Record<string, Record<string, unknown>>,
    )) {
      for (const method of Object.keys(ops)) {
        const url = path.replace(/\{[^}]+\}/g, "x");
        const m = method.toUpperCase() as "GET" | "POST";
        const none = await call(t.app, m, url, m === "POST" ? {} : undefined);
        assert.equal(none.status, 401, `${method} ${path} without a token`);
        assert.equal(none.body.error.code, "SC_SERVER_UNAUTHORIZED");
        assert.match(none.headers.get("www-authenticate") ?? "", /^Bearer/);
        const wrong = await call(t.app, m, url, m === "POST" ? {} : undefined, {
          authorization: "Bearer nope",
        });
        assert.equal(wrong.status, 401, `${method} ${path} with a wrong token`);
        assert.equal(wrong.body.error.message, "wrong token");
      }
    }
  });

  test("the right token passes; other schemes do not", async () => {
    const ok = await call(t.app, "GET", "/api/health", undefined, {
      authorization: `Bearer ${TOKEN}`,
      host: "10.0.0.5:4173",
    });
    assert.equal(ok.status, 200);
    const basic = await call(t.app, "GET", "/api/health", undefined, {
      authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString("base64")}`,
    });
    assert.equal(basic.status, 401);
    const prefix = await call(t.app, "GET", "/api/health", undefined, {
      authorization: `Bearer ${TOKEN}x`,
    });
    assert.equal(prefix.status, 401);
  });
});

describe("loopback server: host, origin, CORS, headers, limits", () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ limits: { jsonBytes: 2048, uploadBytes: 4096 } });
  });
  after(() => t.close());

  test("only loopback host names are served (DNS rebinding)", async () => {
    for (const host of ["localhost:4173", "127.0.0.1:4173", "[::1]:4173", "localhost"]) {
      assert.equal(
        (await call(t.app, "GET", "/api/health", undefined, { host })).status,
        200,
        host,
      );
    }
    for (const host of ["evil.example", "evil.example:4173", "127.0.0.1.evil.example"]) {
      const r = await call(t.app, "GET", "/api/health", undefined, { host });
      assert.equal(r.status, 403, host);
      assert.equal(r.body.error.code, "SC_SERVER_FORBIDDEN_HOST");
    }
  });

  test("cross-origin requests are refused; same-origin ones pass", async () => {
    const cross = await call(
      t.app,
      "POST",
      "/api/decide/backtest",
      {},
      { origin: "https://evil.example", host: "127.0.0.1:4173" },
    );
    assert.equal(cross.status, 403);
    assert.equal(cross.body.error.code, "SC_SERVER_FORBIDDEN_ORIGIN");
    const opaque = await call(t.app, "GET", "/api/health", undefined, { origin: "null" });
    assert.equal(opaque.status, 403);
    const same = await call(t.app, "GET", "/api/health", undefined, {
      origin: "http://127.0.0.1:4173",
      host: "127.0.0.1:4173",
    });
    assert.equal(same.status, 200);
  });

  test("CORS is closed: no Access-Control header, even on a preflight", async () => {
    const pre = await call(t.app, "OPTIONS", "/api/search", undefined, {
      origin: "https://evil.example",
      "access-control-request-method": "GET",
    });
    assert.notEqual(pre.status, 204);
    for (const r of [pre, await call(t.app, "GET", "/api/health")]) {
      r.headers.forEach((_v, k) => {
        assert.ok(!k.startsWith("access-control-"), k);
      });
    }
  });

  test("security headers on API answers and pages", async () => {
    for (const path of ["/api/health", "/api/nothing", "/corpus"]) {
      const r = await call(t.app, "GET", path);
      assert.equal(r.headers.get("content-security-policy"), CSP, path);
      assert.match(CSP, /script-src 'self'(;|$)/);
      assert.match(CSP, /object-src 'none'/);
      assert.equal(r.headers.get("x-content-type-options"), "nosniff");
      assert.equal(r.headers.get("x-frame-options"), "DENY");
      assert.equal(r.headers.get("referrer-policy"), "no-referrer");
    }
  });

  test("oversized bodies are refused with a coded 413, declared or streamed", async () => {
    const big = { text: "x".repeat(5000), fileName: "a.yaml" };
    const declared = await call(t.app, "POST", "/api/doctrines/validate", big);
    assert.equal(declared.status, 413);
    assert.equal(declared.body.error.code, "SC_SERVER_BODY_TOO_LARGE");
    const chunks = [
      new TextEncoder().encode(`{"text":"${"y".repeat(3000)}`),
      new TextEncoder().encode(`${"y".repeat(3000)}"}`),
    ];
    const stream = new ReadableStream({
      pull(c) {
        const next = chunks.shift();
        if (next) c.enqueue(next);
        else c.close();
      },
    });
    const streamed = await t.app.request("/api/doctrines/validate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    assert.equal(streamed.status, 413);
    const form = new FormData();
    form.append("files", new File(["z".repeat(90_000)], "big.txt", { type: "text/plain" }));
    const up = await t.app.request("/api/ingest", { method: "POST", body: form });
    assert.equal(up.status, 413);
    assert.equal(
      ((await up.json()) as { error: { code: string } }).error.code,
      "SC_SERVER_BODY_TOO_LARGE",
    );
  });

  test("a file under the upload limit but over the per-file limit is refused by the corpus check", async () => {
    const t2 = await testApp({ limits: { uploadBytes: 1000 } });
    try {
      const form = new FormData();
      form.append("files", new File(["w ".repeat(600)], "long.txt", { type: "text/plain" }));
      const r = await t2.app.request("/api/ingest", { method: "POST", body: form });
      assert.equal(r.status, 413);
    } finally {
      t2.close();
    }
  });
});

describe("static files: no path leaves web/dist", () => {
  let root: string;
  let app: ReturnType<typeof createApp>["app"];
  let close: () => void;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), "statecraft-static-"));
    const web = join(root, "dist");
    mkdirSync(join(web, "assets"), { recursive: true });
    writeFileSync(join(web, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(web, "assets", "app-1234.js"), "console.log(1)");
    writeFileSync(join(root, "secret.txt"), "TOP-SECRET");
    symlinkSync(join(root, "secret.txt"), join(web, "assets", "link.txt"));
    const { corpus, root: fixtures } = await fixtureCorpus();
    app = createApp({ corpus, webRoot: web }).app;
    close = () => {
      corpus.close();
      rmSync(fixtures, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    };
  });
  after(() => close());

  test("assets, and the app for its own routes", async () => {
    const js = await app.request("/assets/app-1234.js");
    assert.equal(js.status, 200);
    assert.match(js.headers.get("content-type") ?? "", /javascript/);
    const page = await app.request("/documents/IRN_2013");
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>app<\/title>/);
    assert.equal((await app.request("/assets/missing.js")).status, 404);
  });

  test("traversal attempts get 404 and never the file", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
      "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/assets/link.txt",
      "/assets/%00.js",
    ]) {
      const r = await app.request(path);
      const text = await r.text();
      assert.ok(!text.includes("TOP-SECRET"), path);
      assert.ok(!text.includes("root:"), path);
      assert.ok(
        r.status === 404 || (r.status === 200 && text.includes("<title>app</title>")),
        `${path}: ${r.status}`,
      );
    }
  });
});

describe("errors never leak internals", () => {
  test("an unexpected failure is SC_INTERNAL without its message or stack", async () => {
    const { corpus, root } = await fixtureCorpus();
    const broken = {
      ...corpus,
      documents: () => {
        throw new Error("disk at /var/secret/place failed");
      },
    };
    const { app } = createApp({ corpus: broken, webRoot: null });
    const r = await call(app, "GET", "/api/documents");
    assert.equal(r.status, 500);
    assert.deepEqual(r.body, { error: { code: "SC_INTERNAL", message: "internal error" } });
    corpus.close();
    rmSync(root, { recursive: true, force: true });
  });
});

describe("startServer", () => {
  test("binding beyond loopback requires a token", async () => {
    const { corpus, root } = await fixtureCorpus();
    try {
      await assert.rejects(startServer({ corpus, host: "0.0.0.0", port: 0, webRoot: null }), {
        code: "SC_SERVER_TOKEN_REQUIRED",
      });
      await assert.rejects(
        startServer({ corpus, host: "0.0.0.0", port: 0, token: "short", webRoot: null }),
        { code: "SC_SERVER_INVALID_REQUEST" },
      );
    } finally {
      corpus.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("serves on 127.0.0.1 over a real socket", async () => {
    const { corpus, root } = await fixtureCorpus();
    const s = await startServer({ corpus, port: 0, webRoot: null });
    try {
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const r = await fetch(new URL("/api/health", s.url));
      assert.equal(r.status, 200);
      assert.equal(((await r.json()) as { ok: boolean }).ok, true);
    } finally {
      await s.close();
      corpus.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
