/**
 * The tokens of an option's coded actions. Each action gives its three-digit CAMEO code
 * ("code:057") and its root: for the rational actor's revealed values, by the stance of its
 * target toward the leader ("root:05/aligned", "root:19/hostile", "root:04/neutral"; the stance's
 * sign from the doctrine first, `targets.ts`), so that cooperation with partners and with
 * adversaries are valued apart; for the apparatus's habits, the root alone ("root:05"): routines
 * are kinds of step, whoever they are aimed at.
 */
import { TokenLexicon } from "./lexicon.ts";
import { loadLexicons } from "./lexicon-settings.ts";
import type { TargetBook } from "./targets.ts";
import type { Option, Scenario } from "./types.ts";

export type Stance = "hostile" | "neutral" | "aligned";

export function stanceOf(alignment: number): Stance {
  return alignment < 0 ? "hostile" : alignment > 0 ? "aligned" : "neutral";
}

/**
 * The distinct action tokens of an option, in order of first appearance; roots by stance when a
 * target book is given, else bare roots.
 */
export function actionTokens(option: Option, scenario: Scenario, book?: TargetBook): string[] {
  const out = new Set<string>();
  for (const a of option.actions) {
    out.add(`code:${a.code}`);
    const root = `root:${a.code.slice(0, 2)}`;
    out.add(book ? `${root}/${stanceOf(book.profile(a.target, scenario.date).alignment)}` : root);
  }
  return [...out];
}

/** The revealed-value lexicon over action tokens, with fitted weights when given. */
export function revealedLexicon(
  book: TargetBook,
  weights?: Readonly<Record<string, number>>,
): TokenLexicon {
  return new TokenLexicon((o, s) => actionTokens(o, s, book), loadLexicons().revealed, weights);
}

/** The apparatus's habits lexicon over action codes and roots, with fitted weights when given. */
export function habitsLexicon(weights?: Readonly<Record<string, number>>): TokenLexicon {
  return new TokenLexicon((o, s) => actionTokens(o, s), loadLexicons().habits, weights);
}
