/**
 * Actor resolution inside one phrase: dictionary actors (countries, IGOs, armed groups, persons)
 * combined with agents (GOV, MIL, LEG, ...). Agents attach to the actor next to them
 * ("Osgiliath soldiers", "Gondor's government", "MSF Arnor"), or across "of/in/from" to every
 * actor of the coordinated list that follows ("ambassadors of Arnor, Osgiliath and Gondor");
 * an agent with no actor anywhere becomes "---" + agent.
 */
import type { Token } from "../text/types.ts";
import { type ActorEntry, type AgentEntry, type DictTrie, entryAt } from "./dictionaries.ts";
import type { ActorMention } from "./types.ts";

export interface ActorDictionaries {
  actors: DictTrie<ActorEntry>;
  agents: DictTrie<AgentEntry>;
}

interface Item {
  kind: "actor" | "agent" | "conj" | "prep" | "poss";
  start: number;
  end: number;
  codes: string[];
  agent?: AgentEntry;
  text: string;
}

const CONJ = new Set(["and", "or", "nor", ",", "&", "as well as"]);
const PREP = new Set(["of", "in", "from", "at", "for"]);

function combine(actorCode: string, agents: AgentEntry[]): string {
  let code = actorCode;
  for (const a of agents) {
    if (a.position === "prefix") {
      if (!code.startsWith(a.code)) code = a.code + code;
    } else if (!code.endsWith(a.code)) code += a.code;
  }
  return code;
}

function scan(
  dicts: ActorDictionaries,
  tokens: Token[],
  a: number,
  b: number,
  date: number | null,
  text: string,
): Item[] {
  const norms: string[] = [];
  const lemmas: string[] = [];
  for (let k = a; k < b; k++) {
    norms.push(tokens[k]!.norm);
    lemmas.push(tokens[k]!.lemma);
  }
  const items: Item[] = [];
  let i = 0;
  const n = b - a;
  while (i < n) {
    // Pronouns never name actors ("let us" is not the US).
    const pron = tokens[a + i]!.pos === "PRON";
    const am = pron ? null : dicts.actors.longestAt(norms, lemmas, i, n);
    const gm = dicts.agents.longestAt(norms, lemmas, i, n);
    const t0 = tokens[a + i]!;
    if (am && (!gm || am.length >= gm.length)) {
      const t1 = tokens[a + i + am.length - 1]!;
      const entry = entryAt(am.values, date);
      if (entry && entry.codes.length > 0) {
        items.push({
          kind: "actor",
          start: i,
          end: i + am.length,
          codes: entry.codes,
          text: text.slice(t0.start, t1.end),
        });
      }
      i += am.length;
    } else if (gm) {
      const t1 = tokens[a + i + gm.length - 1]!;
      const txt = text.slice(t0.start, t1.end);
      for (const g of dedupeAgents(gm.values))
        items.push({
          kind: "agent",
          start: i,
          end: i + gm.length,
          codes: [g.code],
          agent: g,
          text: txt,
        });
      i += gm.length;
    } else {
      if (CONJ.has(norms[i]!))
        items.push({ kind: "conj", start: i, end: i + 1, codes: [], text: norms[i]! });
      else if (PREP.has(norms[i]!) && tokens[a + i]!.pos === "ADP")
        items.push({ kind: "prep", start: i, end: i + 1, codes: [], text: norms[i]! });
      i++;
    }
  }
  return items;
}

/** Several entries for one agent phrase: the first one is used. */
function dedupeAgents(values: AgentEntry[]): AgentEntry[] {
  return values.slice(0, 1);
}

/** Actors named in tokens [a, b) of the analysed text. */
export function resolveActors(
  dicts: ActorDictionaries,
  tokens: Token[],
  a: number,
  b: number,
  date: number | null,
  text: string,
): ActorMention[] {
  if (b <= a) return [];
  const items = scan(dicts, tokens, a, b, date, text);
  // Split into conjuncts.
  const segments: Item[][] = [[]];
  /** The conjunction after each segment (",", "and", ...). */
  const sepAfter: string[] = [];
  for (const it of items) {
    if (it.kind === "conj") {
      sepAfter.push(it.text);
      segments.push([]);
    } else segments[segments.length - 1]!.push(it);
  }
  const out: ActorMention[] = [];
  // Agents in different conjuncts are alternatives ("lawmakers and officials in X" → XLEG, XGOV);
  // agents in one conjunct combine ("Danish Islamist media" → DNKMUSMED).
  let carried: Item[][] = [];
  let pending: Item[][] = [];
  let lastActor: Item | null = null;
  const emit = (code: string, group: Item[], actorText: string[]) => {
    out.push({
      code: combine(
        code,
        group.map((g) => g.agent!),
      ),
      matched: [...actorText, ...group.map((g) => g.text)],
    });
  };
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    let actors = seg.filter((x) => x.kind === "actor");
    const agents = seg.filter((x) => x.kind === "agent");
    if (actors.length > 1) {
      // "Ithilen's minister Calimehtar", "the Gondor of the Prince ...": the possessor or the head
      // actor stands for the phrase; later actors only describe it.
      const first = actors[0]!;
      const owned = seg.some((x) => x.kind === "poss" && x.start === first.end);
      const ofLater = seg.some((x) => x.kind === "prep" && x.start > first.start);
      if (owned || ofLater) actors = [first];
    }
    if (actors.length === 0) {
      if (agents.length === 0) continue;
      const laterActor = segments.slice(s + 1).some((g) => g.some((x) => x.kind === "actor"));
      // Agents carry forward over "and"/"or" ("lawmakers and officials in X"), not over a comma,
      // which closes an aside ("... of an Islamic State, the Islamic Republic of Iran").
      if (laterActor && sepAfter[s] !== ",") pending.push(agents);
      else if (laterActor) continue;
      else if (lastActor) for (const code of lastActor.codes) emit(code, agents, [lastActor.text]);
      else emit("---", agents, []);
      continue;
    }
    const firstActor = actors[0]!;
    const prepBefore = seg.some((x) => x.kind === "prep" && x.start < firstActor.start);
    const leading = agents.filter((g) => g.start < firstActor.start);
    let groups: Item[][];
    if (agents.length > 0) groups = [...pending, agents];
    else if (pending.length > 0) groups = pending;
    else groups = carried.length > 0 ? carried : [[]];
    if (prepBefore && leading.length > 0) carried = [...pending, leading];
    else if (agents.length > 0) carried = [];
    else if (pending.length > 0) carried = pending;
    pending = [];
    for (const act of actors) {
      for (const code of act.codes) for (const g of groups) emit(code, g, [act.text]);
      lastActor = act;
    }
  }
  // One mention per code.
  const seen = new Set<string>();
  return out.filter((m) => {
    if (seen.has(m.code)) return false;
    seen.add(m.code);
    return true;
  });
}
