/**
 * Nominalised events: "the Iraqi aggression against Iran", "the occupation of Kuwait by Iraq",
 * "Israel's bombing of Lebanon". The event noun comes from `nominal_events` in
 * data/events/verb-patterns.yaml; its roles from the words around it: a country adjective or
 * possessor before the noun, or a by-phrase, is the source; an against/on/upon-phrase is the
 * target; an of-phrase is the target of acts done to something ("occupation of Kuwait") and the
 * source of acts done by someone ("aggression of Iraq"), as the entry says.
 */
import { nounPhrase } from "../text/index.ts";
import type { Token } from "../text/types.ts";

export interface NominalEvent {
  /** Lemma of the event noun ("aggression"). */
  noun: string;
  code: string;
  /** Role of an of-phrase: "source", "target", or none. */
  of: "source" | "target" | null;
}

export interface NominalRoles {
  noun: number;
  entry: NominalEvent;
  /** Token ranges [start, end) of the phrases that may hold the source and the target. */
  source: Array<[number, number]>;
  target: Array<[number, number]>;
}

const PRE_POS = new Set(["ADJ", "PROPN", "NOUN", "PART"]);
const ATTACH: ReadonlySet<string> = new Set(["of"]);

/** Finds event nouns in tokens [s, e) and the phrases that may name their actors. */
export function findNominals(
  tokens: Token[],
  s: number,
  e: number,
  lexicon: Map<string, NominalEvent>,
): NominalRoles[] {
  const out: NominalRoles[] = [];
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.pos !== "NOUN") continue;
    const entry = lexicon.get(t.lemma);
    if (!entry) continue;
    const source: Array<[number, number]> = [];
    const target: Array<[number, number]> = [];
    // Pre-modifiers up to the determiner: "the Iraqi", "Israel's", "the United States".
    let p = k;
    while (p - 1 >= s && PRE_POS.has(tokens[p - 1]!.pos) && !lexicon.has(tokens[p - 1]!.lemma)) p--;
    if (p < k) source.push([p, k]);
    // Up to two prepositional phrases after the noun.
    let j = k + 1;
    for (let n = 0; n < 2 && j < e; n++) {
      const prep = tokens[j]!;
      if (prep.pos !== "ADP") break;
      if (j + 1 >= e) break;
      const np = nounPhrase(tokens, j + 1, e, { attach: ATTACH, coordinate: false });
      if (np.end <= j + 1) break;
      // "of Afghanistan and Iraq" joins; a comma does not ("of Kuwait, the Islamic Republic ...").
      let end = np.end;
      while (tokens[end]?.norm === "and" && end + 1 < e) {
        const more = nounPhrase(tokens, end + 1, e, { attach: ATTACH, coordinate: false });
        if (more.end <= end + 1) break;
        end = more.end;
      }
      const range: [number, number] = [j + 1, end];
      if (prep.norm === "by") source.push(range);
      else if (prep.norm === "against" || prep.norm === "on" || prep.norm === "upon")
        target.push(range);
      // Only an of-phrase right after the noun is its argument ("occupation of Kuwait").
      else if (prep.norm === "of" && n === 0 && entry.of === "target") target.push(range);
      else if (prep.norm === "of" && n === 0 && entry.of === "source") source.push(range);
      j = end;
    }
    out.push({ noun: k, entry, source, target });
  }
  return out;
}
