/**
 * The tokens of an option's coded actions, as the revealed-value lexicon reads them: each action
 * gives its three-digit CAMEO code ("code:057") and its root by the stance of its target toward
 * the leader ("root:05/aligned", "root:19/hostile", "root:04/neutral"), the stance's sign coming
 * from the doctrine first (`targets.ts`). Codes say what kind of step it is; root by stance says
 * whom it is taken toward, so cooperation with partners and with adversaries are valued apart.
 */
import { TokenLexicon } from "./lexicon.ts";
import { loadLexicons } from "./lexicon-settings.ts";
import type { TargetBook } from "./targets.ts";
import type { Option, Scenario } from "./types.ts";

export type Stance = "hostile" | "neutral" | "aligned";

export function stanceOf(alignment: number): Stance {
  return alignment < 0 ? "hostile" : alignment > 0 ? "aligned" : "neutral";
}

/** The distinct action tokens of an option, in order of first appearance. */
export function actionTokens(option: Option, scenario: Scenario, book: TargetBook): string[] {
  const out = new Set<string>();
  for (const a of option.actions) {
    out.add(`code:${a.code}`);
    const stance = stanceOf(book.profile(a.target, scenario.date).alignment);
    out.add(`root:${a.code.slice(0, 2)}/${stance}`);
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
