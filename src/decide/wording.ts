/**
 * The words of an option's label, as the wording lexicon reads them (`data/decide/lexicons.yaml`):
 * lower-cased letter runs, with names dropped (a capitalised word after the first, an acronym),
 * function words and short words dropped, and a plural "s" folded so "talks" and "talk" meet.
 * Only the label is read, never ids, context, notes or the answer key.
 */
import { TokenLexicon } from "./lexicon.ts";
import { loadLexicons, type WordingSettings } from "./lexicon-settings.ts";

/** Folds a regular plural ("talks" → "talk", "sanctions" → "sanction"); leaves "-ss" and short words. */
function singular(w: string): string {
  return w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

/** The distinct words of a label that the lexicon reads, in order of first appearance. */
export function labelWords(label: string, cfg: WordingSettings = loadLexicons().wording): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const runs = label.match(/[A-Za-z]+/g) ?? [];
  runs.forEach((run, i) => {
    // A capitalised word inside the label is a name (a state, a person, a body); so is an acronym.
    if (run.length > 1 && run === run.toUpperCase()) return;
    if (i > 0 && run[0] !== run[0]!.toLowerCase()) return;
    const w = singular(run.toLowerCase());
    if (w.length < cfg.minLength || cfg.stopwords.has(w) || seen.has(w)) return;
    seen.add(w);
    out.push(w);
  });
  return out;
}

/** The wording lexicon: label words, with fitted weights when given. */
export function wordingLexicon(
  weights?: Readonly<Record<string, number>>,
  cfg: WordingSettings = loadLexicons().wording,
): TokenLexicon {
  return new TokenLexicon((o) => labelWords(o.label, cfg), cfg, weights);
}
