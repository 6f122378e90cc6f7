/**
 * HTTP load test of the API server: the whole UN General Debate corpus in a fresh store, the
 * server in a child process on 127.0.0.1 (so the load generator does not share its event loop),
 * and autocannon with 50 connections for 10 s per endpoint. Reports requests/s and latency
 * percentiles for search (varied queries and filters) and decide (the development scenarios).
 * Bounded: loopback only, fixed duration. Target from the issue: p95 < 50 ms for search.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { tempDir } from "../src/corpus/testing.ts";
import { dataPath, percentile, report, round } from "./harness.ts";

const SECONDS = 10;
const CONNECTIONS = 50;

async function child(dbPath: string, cache: boolean): Promise<void> {
  const { openCorpus } = await import("../src/corpus/index.ts");
  const { startServer } = await import("../src/server/index.ts");
  const corpus = openCorpus(dbPath);
  const t0 = performance.now();
  const r = await corpus.ingest([dataPath("corpora/ungd", "examples/corpus/ungd")]);
  const s = await startServer({ corpus, port: 0, host: "127.0.0.1", webRoot: null, cache });
  process.stdout.write(
    `${JSON.stringify({ url: s.url, documents: r.added, ingestSeconds: (performance.now() - t0) / 1000 })}\n`,
  );
  process.on("SIGTERM", () => {
    s.close().then(() => {
      corpus.close();
      process.exit(0);
    });
  });
}

function startChild(
  dbPath: string,
  cache: boolean,
): Promise<{ proc: ChildProcess; url: string; documents: number; ingestSeconds: number }> {
  const proc = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      "--child",
      dbPath,
      cache ? "--cache" : "--no-cache",
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let buf = "";
    proc.stdout!.on("data", (d: Buffer) => {
      buf += d.toString();
      const line = buf.split("\n")[0];
      if (buf.includes("\n") && line) resolve({ proc, ...JSON.parse(line) });
    });
    proc.once("exit", (code) => reject(new Error(`server child exited with ${code}`)));
  });
}

interface Load {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

async function load(
  url: string,
  requests: autocannon.Request[],
  connections = CONNECTIONS,
): Promise<Load> {
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon({ url, connections, duration: SECONDS, requests }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
    inst.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  return {
    rps: round(r.requests.average, 1),
    p50: round(percentile(times, 50), 1),
    p95: round(percentile(times, 95), 1),
    p99: round(percentile(times, 99), 1),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: times.length,
  };
}

function figures(l: Load): Record<string, number> {
  return {
    req_per_s: l.rps,
    p50_ms: l.p50,
    p95_ms: l.p95,
    p99_ms: l.p99,
    requests: l.requests,
    errors: l.errors,
    non_2xx: l.non2xx,
  };
}

const QUERIES = [
  "sanctions",
  "nuclear weapons",
  '"Security Council" reform',
  "human rights",
  "terrorism",
  "climate change",
  "Iran nuclear programme",
  "hegemony",
  "Persian Gulf",
  "multilateralism",
  "development aid",
  "Russia China",
];
const FILTERS = [
  "",
  "&country=IRN",
  "&from=2000&to=2010",
  "&country=USA&from=1990",
  "&speaker=Rouhani",
];

async function stop(proc: ChildProcess): Promise<void> {
  const exited = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGTERM");
  await exited;
}

if (process.argv.includes("--child")) {
  await child(process.argv[process.argv.indexOf("--child") + 1]!, process.argv.includes("--cache"));
} else {
  const dir = tempDir("statecraft-bench-server-");
  const db = join(dir, "bench.db");
  try {
    // Cold: the answer cache is off, so every search runs the query.
    const cold = await startChild(db, false);
    const base = cold.url.replace(/\/$/, "");
    const searchPath = (q: string, f: string) =>
      `/api/search?q=${encodeURIComponent(q)}${f}&limit=10`;
    const searches = QUERIES.flatMap((q) =>
      FILTERS.map((f) => ({ method: "GET" as const, path: searchPath(q, f) })),
    );
    try {
      const one = await load(base, searches, 1);
      report({
        name: "server search, no cache, 1 connection, 10 s",
        figures: {
          ...figures(one),
          documents: cold.documents,
          ingest_s: round(cold.ingestSeconds, 1),
        },
        target: "p95 < 50 ms",
      });
      const fifty = await load(base, searches);
      report({
        name: `server search, no cache, ${CONNECTIONS} connections, ${SECONDS} s`,
        figures: figures(fifty),
        target: "p95 < 50 ms",
      });
    } finally {
      await stop(cold.proc);
    }
    // As served: repeated queries are answered from the cache (kept until the next ingest).
    const warm = await startChild(db, true);
    const wbase = warm.url.replace(/\/$/, "");
    try {
      for (const r of searches) await fetch(wbase + r.path);
      const cached = await load(wbase, searches);
      report({
        name: `server search, repeated queries with the answer cache, ${CONNECTIONS} connections, ${SECONDS} s`,
        figures: figures(cached),
        target: "p95 < 50 ms",
      });
      const cases = (await (await fetch(`${wbase}/api/decide/cases`)).json()) as {
        cases: Array<{ scenario: unknown }>;
      };
      // Warm the engine (fit file, record) once so the run measures decisions, not start-up.
      await fetch(`${wbase}/api/decide`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scenario: cases.cases[0]!.scenario }),
      });
      const decide = await load(
        wbase,
        cases.cases.map((c) => ({
          method: "POST",
          path: "/api/decide",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ scenario: c.scenario }),
        })),
      );
      report({
        name: `server decide, all 8 models, ${CONNECTIONS} connections, ${SECONDS} s`,
        figures: figures(decide),
        target: "no target in the issue (reported)",
      });
    } finally {
      await stop(warm.proc);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
