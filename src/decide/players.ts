/** The internal players of model III, read from `data/decide/players.yaml`. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { StatecraftError } from "../core/errors.ts";
import { TERMS, type Term } from "./doctrine-view.ts";
import type { Scenario } from "./types.ts";

export const PLAYERS_PATH = fileURLToPath(
  new URL("../../data/decide/players.yaml", import.meta.url),
);

interface PlayersFile {
  players: {
    id: string;
    office?: string;
    influence: number;
    multipliers: Partial<Record<Term, number>>;
  }[];
  factions: Record<string, Partial<Record<Term, number>>>;
  holders: { match: string; faction: string }[];
}

export interface Player {
  id: string;
  /** Holder named in the scenario's `officials`, when the office is listed there. */
  holder?: string;
  faction?: string;
  /** Influence share (all players sum to 1). */
  influence: number;
  /** Multiplier per term (TERMS order) on the leader's weights. */
  multipliers: number[];
}

let file: PlayersFile | undefined;

function players(): PlayersFile {
  if (!file) {
    try {
      file = parse(readFileSync(PLAYERS_PATH, "utf8")) as PlayersFile;
    } catch (e) {
      throw new StatecraftError("SC_DECIDE_PLAYERS", "cannot read the players file", {
        file: PLAYERS_PATH,
        cause: e,
      });
    }
  }
  return file;
}

/** The players of a scenario with their holders, factions, multipliers and influence shares. */
export function scenarioPlayers(s: Scenario, leaderWeight: number): Player[] {
  const f = players();
  const others = f.players.filter((p) => p.id !== "supreme_leader");
  const otherTotal = others.reduce((a, p) => a + p.influence, 0);
  return f.players.map((p) => {
    const holder = p.office
      ? (s.officials as Record<string, string | undefined>)[p.office]
      : undefined;
    const faction =
      p.id === "supreme_leader" || !holder
        ? undefined
        : f.holders.find((h) => holder.toLowerCase().includes(h.match.toLowerCase()))?.faction;
    const fm = faction ? (f.factions[faction] ?? {}) : {};
    const multipliers = TERMS.map((t) => (p.multipliers[t] ?? 1) * (fm[t] ?? 1));
    const influence =
      p.id === "supreme_leader" ? leaderWeight : ((1 - leaderWeight) * p.influence) / otherTotal;
    return {
      id: p.id,
      ...(holder && { holder }),
      ...(faction && { faction }),
      influence,
      multipliers,
    };
  });
}
