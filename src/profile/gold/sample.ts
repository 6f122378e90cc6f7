/**
 * Draws the gold-set sentences: a seeded random sample of sentences (6 to 45 words) from the
 * example corpus's CC0 UN General Debate statements and public-domain US presidential speeches.
 * It was run once (seed 20261123) and the sentences were then coded by hand; see
 * data/profile/gold/README.md. The draw depends on the text layer's sentence splitter.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRng } from "../../core/rng.ts";
import { analyze } from "../../text/index.ts";

const root = resolve(import.meta.dirname, "../../../examples/corpus");
interface Meta {
  file: string;
  country_iso3: string;
  year: number;
  speaker: string;
}
const read = (set: string): Meta[] =>
  readFileSync(join(root, set, "speeches.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Meta);

const plan: Array<{ set: string; pick: (m: Meta) => boolean; n: number }> = [
  { set: "ungd", pick: (m) => m.country_iso3 === "USA" && m.year >= 2001, n: 40 },
  {
    set: "ungd",
    pick: (m) => m.country_iso3 === "IRN" && m.year >= 2005 && m.year !== 2013,
    n: 40,
  },
  { set: "ungd", pick: (m) => m.country_iso3 === "RUS" && m.year >= 2010, n: 30 },
  { set: "us-presidents", pick: () => true, n: 50 },
];
export interface GoldCandidate {
  doc: string;
  country: string;
  speaker: string;
  start: number;
  end: number;
  text: string;
}

export function sampleGoldSentences(seed = 20261123): GoldCandidate[] {
  const out: GoldCandidate[] = [];
  const rng = createRng(seed);
  for (const p of plan) {
    const docs = read(p.set).filter(p.pick);
    for (let k = 0; k < p.n; k++) {
      const m = docs[rng.int(docs.length)]!;
      const text = readFileSync(join(root, p.set, m.file), "utf8");
      const a = analyze(text);
      for (let tries = 0; tries < 50; tries++) {
        const s = a.sentences[rng.int(a.sentences.length)]!;
        const words = s.text.split(/\s+/).length;
        if (words < 6 || words > 45) continue;
        const row = {
          doc: `${p.set}/${m.file}`,
          country: m.country_iso3,
          speaker: m.speaker ?? "",
          start: s.start,
          end: s.end,
          text: s.text.replace(/\s+/g, " "),
        };
        out.push(row);
        break;
      }
    }
  }
  return out;
}
