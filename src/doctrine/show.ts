/** Renders a doctrine as a readable Markdown page (or plain JSON) with every quote and its source. */
import { defaultTargetRegistry, type TargetRegistry } from "./registry.ts";
import type { Doctrine, Evidence } from "./schema.ts";
import { evidenceEntries } from "./walk.ts";

/** What the page says about a cited document (from the corpus, when one is at hand). */
export interface SourceInfo {
  title?: string | null;
  speaker?: string | null;
  date?: string | null;
}

export interface ShowOptions {
  /** Registry for target names (default: the bundled registry). */
  registry?: TargetRegistry;
  /** Titles, authors and dates of cited documents by id; without it only ids are listed. */
  sources?: Record<string, SourceInfo>;
}

const num = (x: number) => (Number.isInteger(x) ? x.toFixed(1) : String(x));
const signed = (x: number) => (x > 0 ? `+${num(x)}` : num(x));
/** Table cells must not break the row. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

export function formatSource(e: Evidence): string {
  const range =
    e.start !== undefined && e.end !== undefined
      ? ` [${e.start}-${e.end}]`
      : " [offsets not located]";
  return `\`${e.doc}\`${range}`;
}

function quotes(list: Evidence[], indent = ""): string[] {
  return list.map(
    (e) => `${indent}> "${e.quote.replace(/\s+/g, " ").trim()}" (${formatSource(e)})`,
  );
}

function provenance(p: { provenance: string; analyst_note?: string }, indent = ""): string[] {
  if (p.provenance === "analyst")
    return [`${indent}*Analyst judgement:* ${p.analyst_note ?? ""}`.trimEnd()];
  if (p.analyst_note) return [`${indent}*Analyst note:* ${p.analyst_note}`];
  return [];
}

export function renderDoctrineMarkdown(d: Doctrine, opts: ShowOptions = {}): string {
  const reg = opts.registry ?? defaultTargetRegistry();
  const name = (code: string) => reg.get(code)?.name ?? code;
  const out: string[] = [];
  const period = `${d.period.from} to ${d.period.to ?? "present"}`;
  out.push(`# Doctrine: ${d.leader} (${name(d.state)}, ${period})`, "");
  if (d.hypothetical) out.push("**HYPOTHETICAL doctrine: not drawn from sources.**", "");
  out.push(`Id \`${d.id}\`, version ${d.version}.`, "", d.summary.trim(), "");

  out.push("## Principles", "");
  for (const p of d.principles) {
    out.push(
      `### ${p.name} (\`${p.id}\`, weight ${p.weight.toFixed(2)})`,
      "",
      p.definition.trim(),
      "",
    );
    const q = [...quotes(p.evidence), ...provenance(p)];
    if (q.length) out.push(...q.flatMap((l) => [l, ""]));
  }

  if (d.pillars.length) out.push("## Pillars", "");
  for (const p of d.pillars) {
    out.push(`### ${p.title} (\`${p.id}\`)`, "", p.summary.trim(), "");
    p.claims.forEach((c, i) => {
      out.push(`${i + 1}. ${c.text.trim()}`);
      for (const l of [...quotes(c.evidence, "   "), ...provenance(c, "   ")]) out.push("", l);
      out.push("");
    });
  }

  if (d.stances.length) {
    out.push(
      "## Stances",
      "",
      "| Target | Alignment | Trust | Provenance | Note |",
      "| --- | ---: | ---: | --- | --- |",
    );
    for (const s of d.stances)
      out.push(
        `| ${s.target} (${cell(name(s.target))}) | ${signed(s.alignment)} | ${signed(s.trust)} | ${s.provenance} | ${cell(s.note)} |`,
      );
    out.push("");
    for (const s of d.stances) {
      out.push(`**${s.target}**`, "");
      for (const l of [...quotes(s.evidence), ...provenance(s)]) out.push(l, "");
    }
  }

  if (d.red_lines.length) out.push("## Red lines", "");
  for (const r of d.red_lines) {
    const extra = [
      r.targets.length ? `targets ${r.targets.join(", ")}` : "",
      r.forbids.length ? `forbids CAMEO ${r.forbids.join(", ")}` : "",
    ].filter(Boolean);
    out.push(
      `- **${r.id}**: ${r.statement.trim()}${extra.length ? ` (${extra.join("; ")})` : ""}`,
      "",
    );
    for (const l of [...quotes(r.evidence, "  "), ...provenance(r, "  ")]) out.push(l, "");
  }

  if (d.flexibility.length) out.push("## Flexibility", "");
  for (const f of d.flexibility) {
    const conds = f.when.conditions
      .map((c) => `${c.pressure} >= ${c.at_least.toFixed(2)}`)
      .join(f.when.combine === "any" ? " or " : " and ");
    const permits = [
      f.permits.targets.length ? `toward ${f.permits.targets.join(", ")}` : "toward any target",
      f.permits.cameo.length ? `CAMEO ${f.permits.cameo.join(", ")}` : "any cooperation",
    ];
    out.push(
      `- **${f.id}**: ${f.statement.trim()}`,
      `  - when: ${conds}`,
      `  - permits: ${permits.join("; ")}`,
      "",
    );
    for (const l of [...quotes(f.evidence, "  "), ...provenance(f, "  ")]) out.push(l, "");
  }

  if (d.parameters.length) {
    out.push(
      "## Parameters",
      "",
      "| Parameter | Value | Range | Provenance | Meaning |",
      "| --- | ---: | --- | --- | --- |",
    );
    for (const p of d.parameters) {
      const range =
        p.min !== undefined || p.max !== undefined ? `${p.min ?? ""}..${p.max ?? ""}` : "";
      const prov = p.provenance === "fitted" && p.fit ? `fitted (${p.fit.run})` : p.provenance;
      out.push(
        `| \`${p.id}\` | ${p.value} | ${range} | ${prov} | ${cell(p.meaning)}${p.note ? ` *Note:* ${cell(p.note)}` : ""} |`,
      );
    }
    out.push("");
  }

  if (d.gaps.length) out.push("## Gaps", "");
  for (const g of d.gaps) {
    out.push(`- **${g.id}**: ${g.description.trim()}`, "");
    for (const l of quotes(g.evidence, "  ")) out.push(l, "");
  }

  const cited = new Map<string, number>();
  for (const { evidence } of evidenceEntries(d))
    cited.set(evidence.doc, (cited.get(evidence.doc) ?? 0) + 1);
  if (cited.size) {
    out.push("## Sources", "");
    for (const [id, n] of [...cited].sort((a, b) => a[0].localeCompare(b[0]))) {
      const info = opts.sources?.[id];
      const about = info
        ? [info.title ? `"${info.title}"` : "", info.speaker ?? "", info.date ?? ""]
            .filter(Boolean)
            .join(", ")
        : "";
      out.push(`- \`${id}\`${about ? `: ${about}` : ""} (${n} citation${n === 1 ? "" : "s"})`);
    }
    out.push("");
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

/** The JSON form: the doctrine with defaults applied, plus target names. */
export function renderDoctrineJson(d: Doctrine, opts: ShowOptions = {}): Record<string, unknown> {
  const reg = opts.registry ?? defaultTargetRegistry();
  return {
    ...d,
    stances: d.stances.map((s) => ({ ...s, target_name: reg.get(s.target)?.name ?? s.target })),
  };
}
