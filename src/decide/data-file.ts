/**
 * Reads one of the decision models' versioned YAML data files and validates it with its schema.
 * A file that cannot be read or parsed, or that breaks the schema, raises the file's own error
 * code with the file, the first offending field and a hint.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { z } from "zod";
import { StatecraftError } from "../core/errors.ts";

export interface DataFileErrors {
  /** Stable error code, e.g. SC_DECIDE_FRAMING. */
  code: string;
  /** What the file holds, for messages ("framing markers"). */
  what: string;
  /** What to do, for a file that breaks the schema. */
  hint: string;
}

export function readDataFile<S extends z.ZodType>(
  file: string,
  schema: S,
  errors: DataFileErrors,
): z.infer<S> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new StatecraftError(errors.code, `cannot read the ${errors.what} ${file}`, {
      file,
      cause: e,
      hint: "restore the file from the repository",
    });
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new StatecraftError(errors.code, `invalid ${errors.what}: ${issue.message}`, {
      file,
      field: issue.path.map(String).join("."),
      hint: errors.hint,
    });
  }
  return r.data;
}
