/**
 * Files a client may name: a fixed folder is listed once and a request's name is looked up in that
 * listing, so a name never becomes a path (no `..`, no absolute paths, no symlink escapes).
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { StatecraftError } from "../core/errors.ts";

/** Names are lower-case path segments: letters, digits, `-`, `_`, `.` inside, `/` between folders. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,120}(\/[A-Za-z0-9][A-Za-z0-9_.-]{0,120}){0,4}$/;

export interface NamedFile {
  /** Path under the folder without extension, `/`-separated ("examples/hypothetical-pragmatist"). */
  name: string;
  path: string;
  ext: string;
}

/** Lists files with the given extensions under `root` (recursively, depth 5, no hidden entries). */
export function listNamedFiles(root: string, exts: readonly string[]): NamedFile[] {
  const out: NamedFile[] = [];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return out;
  }
  const walk = (dir: string, depth: number) => {
    if (depth > 5) return;
    for (const entry of readdirSync(dir).sort()) {
      if (entry.startsWith(".")) continue;
      const p = join(dir, entry);
      let real: string;
      try {
        real = realpathSync(p);
      } catch {
        continue;
      }
      // A symlink pointing out of the folder is not listed.
      if (real !== realRoot && !real.startsWith(realRoot + sep)) continue;
      const st = statSync(real);
      if (st.isDirectory()) walk(p, depth + 1);
      else if (exts.includes(extname(entry).toLowerCase())) {
        const rel = relative(root, p).split(sep).join("/");
        out.push({
          name: rel.slice(0, -extname(rel).length),
          path: real,
          ext: extname(entry).toLowerCase(),
        });
      }
    }
  };
  walk(root, 0);
  return out;
}

/** The file a name refers to, or a coded not-found error. The name is checked, never joined. */
export function findNamedFile(
  files: readonly NamedFile[],
  name: string,
  code: string,
  what: string,
): NamedFile {
  const found = NAME.test(name) ? files.find((f) => f.name === name) : undefined;
  if (!found) {
    throw new StatecraftError(code, `no ${what} named "${name.slice(0, 200)}"`, {
      field: "name",
      hint: `list the ${what}s first; names look like ${files[0]?.name ?? "iran-khamenei"}`,
    });
  }
  return found;
}
