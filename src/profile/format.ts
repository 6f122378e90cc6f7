/**
 * Plain-text, Markdown-friendly and CSV renderings of profiles, comparisons and the audit trail.
 * Pure functions returning strings; the CLI prints them.
 */
import {
  type Interval,
  type LeaderProfile,
  LTA_TRAITS,
  type Trait,
  VICS_INDICES,
  type VicsIndexName,
} from "./types.ts";

const LABELS: Record<VicsIndexName, string> = {
  P1: "P-1 nature of political universe",
  P2: "P-2 realization of political values",
  P3: "P-3 predictability of future",
  P4a: "P-4a control (Self)",
  P4b: "P-4b control (Other)",
  P5: "P-5 role of chance",
  I1: "I-1 strategic approach",
  I2: "I-2 tactical intensity",
  I3: "I-3 risk orientation",
  I4a: "I-4a flexibility coop/conflict",
  I4b: "I-4b flexibility words/deeds",
  I5reward: "I-5 reward",
  I5promise: "I-5 promise",
  I5appeal: "I-5 appeal/support",
  I5oppose: "I-5 oppose/resist",
  I5threaten: "I-5 threaten",
  I5punish: "I-5 punish",
};

const TRAIT_LABELS: Record<Trait, string> = {
  BACE: "belief can control events",
  PWR: "need for power",
  CC: "conceptual complexity",
  SC: "self-confidence",
  TASK: "task focus",
  DIS: "distrust of others",
  IGB: "in-group bias",
};

export const num = (x: number | null | undefined, d = 2): string =>
  x === null || x === undefined || Number.isNaN(x) ? "NA" : x.toFixed(d);
const ci = (i: Interval): string => (i.lo === null ? "" : `[${num(i.lo)}, ${num(i.hi)}]`);

/** A readable profile: VICS indices with intervals and norms, Holsti, LTA traits, style. */
export function formatProfile(p: LeaderProfile): string {
  const out: string[] = [];
  out.push(`## ${p.label}`, "");
  out.push(
    `${p.documents} text(s), ${p.words} words, ${p.sentences} sentences; ${p.vics.n.self} Self and ${p.vics.n.other} Other verbs coded.`,
    "",
  );
  out.push(`Operational code (VICS), norms: ${p.vics.norms.group}`, "");
  out.push(
    "| index | score | 95% CI | raw descriptor | z | normed descriptor |",
    "|---|---|---|---|---|---|",
  );
  for (const k of VICS_INDICES) {
    const n = p.vics.norms.scores[k];
    const desc =
      n.status === "missing"
        ? "no published norm"
        : `${n.descriptor ?? "NA"}${n.status === "derived" ? " (derived norm)" : ""}`;
    const raw = p.vics.anchors[k];
    const rawText = raw
      ? `${raw.label}${raw.status === "inferred" ? " (inferred anchors)" : ""}`
      : "NA";
    out.push(
      `| ${LABELS[k]} | ${num(p.vics.indices[k])} | ${ci(p.vics.intervals[k])} | ${rawText} | ${num(n.z)} | ${desc} |`,
    );
  }
  const h = p.vics.holsti;
  out.push("");
  for (const [who, pl] of [
    ["Self", h.self],
    ["Other", h.other],
  ] as const) {
    out.push(
      pl
        ? `Holsti ${who}: type ${pl.type} (strategy ${num(pl.strategy)} vs ${num(pl.cut.strategy)}, control ${num(pl.control)} vs ${num(pl.cut.control)}; rule ${pl.cut.rule})${pl.tactics ? `: ${pl.tactics}` : ""}`
        : `Holsti ${who}: not placed (indices NA)`,
    );
  }
  out.push("", `Leadership traits (LTA, ${p.lta.mode}, ${p.lta.responses} responses)`, "");
  const groups = Object.keys(p.lta.levels);
  out.push(
    `| trait | score | 95% CI | units (+/-) | ${groups.join(" | ")} |`,
    `|---|---|---|---|${groups.map(() => "---|").join("")}`,
  );
  for (const t of LTA_TRAITS) {
    const c = p.lta.counts[t];
    out.push(
      `| ${t} ${TRAIT_LABELS[t]} | ${num(p.lta.scores[t])} | ${ci(p.lta.intervals[t])} | ${c.positive}/${c.negative} | ${groups.map((g) => p.lta.levels[g]![t] ?? "NA").join(" | ")} |`,
    );
  }
  const s = p.lta.style;
  out.push(
    "",
    s
      ? `Leadership style: ${s.style} (${s.constraints} constraints, ${s.openness} to information, ${s.motivation} focus; worldview ${s.worldview}; split at ${s.split} of ${s.normGroup})`
      : "Leadership style: not available",
  );
  if (p.warnings.length) out.push("", ...p.warnings.map((w) => `warning: ${w}`));
  return out.join("\n");
}

/** Two profiles side by side; "differs" when the 95% intervals do not overlap. */
export function formatCompare(a: LeaderProfile, b: LeaderProfile): string {
  const out = [
    `| measure | ${a.label} | ${b.label} | difference | intervals |`,
    "|---|---|---|---|---|",
  ];
  const row = (name: string, x: number | null, y: number | null, ix: Interval, iy: Interval) => {
    const d = x !== null && y !== null ? x - y : null;
    const apart = ix.lo !== null && iy.lo !== null && (ix.hi! < iy.lo! || iy.hi! < ix.lo!);
    out.push(
      `| ${name} | ${num(x)} ${ci(ix)} | ${num(y)} ${ci(iy)} | ${num(d)} | ${ix.lo === null || iy.lo === null ? "NA" : apart ? "differs" : "overlap"} |`,
    );
  };
  for (const k of VICS_INDICES)
    row(k, a.vics.indices[k], b.vics.indices[k], a.vics.intervals[k], b.vics.intervals[k]);
  for (const t of LTA_TRAITS)
    row(t, a.lta.scores[t], b.lta.scores[t], a.lta.intervals[t], b.lta.intervals[t]);
  out.push(
    "",
    `Holsti Self: ${a.vics.holsti.self?.type ?? "NA"} vs ${b.vics.holsti.self?.type ?? "NA"}; Other: ${a.vics.holsti.other?.type ?? "NA"} vs ${b.vics.holsti.other?.type ?? "NA"}`,
  );
  out.push(`Style: ${a.lta.style?.style ?? "NA"} vs ${b.lta.style?.style ?? "NA"}`);
  return out.join("\n");
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per profile: every index and trait with its interval, Holsti types and style. */
export function profilesCsv(profiles: LeaderProfile[]): string {
  const head = ["label", "documents", "words", "n_self", "n_other"];
  for (const k of VICS_INDICES) head.push(k, `${k}_lo`, `${k}_hi`);
  for (const t of LTA_TRAITS) head.push(t, `${t}_lo`, `${t}_hi`);
  head.push("holsti_self", "holsti_other", "style", "warnings");
  const rows = profiles.map((p) => {
    const r: unknown[] = [p.label, p.documents, p.words, p.vics.n.self, p.vics.n.other];
    for (const k of VICS_INDICES)
      r.push(p.vics.indices[k], p.vics.intervals[k].lo, p.vics.intervals[k].hi);
    for (const t of LTA_TRAITS)
      r.push(p.lta.scores[t], p.lta.intervals[t].lo, p.lta.intervals[t].hi);
    r.push(
      p.vics.holsti.self?.type,
      p.vics.holsti.other?.type,
      p.lta.style?.style,
      p.warnings.join("; "),
    );
    return r.map(csvCell).join(",");
  });
  return [head.join(","), ...rows].join("\n");
}

/**
 * The audit trail: every coded verb (sentence, subject, Self/Other, verb, category, weight, tense,
 * entry and rule), every clause not coded with its reason, and every LTA hit with its rule.
 * `sentenceText(doc, sentence)` supplies the sentence for display when available.
 */
export function formatExplain(
  p: LeaderProfile,
  sentenceText?: (doc: string | undefined, sentence: number) => string | undefined,
): string {
  const e = p.explanation;
  if (!e) return "no explanation recorded (profile built without explain)";
  const out: string[] = [
    `# Audit trail: ${p.label}`,
    "",
    `## VICS: ${e.utterances.length} coded verbs`,
    "",
  ];
  let last = "";
  for (const u of e.utterances) {
    const key = `${u.doc}#${u.sentence}`;
    if (key !== last) {
      const s = sentenceText?.(u.doc, u.sentence);
      out.push(`[${u.doc ?? ""} s${u.sentence}]${s ? ` ${s.replace(/\s+/g, " ")}` : ""}`);
      last = key;
    }
    out.push(
      `  ${u.referent.toUpperCase()} "${u.subject.replace(/\s+/g, " ")}" | ${u.verb.replace(/\s+/g, " ")} | ${u.category} (${u.weight > 0 ? "+" : ""}${u.weight}) | ${u.tense}/${u.modality}${u.negated ? "/negated" : ""} | entry "${u.entry}" | ${u.rule}`,
    );
  }
  out.push("", `## Clauses not coded: ${e.skipped.length}`, "");
  const reasons = new Map<string, number>();
  for (const s of e.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) out.push(`  ${n} x ${r}`);
  for (const s of e.skipped)
    out.push(
      `  [${s.doc ?? ""} s${s.sentence}] ${s.verb.replace(/\s+/g, " ")} (${s.lemma}): ${s.reason}`,
    );
  out.push("", `## LTA: ${e.hits.length} hits`, "");
  for (const h of e.hits) {
    out.push(
      `  [${h.doc ?? ""} s${h.sentence}] ${h.trait}${h.positive ? "+" : "-"} "${h.text.replace(/\s+/g, " ")}" | ${h.rule}${h.entry ? ` | entry "${h.entry}"` : ""}`,
    );
  }
  return out.join("\n");
}

/** The audit trail as CSV rows (kind, doc, sentence, start, end, actor/trait, text, category, weight, rule, entry). */
export function explainCsv(p: LeaderProfile): string {
  const e = p.explanation;
  const rows = [
    [
      "kind",
      "doc",
      "sentence",
      "start",
      "end",
      "subject_or_trait",
      "referent_or_polarity",
      "text",
      "category",
      "weight",
      "tense",
      "modality",
      "negated",
      "entry",
      "rule",
    ].join(","),
  ];
  if (!e) return rows[0]!;
  for (const u of e.utterances) {
    rows.push(
      [
        "vics",
        u.doc,
        u.sentence,
        u.start,
        u.end,
        u.subject,
        u.referent,
        u.verb,
        u.category,
        u.weight,
        u.tense,
        u.modality,
        u.negated,
        u.entry,
        u.rule,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  for (const h of e.hits) {
    rows.push(
      [
        "lta",
        h.doc,
        h.sentence,
        h.start,
        h.end,
        h.trait,
        h.positive ? "+" : "-",
        h.text,
        "",
        "",
        "",
        "",
        "",
        h.entry,
        h.rule,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return rows.join("\n");
}
