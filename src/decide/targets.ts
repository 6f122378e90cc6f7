/**
 * Target profiles: for an action's target (ISO3 or group code), its stance (from the doctrine,
 * else the mean stance over the group's member states the doctrine covers, else the analyst
 * fallback in `data/decide/targets.yaml`), its capability, its region and whether it is an
 * eastern partner. Group codes are expanded through the P2 target registry.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { StatecraftError } from "../core/errors.ts";
import { defaultTargetRegistry } from "../doctrine/registry.ts";
import type { DoctrineView } from "./doctrine-view.ts";
import type { EvidenceRef } from "./types.ts";

export const TARGETS_PATH = fileURLToPath(
  new URL("../../data/decide/targets.yaml", import.meta.url),
);

export type Region = "west_asia" | "neighbour" | "extra";

interface Attr {
  capability?: number;
  region?: Region;
  east?: boolean;
  alignment?: number;
}

export interface TargetProfile {
  code: string;
  kind: string;
  alignment: number;
  trust: number;
  capability: number;
  region: Region;
  east: boolean;
  /** Where the stance came from. */
  stanceSource: "doctrine" | "members" | "fallback";
  evidence: EvidenceRef[];
}

let attrs: { defaults: Record<string, Attr>; targets: Record<string, Attr> } | undefined;

function attributes() {
  if (!attrs) {
    try {
      const raw = parse(readFileSync(TARGETS_PATH, "utf8")) as {
        defaults: Record<string, Attr>;
        targets: Record<string, Attr>;
      };
      attrs = { defaults: raw.defaults ?? {}, targets: raw.targets ?? {} };
    } catch (e) {
      throw new StatecraftError("SC_DECIDE_TARGETS", "cannot read target attributes", {
        file: TARGETS_PATH,
        cause: e,
      });
    }
  }
  return attrs;
}

interface Resolved {
  kind: string;
  states: string[];
}

function resolve(code: string, at?: string): Resolved {
  try {
    const r = defaultTargetRegistry().resolve(code, at ? { at } : {});
    return { kind: r.kind, states: r.states.filter((s) => s !== "IRN") };
  } catch {
    // A code the registry does not know is treated as a state with default attributes.
    return { kind: "state", states: [code] };
  }
}

/** Profiles targets for one doctrine; profiles are cached per code and date. */
export class TargetBook {
  private readonly cache = new Map<string, TargetProfile>();
  private readonly stateCache = new Map<string, string[]>();
  constructor(private readonly doctrine: DoctrineView) {}

  /** States a target reaches on a date (a state reaches itself; Iran is left out of groups). */
  states(code: string, at?: string): string[] {
    const key = `${code}@${at ?? ""}`;
    let hit = this.stateCache.get(key);
    if (!hit) {
      const r = resolve(code, at);
      hit = r.states.length > 0 ? r.states : [code];
      this.stateCache.set(key, hit);
    }
    return hit;
  }

  profile(code: string, at?: string): TargetProfile {
    const key = `${code}@${at ?? ""}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const { defaults, targets } = attributes();
    const r = resolve(code, at);
    const own = targets[code] ?? {};
    const def = defaults[r.kind] ?? defaults.state ?? {};
    const memberAttrs = r.states.filter((s) => s !== code).map((s) => targets[s]);
    const capability =
      own.capability ??
      (memberAttrs.some((a) => a?.capability !== undefined)
        ? Math.max(...memberAttrs.map((a) => a?.capability ?? 0))
        : (def.capability ?? 0.3));
    let stanceSource: TargetProfile["stanceSource"] = "fallback";
    let alignment = own.alignment ?? def.alignment ?? 0;
    let trust = alignment;
    let evidence: EvidenceRef[] = [];
    const direct = this.doctrine.stance(code);
    if (direct) {
      ({ alignment, trust, evidence } = direct);
      stanceSource = "doctrine";
    } else if (own.alignment === undefined && r.states.some((s) => s !== code)) {
      // A group without its own entry: the mean stance of its member states (doctrine first).
      const member = r.states
        .filter((s) => s !== code)
        .map((s) => this.doctrine.stance(s)?.alignment ?? targets[s]?.alignment ?? 0);
      alignment = member.reduce((a, b) => a + b, 0) / member.length;
      trust = alignment;
      stanceSource = "members";
    }
    const profile: TargetProfile = {
      code,
      kind: r.kind,
      alignment,
      trust,
      capability,
      region: own.region ?? def.region ?? "extra",
      east: own.east ?? false,
      stanceSource,
      evidence,
    };
    this.cache.set(key, profile);
    return profile;
  }
}
