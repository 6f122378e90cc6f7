import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { REPO } from "./testing.ts";

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO, "bin/statecraft.js"), ...args], {
    cwd: REPO,
    encoding: "utf8",
  });

test("statecraft brief writes json; brief verify accepts it and rejects a tampered copy", () => {
  const dir = mkdtempSync(join(tmpdir(), "statecraft-brief-"));
  try {
    const seeds = join(REPO, "examples/corpus/seeds");
    const json = join(dir, "k.json");
    const common = [
      "--leader",
      "Ali Khamenei",
      "--ingest",
      seeds,
      "--doctrine",
      "doctrines/iran-khamenei.yaml",
      "--no-record",
    ];
    const made = run("brief", ...common, "--out", json);
    assert.equal(made.status, 0, made.stderr);
    const ok = run(
      "brief",
      "verify",
      json,
      "--ingest",
      seeds,
      "--doctrine",
      "doctrines/iran-khamenei.yaml",
    );
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /^ok: .* sentences supported/);
    const b = JSON.parse(readFileSync(json, "utf8"));
    b.sections[1].blocks[0].sentences[0].text = "He rejected every form of diplomacy.";
    writeFileSync(json, JSON.stringify(b));
    const bad = run("brief", "verify", json, "--ingest", seeds);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /key_points\[0\]\.sentences\[0\]: the text is not found/);
    assert.match(bad.stderr, /SC_BRIEF_UNVERIFIED/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
