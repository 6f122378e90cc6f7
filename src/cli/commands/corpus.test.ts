import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { tempDir } from "../../corpus/testing.ts";

const bin = fileURLToPath(new URL("../../../bin/statecraft.js", import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

test("statecraft ingest: summary, --json report, non-zero exit when something failed", () => {
  const dir = tempDir();
  const db = join(dir, "s.db");
  writeFileSync(join(dir, "ok.txt"), "We seek peace. We reject threats.");
  writeFileSync(join(dir, "bad.jsonl"), '{"id": "x", "text": "Fine line."}\n{broken\n');
  const r = run(["ingest", dir, "--db", db, "--json"]);
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.added, 2);
  assert.deepEqual(
    report.failed.map((f: { code: string; line: number }) => [f.code, f.line]),
    [["SC_INGEST_BAD_JSONL", 2]],
  );
  const again = run(["ingest", join(dir, "ok.txt"), "--db", db]);
  assert.equal(again.status, 0);
  assert.match(again.stdout, /0 added, 0 new versions, 1 unchanged/);
});

test("statecraft ingest on a missing path prints the coded error and exits 1", () => {
  const r = run(["ingest", "/no/such/path", "--db", join(tempDir(), "s.db")]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^SC_INGEST_NOT_FOUND: path not found \(\/no\/such\/path\)\n {2}hint: /);
});

test("statecraft search and docs show", () => {
  const dir = tempDir();
  const db = join(dir, "s.db");
  writeFileSync(
    join(dir, "a.txt"),
    "Heroic flexibility permits tactical shifts. Nothing else here.",
  );
  assert.equal(run(["ingest", dir, "--db", db]).status, 0);
  const s = run(["search", "heroic flexibility", "--db", db]);
  assert.equal(s.status, 0);
  assert.match(s.stdout, /^1\. a \[0-43\]/);
  assert.match(s.stdout, /\[Heroic\] \[flexibility\] permits/);
  const d = run(["docs", "show", "a", "--db", db, "--json"]);
  const doc = JSON.parse(d.stdout);
  assert.equal(doc.passages.length, 2);
  const missing = run(["docs", "show", "zzz", "--db", db]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /SC_CORPUS_NO_DOCUMENT/);
});
