/**
 * CAMEO actor and agent dictionaries in the TABARI/PETRARCH conventions, compiled once into a
 * word trie. Pattern words are joined by "_" (or spaces); the last word is matched as a stem
 * (prefix) unless the pattern ends with "_". Agent patterns may use substitution sets
 * (`!PERSON!` → MAN, MEN, ...). Actor entries may carry date restrictions (YYMMDD or YYYYMMDD).
 */
import { readFileSync } from "node:fs";
import { parseCsvObjects } from "../core/csv.ts";
import { StatecraftError } from "../core/errors.ts";

export interface ActorEntry {
  /** CAMEO code(s): "IRN", "IRNGOV"; several codes when the source lists "A/B". */
  codes: string[];
  /** Inclusive date bounds as YYYYMMDD numbers, or null. */
  from: number | null;
  to: number | null;
  /** The dictionary pattern, for transparency. */
  pattern: string;
}

export interface AgentEntry {
  code: string;
  position: "prefix" | "suffix";
  pattern: string;
}

interface Node<V> {
  exact: Map<string, Node<V>>;
  stems: Map<string, Node<V>> | null;
  values: V[] | null;
}

function node<V>(): Node<V> {
  return { exact: new Map(), stems: null, values: null };
}

/** A trie over words where the last word of a pattern may be a stem. */
export class DictTrie<V> {
  readonly root: Node<V> = node();
  size = 0;

  /** @param prefixStems Whether stems match as word prefixes (actors) or only with a plural -s/-es (agents). */
  constructor(readonly prefixStems = true) {}

  add(words: string[], stemLast: boolean, value: V): void {
    if (words.length === 0) return;
    let n = this.root;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const useStem = stemLast && i === words.length - 1;
      let map = useStem ? n.stems : n.exact;
      if (!map) {
        map = new Map();
        n.stems = map;
      }
      let child = map.get(w);
      if (!child) {
        child = node();
        map.set(w, child);
      }
      n = child;
    }
    if (n.values === null) n.values = [];
    n.values.push(value);
    this.size++;
  }

  private step(n: Node<V>, norm: string, lemma: string, out: Array<Node<V>>): void {
    const a = n.exact.get(norm);
    if (a) out.push(a);
    if (lemma !== norm) {
      const b = n.exact.get(lemma);
      if (b) out.push(b);
    }
    if (n.stems) {
      // A stem of 4+ letters matches any word it begins ("ARGENTIN" → Argentina, Argentine);
      // a shorter one only itself and its plural.
      const exact = n.stems.get(norm);
      if (exact) out.push(exact);
      if (norm.endsWith("s")) {
        const sing = n.stems.get(norm.slice(0, -1)) ?? n.stems.get(norm.replace(/es$/, ""));
        if (sing) out.push(sing);
      }
      if (this.prefixStems) {
        for (let k = 4; k < norm.length; k++) {
          const c = n.stems.get(norm.slice(0, k));
          if (c) out.push(c);
        }
      }
    }
  }

  /** Longest match starting at `start` over parallel arrays of norms and lemmas. */
  longestAt(
    norms: readonly string[],
    lemmas: readonly string[],
    start: number,
    end: number,
  ): { length: number; values: V[] } | null {
    let frontier: Array<Node<V>> = [this.root];
    let best: { length: number; values: V[] } | null = null;
    for (let i = start; i < end && frontier.length > 0; i++) {
      const next: Array<Node<V>> = [];
      for (const n of frontier) this.step(n, norms[i]!, lemmas[i]!, next);
      for (const n of next) if (n.values) best = { length: i - start + 1, values: n.values };
      frontier = next;
    }
    return best;
  }
}

/** Splits a TABARI pattern into lower-case words; `stemLast` unless it ends with "_". */
export function patternWords(pattern: string): { words: string[]; stemLast: boolean } {
  const p = pattern.trim().replace(/\s+/g, "_");
  const stemLast = !p.endsWith("_");
  const words = p
    .toLowerCase()
    .split("_")
    .filter((w) => w.length > 0)
    .flatMap((w) => (w.endsWith("'s") && w.length > 2 ? [w.slice(0, -2), "'s"] : [w]));
  return { words, stemLast };
}

/** Words with inner hyphens split into word, "-", word; null when there are none. */
export function hyphenSplit(words: string[]): string[] | null {
  if (!words.some((w) => /\w-\w/.test(w))) return null;
  return words.flatMap((w) => (/\w-\w/.test(w) ? w.split(/(-)/).filter((x) => x.length > 0) : [w]));
}

/** YYMMDD or YYYYMMDD → YYYYMMDD number (two-digit years: 00-30 → 20xx, else 19xx). */
export function parseDictDate(s: string | undefined): number | null {
  const t = (s ?? "").trim();
  if (!/^\d{6}(\d{2})?$/.test(t)) return null;
  if (t.length === 8) return Number(t);
  const yy = Number(t.slice(0, 2));
  return (yy <= 30 ? 2000 + yy : 1900 + yy) * 10000 + Number(t.slice(2));
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    throw new StatecraftError("SC_EVENTS_DICT_MISSING", `dictionary file not found: ${path}`, {
      file: path,
      hint: "Pass an existing CSV in the CAMEO actor/agent dictionary layout.",
      cause,
    });
  }
}

/** Loads actor dictionary CSVs (columns pattern, synonyms, code, date_from, date_to). */
export function loadActors(paths: readonly string[]): DictTrie<ActorEntry> {
  const trie = new DictTrie<ActorEntry>();
  for (const path of paths) {
    const rows = parseCsvObjects(readText(path));
    rows.forEach((r, i) => {
      const pattern = r.pattern ?? "";
      const code = (r.code ?? "").trim();
      if (!pattern || pattern.startsWith("<") || code === "") return;
      if (r.code === undefined) {
        throw new StatecraftError(
          "SC_EVENTS_DICT_FORMAT",
          "actor dictionary row without a code column",
          {
            file: path,
            line: i + 2,
            hint: "Expected columns: pattern,synonyms,code,date_from,date_to,comment.",
          },
        );
      }
      const codes = code
        .split("/")
        .map((c) => c.trim().toUpperCase())
        .filter((c) => c && c !== "---" && c !== "+++");
      const entry: ActorEntry = {
        codes,
        from: parseDictDate(r.date_from),
        to: parseDictDate(r.date_to),
        pattern,
      };
      for (const p of [pattern, ...(r.synonyms ?? "").split("|")]) {
        if (!p.trim()) continue;
        const { words, stemLast } = patternWords(p);
        trie.add(words, stemLast, entry);
        // The tokenizer splits "Ban Ki-moon", "Secretary-General" at the hyphen.
        const split = hyphenSplit(words);
        if (split) trie.add(split, stemLast, entry);
      }
    });
  }
  return trie;
}

/** Loads agent dictionary CSVs (columns pattern, agent_code, code_position). */
export function loadAgents(paths: readonly string[]): DictTrie<AgentEntry> {
  const trie = new DictTrie<AgentEntry>(false);
  for (const path of paths) {
    const rows = parseCsvObjects(readText(path));
    const sets = new Map<string, string[]>();
    for (const r of rows) {
      const pos = r.code_position ?? "";
      if (pos.startsWith("substitution_set:")) {
        sets.set(
          (r.pattern ?? "").trim(),
          pos
            .slice("substitution_set:".length)
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        );
      }
    }
    for (const r of rows) {
      const raw = (r.agent_code ?? "").trim();
      const pattern = (r.pattern ?? "").trim();
      if (!raw || !pattern || (r.code_position ?? "").startsWith("substitution_set:")) continue;
      const position: AgentEntry["position"] = raw.endsWith("~")
        ? "prefix"
        : raw.startsWith("~")
          ? "suffix"
          : r.code_position === "prefix"
            ? "prefix"
            : "suffix";
      const code = raw.replace(/~/g, "").toUpperCase();
      let variants = [pattern];
      for (const [name, options] of sets) {
        if (!pattern.includes(name)) continue;
        variants = variants.flatMap((v) => options.map((o) => v.split(name).join(o)));
      }
      for (const v of variants) {
        const { words, stemLast } = patternWords(v);
        const entry: AgentEntry = { code, position, pattern };
        trie.add(words, stemLast, entry);
        const split = hyphenSplit(words);
        if (split) trie.add(split, stemLast, entry);
        // Plurals the stem rule does not cover: -y → -ies.
        const last = words[words.length - 1]!;
        if (last.endsWith("y"))
          trie.add([...words.slice(0, -1), `${last.slice(0, -1)}ies`], false, entry);
      }
    }
  }
  return trie;
}

/** Picks the entry that applies at a date: the narrowest range containing it, else an undated entry. */
export function entryAt(entries: readonly ActorEntry[], date: number | null): ActorEntry | null {
  let best: ActorEntry | null = null;
  let bestWidth = Number.POSITIVE_INFINITY;
  if (date !== null) {
    for (const e of entries) {
      if (e.from === null && e.to === null) continue;
      if ((e.from === null || date >= e.from) && (e.to === null || date <= e.to)) {
        const width = (e.to ?? 99991231) - (e.from ?? 0);
        if (width < bestWidth) {
          best = e;
          bestWidth = width;
        }
      }
    }
    if (best) return best;
  }
  return entries.find((e) => e.from === null && e.to === null) ?? entries[0] ?? null;
}
