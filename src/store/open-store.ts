import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StatecraftError } from "../core/errors.ts";
import { migrations as defaultMigrations, type Migration } from "./migrations.ts";

export type Store = Database.Database;

export interface StoreOptions {
  /** Open without writing (no migrations). Default false. */
  readonly?: boolean;
  /** Migrations to apply; defaults to the project's list. */
  migrations?: Migration[];
}

/**
 * Opens (creating if needed) the embedded SQLite store in WAL mode and brings its schema up to
 * date. WAL keeps readers (the web app, a second CLI) unblocked while an ingest writes, and a
 * killed process leaves only whole transactions behind.
 */
export function openStore(path: string, options: StoreOptions = {}): Store {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let db: Store;
  try {
    db = new Database(path, { readonly: options.readonly ?? false });
  } catch (e) {
    throw new StatecraftError("SC_STORE_OPEN", `cannot open the store: ${(e as Error).message}`, {
      file: path,
      hint: "check the path given with --db or STATECRAFT_DB and its permissions",
      cause: e,
    });
  }
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
  }
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  const list = options.migrations ?? defaultMigrations;
  if (!options.readonly) migrate(db, list, path);
  if (path !== ":memory:") checkLayout(db, list, path);
  return db;
}

/** Table and index definitions, as SQLite stores them, keyed by name. */
function layout(db: Store): Map<string, string> {
  const rows = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'",
    )
    .all() as { name: string; sql: string }[];
  return new Map(rows.map((r) => [r.name, r.sql.replace(/\s+/g, " ").trim()]));
}

/**
 * A store is only usable when its tables are the ones its recorded version stands for: a file
 * written by a pre-release build whose migration was later rewritten has the same version number
 * but other columns, and would otherwise fail on the first insert with a bare SQLite message.
 */
function checkLayout(db: Store, migrations: Migration[], path: string): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  const reference = new Database(":memory:");
  try {
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= version) m.up(reference);
    }
    const want = layout(reference);
    const have = layout(db);
    for (const [name, sql] of want) {
      if (have.get(name) !== sql) {
        throw new StatecraftError(
          "SC_STORE_LAYOUT",
          `the store's ${have.has(name) ? "definition of" : "schema lacks"} ${name} does not match schema v${version}`,
          {
            file: path,
            hint: "it was written by an older development build: move it aside and ingest again into a new store (--db or STATECRAFT_DB)",
          },
        );
      }
    }
  } finally {
    reference.close();
  }
}

function migrate(db: Store, migrations: Migration[], path: string): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  if (current > latest) {
    throw new StatecraftError(
      "SC_STORE_VERSION",
      `the store's schema (v${current}) is newer than this Statecraft (v${latest})`,
      { file: path, hint: "upgrade Statecraft or use another --db" },
    );
  }
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
