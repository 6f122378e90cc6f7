/**
 * Prints the gold-set precision/recall tables: `node --import tsx src/profile/gold/evaluate-gold.ts`
 * (also `statecraft profile validate`). `--no-intent` turns off the intended-deed rule added after
 * the gold set was coded, giving the figures for the rules frozen before it.
 */
import { formatGold, runGold } from "./evaluate.ts";

const r = runGold(undefined, undefined, {
  recodeIntendedDeeds: !process.argv.includes("--no-intent"),
});
process.stdout.write(`${formatGold(r)}\n`);
