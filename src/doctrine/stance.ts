/** Looking up what a doctrine says about a target, directly or through the groups it belongs to. */
import { defaultTargetRegistry, type ResolveOptions, type TargetRegistry } from "./registry.ts";
import type { Doctrine, Stance } from "./schema.ts";

export interface StanceLookup {
  /** The stance found, or undefined when neither the code nor any group holding it is covered. */
  stance?: Stance;
  /** "direct": the doctrine names the code; "group": a group that holds it; "none". */
  via: "direct" | "group" | "none";
  /** The group the stance came from (for via "group"). */
  group?: string;
}

/**
 * The doctrine's stance toward `code`: its own entry, else the entry of a group it belongs to
 * (the first in code order, on the date given). Groups' stances are not averaged from members.
 */
export function stanceFor(
  d: Doctrine,
  code: string,
  opts: ResolveOptions & { registry?: TargetRegistry } = {},
): StanceLookup {
  const direct = d.stances.find((s) => s.target === code);
  if (direct) return { stance: direct, via: "direct" };
  const registry = opts.registry ?? defaultTargetRegistry();
  for (const g of registry.groupsOf(code, opts)) {
    const s = d.stances.find((x) => x.target === g);
    if (s) return { stance: s, via: "group", group: g };
  }
  return { via: "none" };
}

/** Parameters as a flat id → value map (what the decision models read). */
export function doctrineParameters(d: Doctrine): Record<string, number> {
  return Object.fromEntries(d.parameters.map((p) => [p.id, p.value]));
}
