/**
 * Where an option sits on its decision's menu, read from the CAMEO actions alone (Goldstein
 * weights): the organisational process's view of a choice as a rung on a ladder of responses.
 *
 * - interior: 1 when the option's Goldstein sum lies strictly between the menu's lowest and highest levels (neither
 *   the most conflictual nor the most cooperative step on offer: satisficing, not maximising);
 * - top_rung: 1 when the option holds the most severe conflictual action on the menu (ties all
 *   count): the apparatus's routines climb one rung at a time rather than to the top.
 */
import { cameoCode } from "./codebook.ts";
import type { Scenario } from "./types.ts";

export interface MenuPosition {
  interior: number;
  top_rung: number;
}

export function menuPositions(s: Scenario): MenuPosition[] {
  const sums: number[] = [];
  const worst: number[] = [];
  for (const o of s.options) {
    let sum = 0;
    let min = 0;
    for (const a of o.actions) {
      const g = (cameoCode(a.code)?.goldstein ?? 0) / 10;
      sum += g;
      if (g < min) min = g;
    }
    sums.push(sum);
    worst.push(min);
  }
  const lo = Math.min(...sums);
  const hi = Math.max(...sums);
  const severest = Math.min(...worst);
  // Rounding keeps option order from deciding ties between sums computed in a different order.
  const eq = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  return sums.map((sum, m) => ({
    interior: sum > lo && sum < hi && !eq(sum, lo) && !eq(sum, hi) ? 1 : 0,
    top_rung: severest < 0 && eq(worst[m]!, severest) ? 1 : 0,
  }));
}
