/**
 * Reciprocity (Allison II's tit-for-tat routine): an option answers a reported blow in kind when
 * one of its actions is material conflict (quad 4) aimed at the party that struck, and it matches
 * the blow's severity: 1 − |g_action − g_blow| / 10 (Goldstein weights), the best over its
 * actions and the blows, 0 when it answers none. A blow whose source the coder could not place
 * in a country (gunmen, militants) is answered by action against a non-state party Iran treats as
 * hostile. Without a coded blow every option scores 0, so the feature plays no part.
 */
import { cameoCode } from "./codebook.ts";
import type { Provocation } from "./provocations.ts";
import type { TargetBook } from "./targets.ts";
import type { Option, Scenario } from "./types.ts";

export function reciprocity(
  s: Scenario,
  o: Option,
  blows: readonly Provocation[],
  book: TargetBook,
): number {
  if (blows.length === 0) return 0;
  let best = 0;
  for (const a of o.actions) {
    const c = cameoCode(a.code);
    if (!c || c.quad !== 4 || c.goldstein >= 0) continue;
    const t = book.profile(a.target, s.date);
    const states = book.states(a.target, s.date);
    for (const b of blows) {
      const aimed =
        b.source === ""
          ? t.kind !== "state" && t.kind !== "organisation" && t.alignment < 0
          : states.includes(b.source);
      if (!aimed) continue;
      best = Math.max(best, 1 - Math.abs(c.goldstein - b.goldstein) / 10);
    }
  }
  return best;
}
