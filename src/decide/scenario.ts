/**
 * Scenario files: JSON (one object or an array), JSONL (one object per line) or YAML (one mapping
 * or a sequence). Every record is validated with zod; an error names the file, line, column and
 * field. The answer key (`chosen`) is split off from the scenario, and the scenario is rebuilt from
 * a whitelist of input fields, so `posture`, `note`, `sources` and `pressures_note` never reach a
 * model whatever a file holds.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { StatecraftError } from "../core/errors.ts";
import { cameoCode } from "./codebook.ts";
import type { LabelledCase, Scenario } from "./types.ts";

const Unit = z.number().min(0).max(1);
const Code = z.string().regex(/^\d{2,4}$/, 'CAMEO codes are 2-4 digit strings such as "036"');
const Target = z
  .string()
  .regex(/^[A-Z][A-Z0-9+_]{1,15}$/, "targets are ISO3 or group codes in upper case");

const ActionSchema = z.strictObject({ target: Target, code: Code });
const OptionSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/, "option ids are plain identifiers"),
  label: z.string().min(1),
  posture: z.string().optional(),
  actions: z.array(ActionSchema).min(1),
});
export const ScenarioSchema = z.strictObject({
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are YYYY, YYYY-MM or YYYY-MM-DD"),
  decider: z.string().min(1),
  officials: z.strictObject({
    supreme_leader: z.string().optional(),
    president: z.string().optional(),
    foreign_minister: z.string().optional(),
    note: z.string().optional(),
  }),
  context: z.string(),
  pressures: z.strictObject({
    sanctions: Unit,
    military_threat: Unit,
    economic_crisis: Unit,
    domestic_unrest: Unit,
    isolation: Unit,
  }),
  pressures_note: z.string().optional(),
  counterparts: z.array(Target),
  options: z.array(OptionSchema).min(2),
  chosen: z.string().optional(),
  sources: z.array(z.string()).optional(),
  note: z.string().optional(),
});
type RawScenario = z.infer<typeof ScenarioSchema>;

/** Largest scenario file read (bytes): a decision set is small; anything bigger is a mistake. */
export const MAX_SCENARIO_FILE_BYTES = 50 * 1024 * 1024;

/** Builds the predictor's view from the whitelisted input fields only. */
export function stripAnswerKey(raw: RawScenario): Scenario {
  return {
    id: raw.id,
    date: raw.date,
    decider: raw.decider,
    officials: {
      ...(raw.officials.supreme_leader !== undefined && {
        supreme_leader: raw.officials.supreme_leader,
      }),
      ...(raw.officials.president !== undefined && { president: raw.officials.president }),
      ...(raw.officials.foreign_minister !== undefined && {
        foreign_minister: raw.officials.foreign_minister,
      }),
      ...(raw.officials.note !== undefined && { note: raw.officials.note }),
    },
    context: raw.context,
    pressures: { ...raw.pressures },
    counterparts: [...raw.counterparts],
    options: raw.options.map((o) => ({
      id: o.id,
      label: o.label,
      actions: o.actions.map((a) => ({ target: a.target, code: a.code })),
    })),
  };
}

interface Located {
  value: unknown;
  /** Maps a field path inside `value` to its 1-based line and column in the file. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

function parseRecords(text: string, file: string, format: string): Located[] {
  const fail = (message: string, line?: number, column?: number) =>
    new StatecraftError("SC_DECIDE_PARSE", message, {
      file,
      line,
      column,
      hint: "scenario files are JSON, JSONL (one object per line) or YAML",
    });
  const fromDoc = (
    src: string,
    lineOffset: number,
  ): { doc: ReturnType<typeof parseDocument>; lc: LineCounter } => {
    const lc = new LineCounter();
    const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      const pos = lc.linePos(e.pos[0]);
      throw fail(e.message.split("\n")[0]!, pos.line + lineOffset, pos.col);
    }
    return { doc, lc };
  };
  const locator =
    (
      doc: ReturnType<typeof parseDocument>,
      lc: LineCounter,
      base: PropertyKey[],
      lineOffset: number,
    ) =>
    (path: readonly PropertyKey[]) => {
      // Walk up the path until a node with a source range is found.
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn([...base, ...path.slice(0, n)] as unknown[], true) as
          | { range?: [number, number, number] }
          | undefined;
        if (node && typeof node === "object" && node.range) {
          const pos = lc.linePos(node.range[0]);
          return { line: pos.line + lineOffset, column: pos.col };
        }
      }
      return { line: 1 + lineOffset, column: 1 };
    };
  if (format === "jsonl") {
    const out: Located[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        JSON.parse(line);
      } catch (e) {
        throw fail(`line is not valid JSON: ${(e as Error).message}`, i + 1, 1);
      }
      const { doc, lc } = fromDoc(line, i);
      out.push({ value: doc.toJS(), locate: locator(doc, lc, [], i) });
    });
    return out;
  }
  if (format === "json") {
    try {
      JSON.parse(text);
    } catch (e) {
      throw fail(`file is not valid JSON: ${(e as Error).message}`);
    }
  }
  const { doc, lc } = fromDoc(text, 0);
  const value = doc.toJS() as unknown;
  if (isSeq(doc.contents)) {
    return (value as unknown[]).map((v, i) => ({ value: v, locate: locator(doc, lc, [i], 0) }));
  }
  if (isMap(doc.contents)) return [{ value, locate: locator(doc, lc, [], 0) }];
  throw fail("expected a scenario object or a list of scenarios");
}

function formatOf(file: string, text: string): string {
  const ext = extname(file).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".json") return "json";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  const t = text.trimStart();
  if (t.startsWith("{") && t.includes("\n{")) return "jsonl";
  return t.startsWith("{") || t.startsWith("[") ? "json" : "yaml";
}

/** Checks that zod cannot express: unique ids, a known CAMEO code, `chosen` among the options. */
function semanticIssues(raw: RawScenario): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const seen = new Set<string>();
  raw.options.forEach((o, i) => {
    if (seen.has(o.id))
      issues.push({ path: ["options", i, "id"], message: `duplicate option id "${o.id}"` });
    seen.add(o.id);
    o.actions.forEach((a, j) => {
      if (!cameoCode(a.code)) {
        issues.push({
          path: ["options", i, "actions", j, "code"],
          message: `unknown CAMEO event code "${a.code}"`,
        });
      }
    });
  });
  if (raw.chosen !== undefined && !seen.has(raw.chosen)) {
    issues.push({
      path: ["chosen"],
      message: `chosen "${raw.chosen}" is not one of the option ids`,
    });
  }
  return issues;
}

/** Parses scenario text (JSON, JSONL or YAML). `file` names the source in errors. */
export function parseScenarios(text: string, file = "<input>", format?: string): LabelledCase[] {
  if (text.trim() === "") {
    throw new StatecraftError("SC_DECIDE_EMPTY", "the scenario file is empty", {
      file,
      hint: "give at least one decision point",
    });
  }
  const records = parseRecords(text, file, format ?? formatOf(file, text));
  const ids = new Set<string>();
  return records.map((rec) => {
    const parsed = ScenarioSchema.safeParse(rec.value);
    const issues = parsed.success
      ? semanticIssues(parsed.data)
      : parsed.error.issues.map((i) => ({ path: i.path, message: i.message }));
    if (issues.length > 0) {
      const first = issues[0]!;
      const { line, column } = rec.locate(first.path);
      const field = first.path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
        .join("")
        .replace(/^\./, "");
      throw new StatecraftError("SC_DECIDE_INVALID_SCENARIO", first.message, {
        file,
        line,
        column,
        field: field || undefined,
        hint:
          issues.length > 1
            ? `${issues.length - 1} more problem(s) in this record; see examples/decisions/README.md for the format`
            : "see the scenario format in examples/decisions/README.md",
      });
    }
    const raw = parsed.data as RawScenario;
    if (ids.has(raw.id)) {
      const { line, column } = rec.locate(["id"]);
      throw new StatecraftError("SC_DECIDE_DUPLICATE_ID", `duplicate scenario id "${raw.id}"`, {
        file,
        line,
        column,
        field: "id",
      });
    }
    ids.add(raw.id);
    return {
      scenario: stripAnswerKey(raw),
      ...(raw.chosen !== undefined && { chosen: raw.chosen }),
    };
  });
}

/** Reads and validates a scenario file. */
export function loadScenarios(file: string): LabelledCase[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new StatecraftError("SC_DECIDE_FILE_NOT_FOUND", `cannot read ${file}`, {
      file,
      cause: e,
      hint: "check the path",
    });
  }
  if (size > MAX_SCENARIO_FILE_BYTES) {
    throw new StatecraftError("SC_DECIDE_FILE_TOO_LARGE", `${file} is ${size} bytes`, {
      file,
      hint: `scenario files are limited to ${MAX_SCENARIO_FILE_BYTES} bytes`,
    });
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new StatecraftError("SC_DECIDE_FILE_NOT_FOUND", `cannot read ${file}`, {
      file,
      cause: e,
      hint: "give a scenario file (JSON, JSONL or YAML), not a folder",
    });
  }
  return parseScenarios(text, file);
}

/** Reads several scenario files as one set; a case id may appear in only one of them. */
export function loadCaseFiles(files: readonly string[]): LabelledCase[] {
  const seen = new Map<string, string>();
  const out: LabelledCase[] = [];
  for (const file of files) {
    for (const c of loadScenarios(file)) {
      const first = seen.get(c.scenario.id);
      if (first !== undefined) {
        throw new StatecraftError(
          "SC_DECIDE_DUPLICATE_ID",
          `case ${c.scenario.id} appears in ${first} and in ${file}`,
          { file, field: "id", hint: "each decision point must appear in one file only" },
        );
      }
      seen.set(c.scenario.id, file);
      out.push(c);
    }
  }
  return out;
}
