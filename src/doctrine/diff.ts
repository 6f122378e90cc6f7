/**
 * Compares two doctrines item by item: principles, pillars, stances, red lines, flexibility rules,
 * parameters and gaps are matched on their id (stances on target) and every field is compared.
 */
import type { Doctrine } from "./schema.ts";

export type DiffStatus = "added" | "removed" | "changed" | "same";

export interface FieldChange {
  field: string;
  a: unknown;
  b: unknown;
  /** b - a, for numeric fields. */
  delta?: number;
}

export interface ItemDiff {
  key: string;
  status: DiffStatus;
  changes: FieldChange[];
}

export interface DoctrineDiff {
  a: { id: string; leader: string; version: string; hypothetical: boolean };
  b: { id: string; leader: string; version: string; hypothetical: boolean };
  header: FieldChange[];
  principles: ItemDiff[];
  pillars: ItemDiff[];
  stances: ItemDiff[];
  red_lines: ItemDiff[];
  flexibility: ItemDiff[];
  parameters: ItemDiff[];
  gaps: ItemDiff[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function compareFields(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  fields: string[],
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) {
    const va = a[f];
    const vb = b[f];
    if (JSON.stringify(va) === JSON.stringify(vb)) continue;
    const c: FieldChange = { field: f, a: va, b: vb };
    if (typeof va === "number" && typeof vb === "number") c.delta = round(vb - va);
    out.push(c);
  }
  return out;
}

/** Matches two lists on a key, keeping a's order and appending b's new items. */
function diffLists<T>(
  a: T[],
  b: T[],
  key: (t: T) => string,
  view: (t: T) => Record<string, unknown>,
  fields: string[],
): ItemDiff[] {
  const bm = new Map(b.map((t) => [key(t), t]));
  const am = new Map(a.map((t) => [key(t), t]));
  const out: ItemDiff[] = [];
  for (const t of a) {
    const k = key(t);
    const other = bm.get(k);
    if (!other) {
      const v = view(t);
      out.push({
        key: k,
        status: "removed",
        changes: fields.map((f) => ({ field: f, a: v[f], b: undefined })),
      });
      continue;
    }
    const changes = compareFields(view(t), view(other), fields);
    out.push({ key: k, status: changes.length ? "changed" : "same", changes });
  }
  for (const t of b) {
    if (am.has(key(t))) continue;
    const v = view(t);
    out.push({
      key: key(t),
      status: "added",
      changes: fields.map((f) => ({ field: f, a: undefined, b: v[f] })),
    });
  }
  return out;
}

export function diffDoctrines(a: Doctrine, b: Doctrine): DoctrineDiff {
  const head = (d: Doctrine) => ({
    id: d.id,
    leader: d.leader,
    version: d.version,
    hypothetical: d.hypothetical,
  });
  const evidence = (list: { evidence: unknown[] }) => list.evidence.length;
  return {
    a: head(a),
    b: head(b),
    header: compareFields(
      {
        leader: a.leader,
        state: a.state,
        period: a.period,
        version: a.version,
        hypothetical: a.hypothetical,
        summary: a.summary,
      },
      {
        leader: b.leader,
        state: b.state,
        period: b.period,
        version: b.version,
        hypothetical: b.hypothetical,
        summary: b.summary,
      },
      ["leader", "state", "period", "version", "hypothetical", "summary"],
    ),
    principles: diffLists(
      a.principles,
      b.principles,
      (p) => p.id,
      (p) => ({
        name: p.name,
        weight: p.weight,
        definition: p.definition,
        provenance: p.provenance,
        evidence: evidence(p),
      }),
      ["weight", "name", "definition", "provenance", "evidence"],
    ),
    pillars: diffLists(
      a.pillars,
      b.pillars,
      (p) => p.id,
      (p) => ({
        title: p.title,
        summary: p.summary,
        claims: p.claims.length,
        claim_texts: p.claims.map((c) => c.text),
      }),
      ["title", "summary", "claims", "claim_texts"],
    ),
    stances: diffLists(
      a.stances,
      b.stances,
      (s) => s.target,
      (s) => ({
        alignment: s.alignment,
        trust: s.trust,
        note: s.note,
        provenance: s.provenance,
        evidence: evidence(s),
      }),
      ["alignment", "trust", "note", "provenance", "evidence"],
    ),
    red_lines: diffLists(
      a.red_lines,
      b.red_lines,
      (r) => r.id,
      (r) => ({
        statement: r.statement,
        targets: r.targets,
        forbids: r.forbids,
        provenance: r.provenance,
      }),
      ["statement", "targets", "forbids", "provenance"],
    ),
    flexibility: diffLists(
      a.flexibility,
      b.flexibility,
      (f) => f.id,
      (f) => ({
        statement: f.statement,
        combine: f.when.combine,
        conditions: f.when.conditions.map((c) => `${c.pressure}>=${c.at_least}`),
        targets: f.permits.targets,
        cameo: f.permits.cameo,
        provenance: f.provenance,
      }),
      ["conditions", "combine", "targets", "cameo", "statement", "provenance"],
    ),
    parameters: diffLists(
      a.parameters,
      b.parameters,
      (p) => p.id,
      (p) => ({
        value: p.value,
        min: p.min,
        max: p.max,
        provenance: p.provenance,
        fit: p.fit?.run,
      }),
      ["value", "min", "max", "provenance", "fit"],
    ),
    gaps: diffLists(
      a.gaps,
      b.gaps,
      (g) => g.id,
      (g) => ({ description: g.description }),
      ["description"],
    ),
  };
}

const show = (v: unknown): string => {
  if (v === undefined) return "-";
  if (typeof v === "string") return v.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
  return JSON.stringify(v).replace(/\|/g, "\\|");
};
const signed = (x: number | undefined) => (x === undefined ? "" : x > 0 ? `+${x}` : `${x}`);

/** Markdown rendering of a diff: tables for the numeric sections, lists for the rest. */
export function renderDiffMarkdown(d: DoctrineDiff): string {
  const out: string[] = [];
  const label = (h: DoctrineDiff["a"]) =>
    `\`${h.id}\` (${h.leader}, v${h.version}${h.hypothetical ? ", hypothetical" : ""})`;
  out.push(`# Doctrine diff`, "", `A: ${label(d.a)}`, "", `B: ${label(d.b)}`, "");
  if (d.header.length) {
    out.push("## Header", "");
    for (const c of d.header) out.push(`- ${c.field}: ${show(c.a)} → ${show(c.b)}`);
    out.push("");
  }
  const counts = (list: ItemDiff[]) => {
    const n = (s: DiffStatus) => list.filter((i) => i.status === s).length;
    return `${n("changed")} changed, ${n("added")} added, ${n("removed")} removed, ${n("same")} unchanged`;
  };
  const numericTable = (title: string, list: ItemDiff[], fields: string[]) => {
    out.push(`## ${title}`, "", counts(list), "");
    if (list.every((i) => i.status === "same")) return;
    out.push(
      `| Key | Status | ${fields.map((f) => `${f} A → B (Δ)`).join(" | ")} | Other changes |`,
    );
    out.push(`| --- | --- | ${fields.map(() => "---").join(" | ")} | --- |`);
    for (const i of list) {
      if (i.status === "same") continue;
      const cols = fields.map((f) => {
        const c = i.changes.find((x) => x.field === f);
        if (!c) return "";
        return c.delta === undefined
          ? `${show(c.a)} → ${show(c.b)}`
          : `${show(c.a)} → ${show(c.b)} (${signed(c.delta)})`;
      });
      const other =
        i.status === "changed"
          ? i.changes
              .filter((c) => !fields.includes(c.field))
              .map((c) => c.field)
              .join(", ")
          : "";
      out.push(`| ${i.key} | ${i.status} | ${cols.join(" | ")} | ${other} |`);
    }
    out.push("");
  };
  const list = (title: string, items: ItemDiff[]) => {
    out.push(`## ${title}`, "", counts(items), "");
    for (const i of items) {
      if (i.status === "same") continue;
      out.push(`- **${i.key}**: ${i.status}`);
      if (i.status !== "changed") continue;
      for (const c of i.changes) out.push(`  - ${c.field}: ${show(c.a)} → ${show(c.b)}`);
    }
    if (items.some((i) => i.status !== "same")) out.push("");
  };
  numericTable("Principles", d.principles, ["weight"]);
  numericTable("Stances", d.stances, ["alignment", "trust"]);
  numericTable("Parameters", d.parameters, ["value"]);
  list("Pillars", d.pillars);
  list("Red lines", d.red_lines);
  list("Flexibility", d.flexibility);
  list("Gaps", d.gaps);
  return `${out.join("\n").trimEnd()}\n`;
}
