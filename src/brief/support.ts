/**
 * Lexical support check for rephrased sentences: every content word of the rephrasing must occur
 * (as a crude stem) in the cited text, every number must appear there, and the rephrasing must be
 * negated exactly when the source is. It is deliberately strict: a failing rephrase falls back to
 * the extractive sentence, which always passes.
 */
import { contentStems, words } from "./style.ts";

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nor",
  "neither",
  "cannot",
  "without",
  "none",
  "nothing",
]);

function negated(text: string): boolean {
  return words(text).some((w) => NEGATORS.has(w) || w.endsWith("n't"));
}

function numbers(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/** Null when supported, else the reason. `names` are words the page may add (the leader's name). */
export function unsupported(
  text: string,
  source: string,
  cited: string[],
  names: string[] = [],
): string | null {
  const pool = new Set([
    ...contentStems([source, ...cited].join(" ")),
    ...contentStems(names.join(" ")),
  ]);
  const missing = contentStems(text).filter((s) => !pool.has(s));
  if (missing.length) return `words not in the cited passages: ${[...new Set(missing)].join(", ")}`;
  const nums = new Set(numbers([source, ...cited].join(" ")));
  const badNums = numbers(text).filter((n) => !nums.has(n));
  if (badNums.length) return `numbers not in the cited passages: ${badNums.join(", ")}`;
  if (negated(text) !== negated(source)) return "negation differs from the source";
  return null;
}
