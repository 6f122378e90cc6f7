/**
 * Prints the gold-set precision/recall tables: `node --import tsx src/profile/gold/evaluate-gold.ts`.
 * `--no-intent` turns off the intended-deed rule added after the gold set was coded, giving the
 * figures for the rules frozen before it.
 */
import { type PR, runGold } from "./evaluate.ts";

const f = (x: number | null): string => (x === null ? "  -  " : x.toFixed(2));
const row = (name: string, p: PR): string =>
  `| ${name.padEnd(12)} | ${String(p.tp).padStart(3)} | ${String(p.fp).padStart(3)} | ${String(p.fn).padStart(3)} | ${f(p.precision)} | ${f(p.recall)} |`;
const r = runGold(undefined, undefined, {
  recodeIntendedDeeds: !process.argv.includes("--no-intent"),
});
const out: string[] = [];
out.push(
  `Gold set: ${r.sentences} sentences, ${r.vicsItems} hand-coded VICS verbs, ${r.ltaItems} LTA items`,
);
out.push(
  "",
  "VICS (match = same verb lemma, Self/Other and category)",
  "| category     |  tp |  fp |  fn | prec | rec  |",
  "|---|---|---|---|---|---|",
);
for (const [c, p] of Object.entries(r.vics.categories)) out.push(row(c, p));
out.push(row("all (micro)", r.vics.overall));
out.push(row("detection", r.vics.detection));
out.push(
  `referent accuracy on matched verbs: ${f(r.vics.referentAccuracy)}; category accuracy when verb and referent match: ${f(r.vics.categoryAccuracy)}`,
);
out.push(
  "",
  "LTA (match = same trait, polarity and words)",
  "| trait        |  tp |  fp |  fn | prec | rec  |",
  "|---|---|---|---|---|---|",
);
for (const [k, p] of Object.entries(r.lta)) out.push(row(k, p));
process.stdout.write(`${out.join("\n")}\n`);
