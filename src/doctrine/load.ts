/**
 * Reading a doctrine file: size and emptiness checks, YAML parsing with positions, the schema, and
 * the cross-field rules. Every problem is a located StatecraftError; nothing throws a raw exception.
 */
import { readFileSync, statSync } from "node:fs";
import type { z } from "zod";
import { StatecraftError } from "../core/errors.ts";
import { checkDoctrine, fieldError } from "./check.ts";
import { defaultTargetRegistry, type TargetRegistry } from "./registry.ts";
import { type Doctrine, DoctrineSchema } from "./schema.ts";
import { DoctrineSource, type FieldPath } from "./source.ts";

/** Largest doctrine file accepted, in bytes (10 MB). */
export const MAX_DOCTRINE_BYTES = 10 * 1024 * 1024;

export interface ParseOptions {
  /** File name used in error locations. */
  file?: string;
  /** Target registry for code checks (default: data/targets/registry.yaml + CAMEO countries). */
  registry?: TargetRegistry;
}

export interface ParsedDoctrine {
  /** The doctrine with defaults applied; undefined when the file does not satisfy the schema. */
  doctrine?: Doctrine;
  /** The parsed file, for locating fields (undefined for an empty or oversized file). */
  source?: DoctrineSource;
  /** Every problem found, in file order where known. */
  issues: StatecraftError[];
}

export interface LoadedDoctrine {
  doctrine: Doctrine;
  source: DoctrineSource;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string "${v.length > 40 ? `${v.slice(0, 40)}...` : v}"`;
  return `${typeof v} ${String(v)}`;
}

/** Turns one zod issue into a located, coded error. */
function fromZodIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  source: DoctrineSource,
): StatecraftError[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol") as FieldPath;
  const value = valueAt(data, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((k) =>
        fieldError(
          source,
          "SC_DOCTRINE_UNKNOWN_FIELD",
          `unknown field "${k}"`,
          path,
          "check the spelling; `statecraft doctrine schema` lists the fields",
          k,
        ),
      );
    case "invalid_type":
      if (value === undefined)
        return [
          fieldError(
            source,
            "SC_DOCTRINE_MISSING_FIELD",
            `missing required field (expected ${issue.expected})`,
            path,
          ),
        ];
      return [
        fieldError(
          source,
          "SC_DOCTRINE_WRONG_TYPE",
          `expected ${issue.expected}, found ${describe(value)}`,
          path,
          issue.expected === "string" && typeof value === "number"
            ? `YAML reads ${value} as a number; quote it: "${value}"`
            : undefined,
        ),
      ];
    case "too_big":
    case "too_small": {
      if (typeof value === "number") {
        const bound =
          issue.code === "too_big" ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
        return [
          fieldError(
            source,
            "SC_DOCTRINE_OUT_OF_RANGE",
            `value ${value} is out of range (must be ${bound})`,
            path,
          ),
        ];
      }
      return [
        fieldError(source, "SC_DOCTRINE_EMPTY_VALUE", `must not be empty (${issue.message})`, path),
      ];
    }
    case "invalid_value":
      return [
        fieldError(
          source,
          "SC_DOCTRINE_INVALID_VALUE",
          `${describe(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
          path,
        ),
      ];
    case "invalid_format":
      return [
        fieldError(
          source,
          "SC_DOCTRINE_INVALID_VALUE",
          `${describe(value)}: ${issue.message}`,
          path,
        ),
      ];
    default:
      return [fieldError(source, "SC_DOCTRINE_INVALID_VALUE", issue.message, path)];
  }
}

/** Parses doctrine text (YAML or JSON). Never throws for bad content: problems are in `issues`. */
export function parseDoctrine(text: string, opts: ParseOptions = {}): ParsedDoctrine {
  const file = opts.file;
  if (text.trim() === "")
    return {
      issues: [
        new StatecraftError("SC_DOCTRINE_EMPTY_FILE", "the doctrine file is empty", {
          file,
          hint: "start from doctrines/iran-khamenei.yaml",
        }),
      ],
    };
  if (Buffer.byteLength(text, "utf8") > MAX_DOCTRINE_BYTES)
    return { issues: [tooLarge(Buffer.byteLength(text, "utf8"), file)] };
  const source = new DoctrineSource(text, file);
  if (source.document.errors.length > 0) {
    const issues = source.document.errors.map((e) => {
      const pos = e.linePos?.[0];
      const first = (e.message.split("\n")[0] ?? e.message).replace(
        / at line \d+, column \d+:?$/,
        "",
      );
      return new StatecraftError("SC_DOCTRINE_YAML", `malformed YAML: ${first}`, {
        file,
        line: pos?.line,
        column: pos?.col,
        hint: "fix the YAML syntax (indentation, quotes, colons) at this position",
      });
    });
    return { source, issues };
  }
  if (source.document.contents === null)
    return {
      source,
      issues: [
        new StatecraftError(
          "SC_DOCTRINE_EMPTY_FILE",
          "the doctrine file holds no document (only comments?)",
          { file },
        ),
      ],
    };
  const data = source.document.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== "object" || Array.isArray(data))
    return {
      source,
      issues: [
        fieldError(
          source,
          "SC_DOCTRINE_WRONG_TYPE",
          `the file must hold a mapping, found ${describe(data)}`,
          [],
        ),
      ],
    };
  const parsed = DoctrineSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((i) => fromZodIssue(i, data, source));
    return { source, issues: sortByPosition(issues) };
  }
  const registry = opts.registry ?? defaultTargetRegistry();
  const issues = checkDoctrine(parsed.data, registry, source);
  return { doctrine: parsed.data, source, issues: sortByPosition(issues) };
}

function tooLarge(bytes: number, file?: string): StatecraftError {
  return new StatecraftError(
    "SC_DOCTRINE_FILE_TOO_LARGE",
    `the doctrine file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCTRINE_BYTES / 1048576} MB`,
    { file, hint: "a doctrine is a short cited summary; split or trim it" },
  );
}

function sortByPosition(issues: StatecraftError[]): StatecraftError[] {
  return [...issues].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Reads a doctrine file; returns problems instead of throwing for bad content. */
export function readDoctrineFile(
  path: string,
  opts: Omit<ParseOptions, "file"> = {},
): ParsedDoctrine {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    return {
      issues: [
        new StatecraftError("SC_DOCTRINE_FILE_NOT_FOUND", `cannot read ${path}`, {
          file: path,
          cause: e,
        }),
      ],
    };
  }
  if (size > MAX_DOCTRINE_BYTES) return { issues: [tooLarge(size, path)] };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return {
      issues: [
        new StatecraftError("SC_DOCTRINE_FILE_NOT_FOUND", `cannot read ${path}`, {
          file: path,
          cause: e,
        }),
      ],
    };
  }
  return parseDoctrine(text, { ...opts, file: path });
}

/**
 * Loads a doctrine file, throwing the first problem (with a count of the rest) as a coded error.
 * Quotes are not checked here (that needs the corpus): see validateDoctrine.
 */
export function loadDoctrine(path: string, opts: Omit<ParseOptions, "file"> = {}): LoadedDoctrine {
  const r = readDoctrineFile(path, opts);
  const first = r.issues[0];
  if (first) {
    if (r.issues.length > 1) {
      throw new StatecraftError(
        first.code,
        `${first.message} (and ${r.issues.length - 1} more problems)`,
        {
          file: first.file,
          line: first.line,
          column: first.column,
          field: first.field,
          hint: first.hint ?? "run `statecraft doctrine validate` to list them all",
        },
      );
    }
    throw first;
  }
  return { doctrine: r.doctrine!, source: r.source! };
}
