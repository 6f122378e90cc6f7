/**
 * The architecture as a test: imports between modules follow the layering in DEVELOPERS.md, the
 * library never prints, `text` and `bargain` touch no storage, and the web app imports nothing from
 * the library (it speaks only to the HTTP API).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const src = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(src, "..");

/** What each module may import (besides itself). `core` is open to all. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  store: ["core"],
  corpus: ["core", "store", "text-types"],
  text: ["core"],
  profile: ["core", "text", "corpus", "store"],
  events: ["core", "text", "corpus", "store"],
  doctrine: ["core", "text", "corpus", "store"],
  bargain: ["core"],
  decide: ["core", "doctrine", "bargain", "events", "profile", "text", "corpus", "store"],
  brief: ["core", "decide", "doctrine", "bargain", "events", "profile", "text", "corpus", "store"],
  server: [
    "core",
    "brief",
    "decide",
    "doctrine",
    "bargain",
    "events",
    "profile",
    "text",
    "corpus",
    "store",
  ],
  cli: [
    "core",
    "server",
    "brief",
    "decide",
    "doctrine",
    "bargain",
    "events",
    "profile",
    "text",
    "corpus",
    "store",
  ],
};
const PRINTERS = new Set(["cli"]);

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "fixtures" && name !== "node_modules" && name !== "dist") files(p, out);
    } else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && name !== "testing.ts")
      out.push(p);
  }
  return out;
}

function moduleOf(path: string): string | undefined {
  const rel = relative(src, path).split(sep);
  return rel.length > 1 ? rel[0] : undefined;
}

function imports(text: string): Array<{ spec: string; typeOnly: boolean }> {
  const out: Array<{ spec: string; typeOnly: boolean }> = [];
  const re =
    /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ spec: m[3] ?? m[4]!, typeOnly: Boolean(m[2]) });
  }
  return out;
}

test("imports between modules follow the layering", () => {
  const violations: string[] = [];
  for (const f of files(src)) {
    const from = moduleOf(f);
    if (!from || !(from in ALLOWED)) continue;
    for (const { spec, typeOnly } of imports(readFileSync(f, "utf8"))) {
      if (!spec.startsWith(".")) continue;
      const target = resolve(f, "..", spec);
      let to = moduleOf(target);
      if (!to || to === from) continue;
      // The corpus may use the text layer's plain data types (spans), nothing else from it.
      if (
        to === "text" &&
        typeOnly &&
        target.endsWith(`${sep}text${sep}types.ts`) &&
        !ALLOWED[from]!.includes("text")
      ) {
        to = "text-types";
      }
      if (!ALLOWED[from]!.includes(to))
        violations.push(`${relative(root, f)} imports ${spec} (${from} -> ${to})`);
    }
  }
  assert.deepEqual(violations, []);
});

test("the library never prints; only the CLI does", () => {
  const offenders: string[] = [];
  for (const f of files(src)) {
    const m = moduleOf(f);
    if (!m || PRINTERS.has(m)) continue;
    const text = readFileSync(f, "utf8");
    if (/\bconsole\.(log|error|warn|info|debug)\(|process\.(stdout|stderr)\.write\(/.test(text)) {
      offenders.push(relative(root, f));
    }
  }
  assert.deepEqual(offenders, []);
});

test("text and bargain touch no storage", () => {
  const offenders: string[] = [];
  for (const f of files(src)) {
    const m = moduleOf(f);
    if (m !== "text" && m !== "bargain") continue;
    const text = readFileSync(f, "utf8");
    if (/from\s+["'](better-sqlite3|\.\.\/(store|corpus)\/[^"']*)["']/.test(text))
      offenders.push(relative(root, f));
  }
  assert.deepEqual(offenders, []);
});

test("the web app speaks only to the HTTP API (no imports from src/)", () => {
  const web = join(root, "web", "src");
  let list: string[] = [];
  try {
    list = files(web);
  } catch {
    return; // no web app in this checkout
  }
  const offenders = list.filter((f) =>
    imports(readFileSync(f, "utf8")).some(
      ({ spec }) =>
        spec.includes("/src/") && !spec.startsWith("./") && resolve(f, "..", spec).startsWith(src),
    ),
  );
  assert.deepEqual(
    offenders.map((f) => relative(root, f)),
    [],
  );
});
