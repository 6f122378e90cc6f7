/**
 * Grouping codings into profiles: by year, speaker, country, document, or any key function.
 * Groups are built from codings, so the texts are coded once however they are grouped.
 */
import { normalizeSpeaker } from "../corpus/index.ts";
import { type AggregateOptions, buildProfile } from "./aggregate.ts";
import type { DocumentCoding, LeaderProfile } from "./types.ts";

export type GroupBy =
  | "year"
  | "speaker"
  | "country"
  | "document"
  | "all"
  | ((c: DocumentCoding) => string);

export function groupKey(c: DocumentCoding, by: GroupBy): string {
  if (typeof by === "function") return by(c);
  switch (by) {
    case "year":
      return (c.meta?.date ?? c.meta?.year ?? "unknown").toString().slice(0, 4);
    case "speaker":
      return c.meta?.speaker ? normalizeSpeaker(c.meta.speaker) || "unknown" : "unknown";
    case "country":
      return c.meta?.country ?? "unknown";
    case "document":
      return c.id;
    default:
      return "all";
  }
}

/** Profiles per group, groups sorted by key. */
export function profileGroups(
  codings: DocumentCoding[],
  by: GroupBy,
  opts: AggregateOptions = {},
): LeaderProfile[] {
  const groups = new Map<string, DocumentCoding[]>();
  const merge = by === "speaker" ? surnameMerge(codings.map((c) => groupKey(c, by))) : null;
  for (const c of codings) {
    const raw = groupKey(c, by);
    const k = merge?.get(raw) ?? raw;
    const arr = groups.get(k) ?? [];
    arr.push(c);
    groups.set(k, arr);
  }
  return [...groups.keys()].sort().map((k) => buildProfile(k, groups.get(k)!, opts));
}

/**
 * Speaker names vary across sources ("Mr. VELAYATI", "Ali-Akbar Velayati"). A bare surname is
 * merged into the one full name that ends with it; when several do ("bush": "george bush",
 * "george w bush") it stays apart rather than guess.
 */
function surnameMerge(keys: string[]): Map<string, string> {
  const full = [...new Set(keys)].filter((k) => k.includes(" "));
  const out = new Map<string, string>();
  for (const k of new Set(keys)) {
    if (k.includes(" ")) continue;
    const owners = full.filter((f) => f.split(" ").pop() === k);
    if (owners.length === 1) out.set(k, owners[0]!);
  }
  return out;
}
