/** API tests for every endpoint: answers, shapes and the error cases, in-process (no socket). */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Answer, call, type TestApp, testApp } from "./test-helpers.ts";
import { HOSTILE_TEXT } from "./testing.ts";

let t: TestApp;
const get = (p: string, h?: Record<string, string>) => call(t.app, "GET", p, undefined, h);
const post = (p: string, b: unknown, h?: Record<string, string>) => call(t.app, "POST", p, b, h);

function isError(r: Answer, status: number, code: string): void {
  assert.equal(r.status, status, JSON.stringify(r.body).slice(0, 300));
  assert.equal(r.body.error.code, code);
  assert.equal(typeof r.body.error.message, "string");
}

before(async () => {
  t = await testApp();
});
after(() => t.close());

describe("server and OpenAPI", () => {
  test("health", async () => {
    const r = await get("/api/health");
    assert.equal(r.status, 200);
    assert.equal(r.body.ok, true);
    assert.equal(r.body.documents, 8);
  });

  test("the OpenAPI document lists every route with schemas from zod", async () => {
    const r = await get("/api/openapi.json");
    assert.equal(r.status, 200);
    assert.equal(r.body.openapi, "3.1.0");
    const paths = Object.keys(r.body.paths);
    for (const p of [
      "/api/documents",
      "/api/documents/{id}",
      "/api/passages/{id}",
      "/api/search",
      "/api/ingest",
      "/api/doctrines",
      "/api/doctrines/show",
      "/api/doctrines/validate",
      "/api/doctrines/diff",
      "/api/doctrines/evidence",
      "/api/profile",
      "/api/events/code",
      "/api/events/dyad",
      "/api/decide",
      "/api/decide/cases",
      "/api/decide/backtest",
      "/api/decide/compare",
      "/api/cameo",
      "/api/targets",
      "/api/bargain/scenarios",
      "/api/bargain/run",
      "/api/brief",
      "/api/brief/ask",
    ]) {
      assert.ok(paths.includes(p), `missing ${p}`);
    }
    const search = r.body.paths["/api/search"].get;
    const q = search.parameters.find((x: { name: string }) => x.name === "q");
    assert.equal(q.required, true);
    assert.equal(q.schema.type, "string");
    const decide = r.body.paths["/api/decide"].post;
    const scen = decide.requestBody.content["application/json"].schema.properties.scenario;
    assert.ok(
      scen.properties.pressures,
      "the scenario schema comes from the decide module's zod schema",
    );
    assert.ok(r.body.paths["/api/ingest"].post.requestBody.content["multipart/form-data"]);
    assert.ok(search.responses["400"].content["application/json"].schema);
  });

  test("unknown API routes answer a coded 404", async () => {
    isError(await get("/api/nothing-here"), 404, "SC_SERVER_NOT_FOUND");
  });
});

describe("corpus", () => {
  test("documents, filtered", async () => {
    const all = await get("/api/documents");
    assert.equal(all.body.documents.length, 8);
    const irn = await get("/api/documents?country=irn&from=2014&to=2015");
    assert.deepEqual(
      irn.body.documents.map((d: { id: string }) => d.id),
      ["IRN_2014", "IRN_2015"],
    );
    isError(await get("/api/documents?from=yesterday"), 400, "SC_SERVER_INVALID_REQUEST");
  });

  test("one document with exact passages, and a missing one", async () => {
    const r = await get("/api/documents/IRN_2013");
    assert.equal(r.status, 200);
    assert.ok(r.body.passages.length > 10);
    for (const p of r.body.passages.slice(0, 20))
      assert.equal(r.body.text.slice(p.start, p.end), p.text);
    const para = await get("/api/documents/IRN_2013?level=paragraph");
    assert.equal(para.body.passages[0].level, "paragraph");
    isError(await get("/api/documents/NOPE_1999"), 404, "SC_CORPUS_NO_DOCUMENT");
    isError(await get("/api/documents/IRN_2013?level=word"), 400, "SC_SERVER_INVALID_REQUEST");
  });

  test("a passage by id", async () => {
    const doc = await get("/api/documents/IRN_2014");
    const p = doc.body.passages[3];
    const r = await get(`/api/passages/${encodeURIComponent(p.id)}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.passage.text, p.text);
    assert.equal(r.body.doc.id, "IRN_2014");
    assert.equal(r.body.doc.text, undefined);
    isError(await get("/api/passages/IRN_2014.000000.s1"), 404, "SC_CORPUS_NO_PASSAGE");
  });

  test("search with filters; bad queries", async () => {
    const r = await get("/api/search?q=sanctions&country=IRN&limit=3");
    assert.equal(r.status, 200);
    assert.ok(r.body.hits.length > 0 && r.body.hits.length <= 3);
    for (const h of r.body.hits) assert.equal(h.doc.country, "IRN");
    assert.match(r.body.hits[0].snippet, /\[sanctions?\]/i);
    isError(await get("/api/search?q="), 400, "SC_SERVER_INVALID_REQUEST");
    isError(await get("/api/search"), 400, "SC_SERVER_INVALID_REQUEST");
    isError(await get("/api/search?q=%3F%3F%21"), 400, "SC_SEARCH_EMPTY");
    isError(await get("/api/search?q=x&limit=100000"), 400, "SC_SERVER_INVALID_REQUEST");
  });

  test("ingest by upload; the text of a document with markup comes back verbatim", async () => {
    // A search answered before the ingest must not be served from the cache after it.
    const before = await get("/api/search?q=scXss");
    assert.equal(before.body.hits.length, 0);
    const form = new FormData();
    form.append("files", new File([HOSTILE_TEXT], "hostile.txt", { type: "text/plain" }));
    form.append("speaker", "Test Speaker");
    form.append("date", "2020-01-02");
    const r = await t.app.request("/api/ingest", { method: "POST", body: form });
    const body = (await r.json()) as { added: number; documents: Array<{ id: string }> };
    assert.equal(r.status, 200, JSON.stringify(body));
    assert.equal(body.added, 1);
    const doc = await get("/api/documents/hostile");
    assert.equal(doc.body.speaker, "Test Speaker");
    assert.equal(doc.body.collection, "uploads");
    assert.ok(doc.body.text.includes("<script>window.__scXss"));
    assert.ok(doc.body.text.includes('onerror="'));
    assert.equal(doc.headers.get("content-type"), "application/json");
    const afterIngest = await get("/api/search?q=scXss");
    assert.equal(afterIngest.body.hits.length, 1);
  });

  test("upload checks: type, name, binary content, empty, not multipart", async () => {
    const send = async (file: File) => {
      const form = new FormData();
      form.append("files", file);
      const r = await t.app.request("/api/ingest", { method: "POST", body: form });
      return { status: r.status, body: await r.json(), headers: r.headers } as Answer;
    };
    isError(
      await send(new File(["x"], "picture.png", { type: "image/png" })),
      415,
      "SC_INGEST_UNSUPPORTED",
    );
    isError(
      await send(new File(["x"], "notes.txt", { type: "application/x-msdownload" })),
      415,
      "SC_INGEST_UNSUPPORTED",
    );
    isError(
      await send(new File(["x"], "../escape.txt", { type: "text/plain" })),
      400,
      "SC_SERVER_INVALID_REQUEST",
    );
    const binary = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
    isError(
      await send(new File([binary], "binary.txt", { type: "text/plain" })),
      415,
      "SC_INGEST_BINARY",
    );
    const empty = await t.app.request("/api/ingest", { method: "POST", body: new FormData() });
    assert.equal(empty.status, 400);
    assert.equal(((await empty.json()) as Answer["body"]).error.code, "SC_INGEST_NO_FILES");
    isError(await post("/api/ingest", { files: [] }), 415, "SC_SERVER_UNSUPPORTED_MEDIA");
  });
});

describe("doctrine", () => {
  test("list and show with citations linked to passages", async () => {
    const list = await get("/api/doctrines");
    const names = list.body.doctrines.map((d: { name: string }) => d.name);
    assert.ok(
      names.includes("iran-khamenei") && names.includes("examples/hypothetical-pragmatist"),
    );
    const r = await get("/api/doctrines/show?name=iran-khamenei");
    assert.equal(r.status, 200);
    assert.equal(r.body.doctrine.id, "iran_khamenei");
    const cites = Object.values(r.body.citations) as Array<{ passage: string | null; doc: string }>;
    assert.ok(cites.length > 10);
    assert.ok(
      cites.every((c) => c.passage !== null),
      "every seed citation resolves to a passage",
    );
    const one = cites[0]!;
    const p = await get(`/api/passages/${encodeURIComponent(one.passage!)}`);
    assert.equal(p.body.passage.docId, one.doc);
  });

  test("validate a listed doctrine and posted text", async () => {
    const ok = await post("/api/doctrines/validate", { name: "iran-khamenei" });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.ok, true);
    assert.ok(ok.body.quotes.verified > 0);
    const bad = await post("/api/doctrines/validate", {
      text: "id: x\nleader: [unclosed",
      fileName: "mine.yaml",
    });
    assert.equal(bad.status, 200);
    assert.equal(bad.body.ok, false);
    assert.equal(bad.body.issues[0].code, "SC_DOCTRINE_YAML");
    isError(
      await post("/api/doctrines/validate", { nothing: 1 }),
      400,
      "SC_SERVER_INVALID_REQUEST",
    );
  });

  test("diff and evidence", async () => {
    const d = await get("/api/doctrines/diff?a=iran-khamenei&b=examples/hypothetical-pragmatist");
    assert.equal(d.status, 200);
    assert.equal(d.body.a.id, "iran_khamenei");
    assert.ok(d.body.principles.some((i: { status: string }) => i.status !== "same"));
    const e = await get("/api/doctrines/evidence?name=iran-khamenei&country=IRN&limit=2");
    assert.equal(e.status, 200);
    assert.ok(e.body.items.length > 0);
  });

  test("path traversal: names never reach the file system", async () => {
    for (const name of [
      "../package",
      "../../package.json",
      "..%2F..%2Fpackage",
      "/etc/passwd",
      "examples/../iran-khamenei",
      "iran-khamenei.yaml/..",
      "examples\\..\\iran-khamenei",
      "%2e%2e/%2e%2e/etc/passwd",
    ]) {
      const r = await get(`/api/doctrines/show?name=${encodeURIComponent(name)}`);
      isError(r, 404, "SC_DOCTRINE_FILE_NOT_FOUND");
      assert.ok(!JSON.stringify(r.body).includes("/work/"), "no server path in the error");
    }
    isError(
      await get("/api/doctrines/diff?a=iran-khamenei&b=../../../etc/passwd"),
      404,
      "SC_DOCTRINE_FILE_NOT_FOUND",
    );
    isError(
      await post("/api/bargain/run", { name: "../../package.json" }),
      404,
      "SC_BARGAIN_FILE_NOT_FOUND",
    );
    isError(
      await post("/api/bargain/run", { name: "ktab-inputs/../../../package" }),
      404,
      "SC_BARGAIN_FILE_NOT_FOUND",
    );
  });
});

describe("profile and events", () => {
  test("a profile with intervals and the LTA norm groups", async () => {
    const r = await get("/api/profile?speaker=Rouhani&replicates=20");
    assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 300));
    const p = r.body.profiles[0];
    assert.equal(p.documents, 4);
    assert.ok(p.vics.holsti.self);
    assert.ok("BACE" in p.lta.scores);
    assert.ok(Object.keys(r.body.ltaNorms).length > 0);
    isError(await get("/api/profile"), 400, "SC_SERVER_INVALID_REQUEST");
    isError(
      await get("/api/profile?speaker=Nobody%20Atall&replicates=0"),
      404,
      "SC_PROFILE_NO_TEXTS",
    );
    isError(
      await get("/api/profile?speaker=Rouhani&replicates=99999"),
      400,
      "SC_SERVER_INVALID_REQUEST",
    );
  });

  test("events of a document and of a text; dyads", async () => {
    const r = await post("/api/events/code", { doc: "IRN_2013" });
    assert.equal(r.status, 200);
    assert.ok(r.body.sentences > 10);
    assert.ok(Array.isArray(r.body.events));
    const txt = await post("/api/events/code", {
      text: "Iran condemned the United States.",
      date: "2019-05-01",
    });
    assert.equal(txt.status, 200);
    isError(await post("/api/events/code", { doc: "missing" }), 404, "SC_CORPUS_NO_DOCUMENT");
    const d = await get("/api/events/dyad?a=IRN&b=USA&by=year");
    assert.equal(d.status, 200);
    assert.deepEqual(d.body.rows, []);
    isError(await get("/api/events/dyad?a=IRN&b=U$A"), 400, "SC_SERVER_INVALID_REQUEST");
  });
});

describe("decide", () => {
  test("cases, decide, and the quotes behind the terms", async () => {
    const cases = await get("/api/decide/cases");
    assert.ok(cases.body.cases.length >= 10);
    const scenario = cases.body.cases[0].scenario;
    const r = await post("/api/decide", { scenario, models: ["leader", "uniform"] });
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body.models).sort(), ["leader", "uniform"]);
    const probs = Object.values(r.body.models.leader.probabilities) as number[];
    assert.ok(Math.abs(probs.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    const evidence = r.body.models.leader.explanation.ranked.flatMap(
      (o: { terms?: Array<{ evidence?: unknown[] }> }) =>
        (o.terms ?? []).flatMap((term) => term.evidence ?? []),
    );
    assert.ok(
      evidence.some((e: { link?: { passage: string | null } }) => e.link?.passage),
      "quotes link to passages",
    );
  });

  test("scenario errors keep the decide module's codes", async () => {
    const cases = await get("/api/decide/cases");
    const s = structuredClone(cases.body.cases[0].scenario);
    s.options[0].actions[0].code = "9999";
    isError(await post("/api/decide", { scenario: s }), 400, "SC_DECIDE_INVALID_SCENARIO");
    const missing = structuredClone(cases.body.cases[0].scenario);
    delete missing.pressures;
    isError(await post("/api/decide", { scenario: missing }), 400, "SC_SERVER_INVALID_REQUEST");
    isError(
      await post("/api/decide", { scenario: cases.body.cases[0].scenario, doctrine: "nope" }),
      404,
      "SC_DOCTRINE_FILE_NOT_FOUND",
    );
    isError(await post("/api/decide", "{not json"), 400, "SC_SERVER_INVALID_REQUEST");
  });

  test("backtest and doctrine comparison", async () => {
    const r = await post("/api/decide/backtest", { cv: "none" });
    assert.equal(r.status, 200);
    assert.ok(r.body.models.length >= 4);
    assert.ok(r.body.models[0].calibration.length > 0);
    const c = await post("/api/decide/compare", {
      a: "iran-khamenei",
      b: "examples/hypothetical-pragmatist",
    });
    assert.equal(c.status, 200);
    assert.equal(c.body.rows.length, r.body.cases);
    isError(await post("/api/decide/backtest", { cv: "kfold" }), 400, "SC_SERVER_INVALID_REQUEST");
  });

  test("pickers: CAMEO codes and targets", async () => {
    const c = await get("/api/cameo");
    assert.ok(c.body.codes.some((x: { code: string }) => x.code === "036"));
    const t2 = await get("/api/targets");
    assert.ok(t2.body.targets.some((x: { code: string }) => x.code === "USA"));
  });
});

describe("bargaining", () => {
  test("bundled scenarios, runs by name and by posted text", async () => {
    const list = await get("/api/bargain/scenarios");
    const names = list.body.scenarios.map((s: { name: string }) => s.name);
    assert.ok(names.includes("ktab-inputs/SOE-Policy"));
    const r = await post("/api/bargain/run", { name: "ktab-inputs/SOE-Policy" });
    assert.equal(r.status, 200);
    assert.equal(r.body.result.trajectory.length, r.body.result.turns + 1);
    const text = JSON.stringify({
      name: "Toy",
      dimensions: ["d"],
      actors: [
        { name: "A", capability: 10, position: [10], salience: [80] },
        { name: "B", capability: 20, position: [90], salience: [60] },
        { name: "C", capability: 15, position: [50], salience: [50] },
      ],
    });
    const posted = await post("/api/bargain/run", { text, fileName: "toy.json", model: "bdm" });
    assert.equal(posted.status, 200, JSON.stringify(posted.body));
    assert.deepEqual(posted.body.result.actors, ["A", "B", "C"]);
    const bad = await post("/api/bargain/run", { text: "not,a,scenario", fileName: "bad.csv" });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.code, /^SC_BARGAIN_/);
    isError(await post("/api/bargain/run", {}), 400, "SC_SERVER_INVALID_REQUEST");
  });
});

describe("briefing", () => {
  test("a cited briefing with exports, an answer, and the errors", async () => {
    const r = await post("/api/brief", { leader: "Rouhani" });
    assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 300));
    assert.ok(r.body.briefing.citations.length > 0);
    assert.match(r.body.markdown, /^# /);
    assert.match(r.body.html, /^<!doctype html>/i);
    assert.ok(!/<script/i.test(r.body.html));
    const a = await post("/api/brief/ask", { question: "What did Rouhani say about sanctions?" });
    assert.equal(a.status, 200);
    const none = await post("/api/brief", { leader: "Nobody Atall" });
    assert.equal(none.status, 400);
    assert.equal(none.body.error.code, "SC_BRIEF_NO_DOCUMENTS");
    isError(await post("/api/brief", { leader: "" }), 400, "SC_SERVER_INVALID_REQUEST");
  });
});
