/**
 * The main adversary a FAQ answer is about. With a doctrine: among its hostile stances
 * (alignment at most -0.5), the target the leader's documents name most often. Without one: the
 * state named most often in the leader's sentences together with a hostile cue word
 * (data/doctrine/evidence-cues.yaml), leaving out the leader's own state.
 */
import type { Corpus, DocumentSummary } from "../corpus/index.ts";
import {
  type Doctrine,
  defaultTargetRegistry,
  loadCues,
  type TargetEntry,
} from "../doctrine/index.ts";
import { cueAt, findCues, words } from "./style.ts";

const PEOPLE = new Set([
  "people",
  "peoples",
  "nation",
  "nations",
  "citizens",
  "refugees",
  "children",
  "women",
  "youth",
  "brothers",
  "sisters",
]);

export interface Adversary {
  code: string;
  name: string;
  aliases: string[];
  /** Sentences naming it (with a hostile cue, when found from the corpus). */
  mentions: number;
  /** "doctrine" or "corpus". */
  basis: "doctrine" | "corpus";
}

/**
 * Scores how often the documents name each entry. With `hostileOnly`, a sentence that also
 * carries a hostile cue counts 1, one with only cooperative cues -0.75 (a partner, or a people
 * the leader supports), any other mention 0.25: hostility marks an adversary, and the counterpart
 * the leader talks about most should win over a state named in passing.
 */
export function countMentions(
  corpus: Corpus,
  docs: DocumentSummary[],
  entries: TargetEntry[],
  hostileOnly: boolean,
): Map<string, number> {
  const cues = loadCues();
  const hostile = cues.hostile_cues.map((c) => c.toLowerCase());
  const cooperative = cues.cooperative_cues.map((c) => c.toLowerCase());
  const byFirst = new Map<string, Array<{ code: string; alias: string }>>();
  for (const e of entries) {
    for (const alias of e.aliases) {
      const ws = words(alias.replace(/\./g, " "));
      if (!ws.length) continue;
      const list = byFirst.get(ws[0]!) ?? [];
      list.push({ code: e.code, alias: ws.join(" ") });
      byFirst.set(ws[0]!, list);
    }
  }
  const exclusions = new Map(
    entries.map((e) => [e.code, (e.aliasExclusions ?? []).map((x) => x.toLowerCase())]),
  );
  const counts = new Map<string, number>();
  for (const d of docs) {
    for (const p of corpus.passages(d.id, "sentence")) {
      let weight = 1;
      if (hostileOnly && findCues(p.text, hostile).length === 0)
        weight = findCues(p.text, cooperative).length > 0 ? -0.75 : 0.25;
      const ws = words(p.text.replace(/\./g, " "));
      const lower = ws.join(" ");
      const found = new Map<string, number>();
      ws.forEach((w, i) => {
        for (const a of byFirst.get(w) ?? []) {
          const len = cueAt(ws, i, a.alias);
          if (!len || exclusions.get(a.code)?.some((x) => lower.includes(x))) continue;
          // "the Palestinian people", "the American nation": leaders set peoples apart from the
          // states that act, so such a mention weighs as a passing one.
          const w = PEOPLE.has(ws[i + len] ?? "") ? Math.min(weight, 0.25) : weight;
          found.set(a.code, Math.max(found.get(a.code) ?? -Infinity, w));
        }
      });
      for (const [c, w] of found) counts.set(c, (counts.get(c) ?? 0) + w);
    }
  }
  return counts;
}

export function findAdversary(
  corpus: Corpus,
  docs: DocumentSummary[],
  doctrine?: Doctrine,
  self?: string | null,
): Adversary | undefined {
  const reg = defaultTargetRegistry();
  const asEntry = (code: string) => reg.get(code);
  if (doctrine) {
    const hostile = doctrine.stances
      .filter((s) => s.alignment <= -0.5)
      .map((s) => asEntry(s.target))
      .filter((e): e is TargetEntry => e !== undefined);
    if (hostile.length) {
      const counts = countMentions(corpus, docs, hostile, false);
      const best = hostile
        .map((e, i) => ({ e, i, n: counts.get(e.code) ?? 0 }))
        .sort((a, b) => b.n - a.n || a.i - b.i)[0]!;
      return {
        code: best.e.code,
        name: best.e.name,
        aliases: best.e.aliases,
        mentions: best.n,
        basis: "doctrine",
      };
    }
  }
  const states = reg
    .codes()
    .map(asEntry)
    .filter((e): e is TargetEntry => e !== undefined && e.kind === "state" && e.code !== self);
  const counts = countMentions(corpus, docs, states, true);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best || best[1] < 2) return undefined;
  const e = asEntry(best[0])!;
  return { code: e.code, name: e.name, aliases: e.aliases, mentions: best[1], basis: "corpus" };
}
