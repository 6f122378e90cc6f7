/**
 * Grouping codings into profiles: by year, speaker, country, document, or any key function.
 * Groups are built from codings, so the texts are coded once however they are grouped.
 */
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
      return c.meta?.speaker ?? "unknown";
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
  for (const c of codings) {
    const k = groupKey(c, by);
    const arr = groups.get(k) ?? [];
    arr.push(c);
    groups.set(k, arr);
  }
  return [...groups.keys()].sort().map((k) => buildProfile(k, groups.get(k)!, opts));
}
