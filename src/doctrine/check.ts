/**
 * Cross-field rules of a doctrine that the schema cannot express: unique ids, known target codes,
 * the provenance contract (text needs evidence, analyst needs a note, fitted needs a fit run),
 * parameter ranges and agreement between principle weights and their term_weight parameters.
 */
import { StatecraftError } from "../core/errors.ts";
import type { TargetRegistry } from "./registry.ts";
import type { Doctrine } from "./schema.ts";
import { type DoctrineSource, type FieldPath, formatPath } from "./source.ts";

/** Builds a located error for a field of the doctrine file. */
export function fieldError(
  source: DoctrineSource | undefined,
  code: string,
  message: string,
  path: FieldPath,
  hint?: string,
  key?: string,
): StatecraftError {
  const pos = source ? (key ? source.locateKey(path, key) : source.locate(path)) : undefined;
  const fieldPath = key ? [...path, key] : path;
  return new StatecraftError(code, message, {
    file: source?.file,
    line: pos?.line,
    column: pos?.column,
    field: formatPath(fieldPath) || undefined,
    hint,
  });
}

export function checkDoctrine(
  d: Doctrine,
  registry: TargetRegistry,
  source?: DoctrineSource,
): StatecraftError[] {
  const issues: StatecraftError[] = [];
  const err = (code: string, msg: string, path: FieldPath, hint?: string) =>
    issues.push(fieldError(source, code, msg, path, hint));

  const unique = (list: string, ids: string[], what = "id") => {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const prev = first.get(id);
      if (prev === undefined) first.set(id, i);
      else
        err(
          "SC_DOCTRINE_DUPLICATE_ID",
          `duplicate ${what} "${id}" (first used at ${list}[${prev}])`,
          [list, i, what],
          `each ${what} in ${list} must be unique`,
        );
    });
  };
  unique(
    "principles",
    d.principles.map((p) => p.id),
  );
  unique(
    "pillars",
    d.pillars.map((p) => p.id),
  );
  unique(
    "stances",
    d.stances.map((s) => s.target),
    "target",
  );
  unique(
    "red_lines",
    d.red_lines.map((r) => r.id),
  );
  unique(
    "flexibility",
    d.flexibility.map((f) => f.id),
  );
  unique(
    "parameters",
    d.parameters.map((p) => p.id),
  );
  unique(
    "gaps",
    d.gaps.map((g) => g.id),
  );

  const target = (code: string, path: FieldPath) => {
    if (!registry.has(code))
      err(
        "SC_DOCTRINE_UNKNOWN_TARGET",
        `unknown target code "${code}"`,
        path,
        "use an ISO3 code (data/codebooks/cameo_countries.csv) or a group code from data/targets/registry.yaml",
      );
  };
  if (registry.get(d.state)?.kind !== "state")
    err("SC_DOCTRINE_UNKNOWN_TARGET", `state "${d.state}" is not a known ISO3 state code`, [
      "state",
    ]);
  for (const [i, s] of d.stances.entries()) target(s.target, ["stances", i, "target"]);
  for (const [i, r] of d.red_lines.entries())
    for (const [j, t] of r.targets.entries()) target(t, ["red_lines", i, "targets", j]);
  for (const [i, f] of d.flexibility.entries())
    for (const [j, t] of f.permits.targets.entries())
      target(t, ["flexibility", i, "permits", "targets", j]);

  const cited = (
    item: { evidence: unknown[]; provenance: "text" | "analyst"; analyst_note?: string },
    path: FieldPath,
  ) => {
    if (item.provenance === "text" && item.evidence.length === 0)
      err(
        "SC_DOCTRINE_UNSUPPORTED",
        "a statement with provenance text needs at least one evidence quote",
        [...path, "evidence"],
        "cite the passage it rests on, or mark it provenance: analyst with an analyst_note",
      );
    if (item.provenance === "analyst" && !item.analyst_note)
      err(
        "SC_DOCTRINE_PROVENANCE",
        "a statement with provenance analyst needs an analyst_note",
        [...path, "provenance"],
        "say what the judgement rests on",
      );
  };
  for (const [i, p] of d.principles.entries()) cited(p, ["principles", i]);
  for (const [i, p] of d.pillars.entries())
    for (const [j, c] of p.claims.entries()) cited(c, ["pillars", i, "claims", j]);
  for (const [i, s] of d.stances.entries()) cited(s, ["stances", i]);
  for (const [i, r] of d.red_lines.entries()) cited(r, ["red_lines", i]);
  for (const [i, f] of d.flexibility.entries()) cited(f, ["flexibility", i]);

  const weights = new Map(d.principles.map((p) => [p.id, p.weight]));
  d.parameters.forEach((p, i) => {
    const at: FieldPath = ["parameters", i];
    if (p.provenance === "text" && p.evidence.length === 0)
      err("SC_DOCTRINE_PROVENANCE", `parameter ${p.id} has provenance text but no evidence`, [
        ...at,
        "provenance",
      ]);
    if (p.provenance === "analyst" && !p.note)
      err("SC_DOCTRINE_PROVENANCE", `parameter ${p.id} has provenance analyst but no note`, [
        ...at,
        "provenance",
      ]);
    if (p.provenance === "fitted" && !p.fit)
      err(
        "SC_DOCTRINE_PROVENANCE",
        `parameter ${p.id} has provenance fitted but no fit run`,
        [...at, "provenance"],
        "add fit: {run: <run id>, procedure: <how>}",
      );
    if ((p.min !== undefined && p.value < p.min) || (p.max !== undefined && p.value > p.max))
      err(
        "SC_DOCTRINE_OUT_OF_RANGE",
        `parameter ${p.id} = ${p.value} is outside its range ${p.min ?? "-inf"}..${p.max ?? "+inf"}`,
        [...at, "value"],
      );
    const m = /^term_weight\.(.+)$/.exec(p.id);
    const w = m ? weights.get(m[1]!) : undefined;
    if (w !== undefined && w !== p.value)
      err(
        "SC_DOCTRINE_WEIGHT_MISMATCH",
        `parameter ${p.id} = ${p.value} differs from the weight ${w} of principle ${m![1]}`,
        [...at, "value"],
        "a principle's weight is its term weight; keep the two equal",
      );
  });
  return issues;
}
