import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openCorpus } from "./open-corpus.ts";
import { segment } from "./split-sentences.ts";
import { tempDir } from "./testing.ts";

const bin = fileURLToPath(new URL("../../bin/statecraft.js", import.meta.url));

test("SIGKILL during a large ingest leaves a consistent store with exactly the committed documents", {
  timeout: 120_000,
}, async () => {
  const dir = tempDir();
  const src = join(dir, "docs");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(src);
  const files = 150;
  for (let i = 0; i < files; i++) {
    const sentences = Array.from(
      { length: 120 },
      (_, k) => `Statement ${i} sentence ${k} speaks of peace and security for all nations.`,
    );
    writeFileSync(join(src, `doc${String(i).padStart(4, "0")}.txt`), sentences.join(" "));
  }
  const db = join(dir, "store.db");
  const child = spawn(process.execPath, [bin, "ingest", src, "--db", db, "--no-progress"], {
    stdio: "ignore",
  });
  let committed = 0;
  for (let t = 0; t < 600 && committed < 10; t++) {
    await sleep(100);
    try {
      const ro = new Database(db, { readonly: true, fileMustExist: true });
      committed = (ro.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
      ro.close();
    } catch {
      // The store or its schema may not exist yet.
    }
  }
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  assert.ok(committed >= 10, "the ingest made progress before the kill");

  const corpus = openCorpus(db);
  assert.equal(corpus.db.pragma("integrity_check", { simple: true }) as string, "ok");
  corpus.db.prepare("INSERT INTO passages_fts (passages_fts) VALUES ('integrity-check')").run();
  const docs = corpus.documents();
  assert.ok(
    docs.length >= committed && docs.length < files,
    `killed mid-way: ${docs.length} of ${files}`,
  );
  // Documents are committed in file order, so the store holds exactly the first N files ...
  assert.deepEqual(
    docs.map((d) => d.id),
    Array.from({ length: docs.length }, (_, i) => `doc${String(i).padStart(4, "0")}`),
  );
  // ... each of them whole: all its passages, none of a half-written one.
  for (const d of docs) {
    const seg = segment(corpus.document(d.id)!.text);
    assert.equal(corpus.passages(d.id, "sentence").length, seg.sentences.length);
    assert.equal(corpus.passages(d.id, "paragraph").length, seg.paragraphs.length);
  }
  const orphans = corpus.db
    .prepare(
      "SELECT count(*) AS n FROM passages WHERE doc_rowid NOT IN (SELECT rowid FROM documents)",
    )
    .get() as { n: number };
  assert.equal(orphans.n, 0);
  // Re-running completes the rest without duplicating what was there.
  const r = await corpus.ingest([src]);
  assert.equal(r.unchanged, docs.length);
  assert.equal(r.added, files - docs.length);
  corpus.close();
});
