/**
 * Gold-set evaluation: per-category precision and recall of the automatic VICS coder, and per
 * trait/polarity precision and recall of the LTA extractor, against hand-coded sentences
 * (data/profile/gold/gold.jsonl). Matching is pure and separate from running the coder.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { StatecraftError } from "../../core/errors.ts";
import { analyze } from "../../text/index.ts";
import { type CodingOptions, codeDocument } from "../code-document.ts";
import { DATA_DIR } from "../data.ts";
import {
  type LtaHit,
  type Trait,
  VICS_CATEGORIES,
  type VicsCategory,
  type VicsUtterance,
} from "../types.ts";

export interface GoldVics {
  subject: string;
  referent: "self" | "other";
  /** Lemma of the coded verb. */
  verb: string;
  category: VicsCategory;
}
export interface GoldLta {
  trait: Trait;
  text: string;
  positive: boolean;
}
export interface GoldSentence {
  id: string;
  doc: string;
  country: string;
  speaker: string;
  start: number;
  end: number;
  text: string;
  vics: GoldVics[];
  lta?: GoldLta[];
}

export interface PR {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

function pr(tp: number, fp: number, fn: number): PR {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
  };
}

export interface VicsEvaluation {
  /** Coded verb found at all (same lemma and Self/Other), whatever the category. */
  detection: PR;
  /** Same lemma, referent and category, per category. */
  categories: Record<VicsCategory, PR>;
  /** All categories pooled (micro average). */
  overall: PR;
  /** Among matched verbs: share with the right referent and the right category. */
  referentAccuracy: number | null;
  categoryAccuracy: number | null;
}

type AutoVics = Pick<VicsUtterance, "lemma" | "referent" | "category">;

/** Greedy one-to-one matching inside each sentence. */
export function evaluateVics(gold: GoldVics[][], auto: AutoVics[][]): VicsEvaluation {
  const cat = new Map<VicsCategory, { tp: number; fp: number; fn: number }>(
    VICS_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  let dTp = 0;
  let dFp = 0;
  let dFn = 0;
  let lemmaMatches = 0;
  let refOk = 0;
  let catOk = 0;
  gold.forEach((g, s) => {
    const a = auto[s] ?? [];
    // Full matches (lemma, referent, category).
    const usedA = new Set<number>();
    const usedG = new Set<number>();
    g.forEach((x, i) => {
      const j = a.findIndex(
        (y, k) =>
          !usedA.has(k) &&
          y.lemma === x.verb &&
          y.referent === x.referent &&
          y.category === x.category,
      );
      if (j >= 0) {
        usedA.add(j);
        usedG.add(i);
        cat.get(x.category)!.tp++;
      }
    });
    g.forEach((x, i) => {
      if (!usedG.has(i)) cat.get(x.category)!.fn++;
    });
    a.forEach((y, k) => {
      if (!usedA.has(k)) cat.get(y.category)!.fp++;
    });
    // Detection by lemma alone, then by lemma and referent.
    const usedD = new Set<number>();
    g.forEach((x) => {
      const j = a.findIndex((y, k) => !usedD.has(k) && y.lemma === x.verb);
      if (j < 0) return;
      usedD.add(j);
      lemmaMatches++;
      const y = a[j]!;
      if (y.referent === x.referent) {
        refOk++;
        dTp++;
        if (y.category === x.category) catOk++;
      } else {
        dFn++;
        dFp++;
      }
    });
    dFn += g.length - usedD.size;
    dFp += a.length - usedD.size;
  });
  const categories = {} as Record<VicsCategory, PR>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of VICS_CATEGORIES) {
    const x = cat.get(c)!;
    categories[c] = pr(x.tp, x.fp, x.fn);
    tp += x.tp;
    fp += x.fp;
    fn += x.fn;
  }
  return {
    detection: pr(dTp, dFp, dFn),
    categories,
    overall: pr(tp, fp, fn),
    referentAccuracy: lemmaMatches ? refOk / lemmaMatches : null,
    categoryAccuracy: refOk ? catOk / refOk : null,
  };
}

export type LtaEvaluation = Record<string, PR>;

/**
 * LTA: per trait and polarity ("BACE+", "BACE-" ...), a gold item is found when an automatic hit
 * of the same trait and polarity covers the same words (one text contains the other).
 */
export function evaluateLta(
  gold: GoldLta[][],
  auto: Array<Pick<LtaHit, "trait" | "positive" | "text">[]>,
): LtaEvaluation {
  const acc = new Map<string, { tp: number; fp: number; fn: number }>();
  const key = (t: string, p: boolean): string => `${t}${p ? "+" : "-"}`;
  const get = (k: string) => {
    const v = acc.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    acc.set(k, v);
    return v;
  };
  gold.forEach((g, s) => {
    const a = auto[s] ?? [];
    const used = new Set<number>();
    for (const x of g) {
      const gx = x.text.toLowerCase();
      const j = a.findIndex((y, k) => {
        if (used.has(k) || y.trait !== x.trait || y.positive !== x.positive) return false;
        const t = y.text.toLowerCase().replace(/\s+/g, " ");
        return t.includes(gx) || gx.includes(t);
      });
      if (j >= 0) {
        used.add(j);
        get(key(x.trait, x.positive)).tp++;
      } else get(key(x.trait, x.positive)).fn++;
    }
    a.forEach((y, k) => {
      if (!used.has(k)) get(key(y.trait, y.positive)).fp++;
    });
  });
  const out: LtaEvaluation = {};
  for (const k of [...acc.keys()].sort()) {
    const v = acc.get(k)!;
    out[k] = pr(v.tp, v.fp, v.fn);
  }
  return out;
}

export function loadGold(file = join(DATA_DIR, "gold", "gold.jsonl")): GoldSentence[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: GoldSentence[] = [];
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    try {
      out.push(JSON.parse(l) as GoldSentence);
    } catch (e) {
      throw new StatecraftError("SC_PROFILE_GOLD", "invalid gold line", {
        file,
        line: i + 1,
        cause: e,
      });
    }
  });
  return out;
}

/**
 * Runs the automatic coder on the gold sentences in their documents (so quotes and context are
 * as in real use) and evaluates it. `corpusRoot` holds the example corpus folders.
 */
export function runGold(
  gold: GoldSentence[] = loadGold(),
  corpusRoot = resolve(DATA_DIR, "../../examples/corpus"),
  coding: CodingOptions = {},
): {
  vics: VicsEvaluation;
  lta: LtaEvaluation;
  sentences: number;
  ltaItems: number;
  vicsItems: number;
} {
  const byDoc = new Map<string, GoldSentence[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  const autoV = new Map<string, VicsUtterance[]>();
  const autoL = new Map<string, LtaHit[]>();
  for (const [doc, gs] of byDoc) {
    const text = readFileSync(join(corpusRoot, doc), "utf8");
    const a = analyze(text, { speaker: { name: gs[0]!.speaker, country: gs[0]!.country } });
    const c = codeDocument(doc, a, coding);
    for (const g of gs) {
      const inSent = (x: { start: number; end: number }) => x.start >= g.start && x.end <= g.end;
      autoV.set(
        g.id,
        c.utterances.filter((u) => inSent(u)),
      );
      autoL.set(
        g.id,
        c.hits.filter((h) => inSent(h)),
      );
    }
  }
  const withLta = gold.filter((g) => g.lta);
  return {
    vics: evaluateVics(
      gold.map((g) => g.vics),
      gold.map((g) => autoV.get(g.id) ?? []),
    ),
    lta: evaluateLta(
      withLta.map((g) => g.lta!),
      withLta.map((g) => autoL.get(g.id) ?? []),
    ),
    sentences: gold.length,
    vicsItems: gold.reduce((n, g) => n + g.vics.length, 0),
    ltaItems: withLta.reduce((n, g) => n + g.lta!.length, 0),
  };
}

const f2 = (x: number | null): string => (x === null ? "  -  " : x.toFixed(2));
const prRow = (name: string, p: PR): string =>
  `| ${name.padEnd(12)} | ${String(p.tp).padStart(3)} | ${String(p.fp).padStart(3)} | ${String(p.fn).padStart(3)} | ${f2(p.precision)} | ${f2(p.recall)} |`;

/** The evaluation as Markdown tables. */
export function formatGold(r: ReturnType<typeof runGold>): string {
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
  for (const [c, p] of Object.entries(r.vics.categories)) out.push(prRow(c, p));
  out.push(prRow("all (micro)", r.vics.overall));
  out.push(prRow("detection", r.vics.detection));
  out.push(
    `referent accuracy on matched verbs: ${f2(r.vics.referentAccuracy)}; category accuracy when verb and referent match: ${f2(r.vics.categoryAccuracy)}`,
  );
  out.push(
    "",
    "LTA (match = same trait, polarity and words)",
    "| trait        |  tp |  fp |  fn | prec | rec  |",
    "|---|---|---|---|---|---|",
  );
  for (const [k, p] of Object.entries(r.lta)) out.push(prRow(k, p));
  return out.join("\n");
}
