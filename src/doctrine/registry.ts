/**
 * The target registry: which codes a doctrine may name, and what a group code stands for.
 * States come from the CAMEO country code book (ISO3), groups from data/targets/registry.yaml.
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { parseCsv } from "../core/csv.ts";
import { StatecraftError } from "../core/errors.ts";

export const DEFAULT_REGISTRY_PATH = fileURLToPath(
  new URL("../../data/targets/registry.yaml", import.meta.url),
);
export const DEFAULT_COUNTRIES_PATH = fileURLToPath(
  new URL("../../data/codebooks/cameo_countries.csv", import.meta.url),
);

const Year = z.union([z.string(), z.number()]).transform(String);
const Member = z.union([
  z.string(),
  z.strictObject({
    code: z.string(),
    from: Year.optional(),
    to: Year.optional(),
    note: z.string().optional(),
  }),
]);
const RegistryFile = z.strictObject({
  version: z.string(),
  updated: z.string().optional(),
  aliases: z.record(z.string(), z.array(z.string())).default({}),
  alias_exclusions: z.record(z.string(), z.array(z.string())).default({}),
  groups: z.array(
    z.strictObject({
      code: z.string().regex(/^[A-Z][A-Z0-9+_]{1,15}$/),
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      kind: z.enum(["grouping", "organisation", "armed_group", "authority"]),
      based_in: z.string().optional(),
      members: z.array(Member),
      note: z.string().optional(),
    }),
  ),
});

export type TargetKind = "state" | "grouping" | "organisation" | "armed_group" | "authority";

export interface Membership {
  code: string;
  /** First year/date of membership, inclusive (ISO, partial allowed). */
  from?: string;
  /** Last year/date of membership, inclusive. */
  to?: string;
}

export interface TargetEntry {
  code: string;
  name: string;
  kind: TargetKind;
  /** ISO3 code of the state a non-state actor is based in. */
  basedIn?: string;
  members: Membership[];
  /** Names a text uses for the target (evidence search); at least the name. */
  aliases: string[];
  /** Phrases in which an alias does not name the target ("Latin America" for USA). */
  aliasExclusions?: string[];
  note?: string;
}

export interface ResolvedTarget {
  code: string;
  name: string;
  kind: TargetKind;
  /** Direct members on the date asked (codes; may include groups). */
  members: string[];
  /** All states reached by expanding member groups (ISO3, sorted). A state resolves to itself. */
  states: string[];
}

export interface ResolveOptions {
  /** ISO date (partial allowed); memberships that do not cover it are left out. Default: ignore dates. */
  at?: string;
}

/** True when the membership window covers `at` (partial ISO dates compare on their common prefix). */
function covers(m: Membership, at?: string): boolean {
  if (!at) return true;
  if (m.from && at.slice(0, m.from.length) < m.from.slice(0, at.length)) return false;
  if (m.to && at.slice(0, m.to.length) > m.to.slice(0, at.length)) return false;
  return true;
}

function titleCase(raw: string): string {
  const small = new Set(["of", "and", "the"]);
  return raw
    .toLowerCase()
    .split(/_+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && small.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(" ");
}

export class TargetRegistry {
  readonly version: string;
  private readonly entries = new Map<string, TargetEntry>();

  constructor(version: string, entries: TargetEntry[]) {
    this.version = version;
    for (const e of entries) this.entries.set(e.code, e);
  }

  has(code: string): boolean {
    return this.entries.has(code);
  }

  get(code: string): TargetEntry | undefined {
    return this.entries.get(code);
  }

  /** All codes, states first then groups, each sorted. */
  codes(): string[] {
    const all = [...this.entries.values()];
    const states = all.filter((e) => e.kind === "state").map((e) => e.code);
    const groups = all.filter((e) => e.kind !== "state").map((e) => e.code);
    return [...states.sort(), ...groups.sort()];
  }

  /** Group codes whose direct members include `code` (on `at`, when given). */
  groupsOf(code: string, opts: ResolveOptions = {}): string[] {
    const out: string[] = [];
    for (const e of this.entries.values()) {
      if (e.members.some((m) => m.code === code && covers(m, opts.at))) out.push(e.code);
    }
    return out.sort();
  }

  /** Expands a code to its members; throws SC_DOCTRINE_UNKNOWN_TARGET for an unknown code. */
  resolve(code: string, opts: ResolveOptions = {}): ResolvedTarget {
    const entry = this.entries.get(code);
    if (!entry) {
      throw new StatecraftError("SC_DOCTRINE_UNKNOWN_TARGET", `unknown target code "${code}"`, {
        hint: "use an ISO3 code from data/codebooks/cameo_countries.csv or a group code from data/targets/registry.yaml",
      });
    }
    const members = entry.members.filter((m) => covers(m, opts.at)).map((m) => m.code);
    const states = new Set<string>();
    const seen = new Set<string>();
    const walk = (c: string): void => {
      if (seen.has(c)) return;
      seen.add(c);
      const e = this.entries.get(c);
      if (!e) return;
      if (e.kind === "state") states.add(c);
      else for (const m of e.members) if (covers(m, opts.at)) walk(m.code);
    };
    walk(code);
    return { code, name: entry.name, kind: entry.kind, members, states: [...states].sort() };
  }
}

/** Reads the registry and the country code book. Bad registry data is a coded error. */
export function loadTargetRegistry(
  registryPath = DEFAULT_REGISTRY_PATH,
  countriesPath = DEFAULT_COUNTRIES_PATH,
): TargetRegistry {
  const entries: TargetEntry[] = [];
  const rows = parseCsv(readFileSync(countriesPath, "utf8"));
  const header = rows[0] ?? [];
  const iso = header.indexOf("iso3166_alpha3");
  const cameo = header.indexOf("cameo_country_code");
  const name = header.indexOf("country_name");
  const nationality = header.indexOf("nationality_forms");
  const seen = new Set<string>();
  for (const r of rows.slice(1)) {
    // The ISO column is occasionally malformed (Israel reads "IL"); the CAMEO code is then the ISO3.
    const code = /^[A-Z]{3}$/.test(r[iso] ?? "")
      ? r[iso]!
      : /^[A-Z]{3}$/.test(r[cameo] ?? "")
        ? r[cameo]!
        : "";
    if (!code || seen.has(code)) continue;
    seen.add(code);
    const display = titleCase(r[name] ?? code);
    const demonym = titleCase((r[nationality] ?? "").split("|")[0] ?? "");
    const aliases = [display, ...(demonym && demonym !== display ? [demonym] : [])];
    entries.push({ code, name: display, kind: "state", members: [], aliases });
  }
  let file: z.infer<typeof RegistryFile>;
  try {
    file = RegistryFile.parse(parse(readFileSync(registryPath, "utf8")));
  } catch (e) {
    throw new StatecraftError("SC_DOCTRINE_REGISTRY", "the target registry is not valid", {
      file: registryPath,
      cause: e,
      hint: e instanceof Error ? e.message.slice(0, 300) : undefined,
    });
  }
  for (const e of entries) {
    const extra = file.aliases[e.code];
    if (extra) e.aliases = [...new Set([...extra, ...e.aliases])];
    const excl = file.alias_exclusions[e.code];
    if (excl) e.aliasExclusions = excl;
  }
  for (const g of file.groups) {
    entries.push({
      code: g.code,
      name: g.name,
      aliases: g.aliases.length ? g.aliases : [g.name],
      kind: g.kind,
      basedIn: g.based_in,
      note: g.note,
      members: g.members.map((m) => (typeof m === "string" ? { code: m } : m)),
    });
  }
  const registry = new TargetRegistry(file.version, entries);
  for (const g of file.groups) {
    for (const m of g.members) {
      const c = typeof m === "string" ? m : m.code;
      if (!registry.has(c)) {
        throw new StatecraftError(
          "SC_DOCTRINE_REGISTRY",
          `group ${g.code} lists unknown member "${c}"`,
          {
            file: registryPath,
            field: `groups.${g.code}.members`,
          },
        );
      }
    }
  }
  return registry;
}

let cached: TargetRegistry | undefined;

/** The default registry, read once. */
export function defaultTargetRegistry(): TargetRegistry {
  cached ??= loadTargetRegistry();
  return cached;
}

/** Expands a target code with the default registry: `resolveTarget("P5+1").states` includes USA. */
export function resolveTarget(code: string, opts: ResolveOptions = {}): ResolvedTarget {
  return defaultTargetRegistry().resolve(code, opts);
}
