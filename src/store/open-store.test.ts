import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { migrations } from "./migrations.ts";
import { openStore } from "./open-store.ts";

describe("openStore", () => {
  it("creates, migrates and reopens a store", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sc-store-")), "s.db");
    openStore(file).close();
    const db = openStore(file);
    assert.equal(
      db.pragma("user_version", { simple: true }),
      Math.max(...migrations.map((m) => m.version)),
    );
    db.close();
  });

  it("refuses a store whose tables do not match its recorded version", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sc-store-")), "old.db");
    const raw = new Database(file);
    // A table of the same name with other columns, under the latest version number.
    raw.exec("CREATE TABLE documents (rowid INTEGER PRIMARY KEY, legacy TEXT NOT NULL)");
    raw.pragma(`user_version = ${Math.max(...migrations.map((m) => m.version))}`);
    raw.close();
    assert.throws(
      () => openStore(file),
      (e: { code?: string; file?: string; hint?: string }) =>
        e.code === "SC_STORE_LAYOUT" && e.file === file && /new store/.test(e.hint ?? ""),
    );
  });
});
