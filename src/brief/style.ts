/**
 * Style data (data/brief/style.yaml) and the word-level helpers built on it: tokens for relevance
 * and redundancy, cue matching, honorific removal and the neutrality check of the tool's own text.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { StatecraftError } from "../core/errors.ts";

export const STYLE_PATH = fileURLToPath(new URL("../../data/brief/style.yaml", import.meta.url));

export interface Style {
  version: string;
  leadingConnectives: string[];
  anaphoricOpeners: string[];
  loadedTerms: string[];
  positionCues: string[];
  honorifics: string[];
}

let cached: Style | undefined;

/** Reads the style file once; a malformed file is a coded error. */
export function loadStyle(path = STYLE_PATH): Style {
  if (cached && path === STYLE_PATH) return cached;
  let raw: Record<string, unknown>;
  try {
    raw = parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new StatecraftError("SC_BRIEF_STYLE", `cannot read ${path}`, { file: path, cause: e });
  }
  const list = (key: string): string[] => {
    const v = raw[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
      throw new StatecraftError("SC_BRIEF_STYLE", `${key} must be a list of strings`, {
        file: path,
        field: key,
      });
    }
    return (v as string[]).map((s) => s.toLowerCase());
  };
  const style: Style = {
    version: String(raw.version ?? ""),
    leadingConnectives: list("leading_connectives"),
    anaphoricOpeners: list("anaphoric_openers"),
    loadedTerms: list("loaded_terms"),
    positionCues: list("position_cues"),
    honorifics: list("honorifics"),
  };
  if (path === STYLE_PATH) cached = style;
  return style;
}

const require = createRequire(import.meta.url);
const STOPWORDS = new Set(
  (require("../../data/corpus/stopwords.json") as { words: string[] }).words,
);

/** Lower-case words (letters and digits, inner apostrophes and hyphens kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A crude stem, enough to match "sanctions"/"sanction" and "negotiated"/"negotiate". */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, "");
  if (w.length > 5 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ing|ed)$/.test(w)) w = w.replace(/(?:ing|ed)$/, "");
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** Content-word stems: what relevance and redundancy compare. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
}

export function isStopword(w: string): boolean {
  return STOPWORDS.has(w.toLowerCase());
}

/** Does a cue (a word, a phrase, or a prefix ending in `*`) occur in the word list? */
export function cueAt(ws: string[], i: number, cue: string): number {
  const parts = cue.split(/\s+/);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const w = ws[i + k];
    if (w === undefined) return 0;
    if (p.endsWith("*") ? !w.startsWith(p.slice(0, -1)) : w !== p.replace(/\.$/, "")) return 0;
  }
  return parts.length;
}

/** The cues of `list` that occur in `text`. */
export function findCues(text: string, list: string[]): string[] {
  const ws = words(text.replace(/\./g, " "));
  const found = new Set<string>();
  for (let i = 0; i < ws.length; i++) for (const c of list) if (cueAt(ws, i, c)) found.add(c);
  return [...found];
}

/** Loaded terms in the tool's own text (empty when neutral). Text inside quotation marks is skipped. */
export function loadedTerms(text: string, style = loadStyle()): string[] {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, " ");
  return findCues(unquoted, style.loadedTerms);
}

/** A name without honorifics or titles: "Mr. Hassan Rouhani" -> "Hassan Rouhani"; "ALI  KHAMENEI" -> "Ali Khamenei". */
export function displayName(name: string, style = loadStyle()): string {
  let parts = name.trim().split(/\s+/);
  for (;;) {
    const lower = parts.map((p) => p.toLowerCase().replace(/[.,]$/, ""));
    const hit = style.honorifics
      .map((h) => h.replace(/\./g, "").split(/\s+/))
      .find((h) => h.every((w, k) => lower[k]?.replace(/\./g, "") === w));
    if (!hit || hit.length >= parts.length) break;
    parts = parts.slice(hit.length);
  }
  const joined = parts.join(" ");
  if (joined === joined.toUpperCase())
    return joined.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
  return joined;
}

/** Marks the loaded terms of a label as quotations: `Heroic flexibility` -> `“Heroic flexibility”`. */
export function quoteLoaded(label: string, style = loadStyle()): string {
  const hits = loadedTerms(label, style);
  if (hits.length === 0) return label;
  const alt = hits.map((h) => h.replace(/\*$/, "\\p{L}*").replace(/\s+/g, "\\s+")).join("|");
  // The loaded term and the word after it, unless that word is a function word.
  const re = new RegExp(
    `(?<![\\p{L}“])(?:${alt})(?:\\s+(?!(?:and|or|of|in|on|for|the|a)\\b)[\\p{L}-]+)?`,
    "giu",
  );
  return label.replace(re, (m) => `“${m}”`);
}
