/** `statecraft serve`: refuses unsafe binds, serves on 127.0.0.1, stops on SIGTERM. */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { REPO_ROOT } from "../../server/app.ts";

const BIN = join(REPO_ROOT, "bin/statecraft.js");

test("binding beyond loopback without a token fails with a coded error, before opening the store", () => {
  const dir = mkdtempSync(join(tmpdir(), "statecraft-serve-"));
  const db = join(dir, "never.db");
  try {
    const r = spawnSync(
      process.execPath,
      [BIN, "serve", "--host", "0.0.0.0", "--no-build", "--db", db],
      {
        encoding: "utf8",
        env: { ...process.env, STATECRAFT_TOKEN: "" },
      },
    );
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^SC_SERVER_TOKEN_REQUIRED/);
    assert.equal(existsSync(db), false, "the store is not created");
    const bad = spawnSync(
      process.execPath,
      [BIN, "serve", "--port", "99999", "--no-build", "--db", db],
      {
        encoding: "utf8",
      },
    );
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^SC_CLI_BAD_OPTION/);
    assert.equal(existsSync(db), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("serves the API on 127.0.0.1 and stops on SIGTERM", async () => {
  const dir = mkdtempSync(join(tmpdir(), "statecraft-serve-"));
  const child = spawn(
    process.execPath,
    [BIN, "serve", "--port", "0", "--no-build", "--db", join(dir, "s.db")],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`exited early (${code}): ${out}`)));
    });
    const r = await fetch(new URL("/api/health", url));
    assert.equal(r.status, 200);
    assert.deepEqual(((await r.json()) as { documents: number }).documents, 0);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
