/**
 * Reads a doctrine file for the decision models. The file is read with the P2 schema (shape and
 * defaults); quotes are not re-checked against the corpus here (that is `statecraft doctrine
 * validate`), so a decision run does not need the corpus store.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { StatecraftError } from "../core/errors.ts";
import { DoctrineSchema } from "../doctrine/schema.ts";
import { viewFromDoctrine } from "./adapter.ts";
import type { DoctrineView } from "./doctrine-view.ts";

/** The reference doctrine for Iranian scenarios. */
export const REFERENCE_DOCTRINE = fileURLToPath(
  new URL("../../doctrines/iran-khamenei.yaml", import.meta.url),
);

export function loadDoctrineView(file: string = REFERENCE_DOCTRINE): DoctrineView {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new StatecraftError("SC_DECIDE_DOCTRINE_NOT_FOUND", `cannot read doctrine ${file}`, {
      file,
      cause: e,
      hint: "pass --doctrine FILE (Iranian scenarios default to doctrines/iran-khamenei.yaml)",
    });
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new StatecraftError("SC_DECIDE_DOCTRINE_INVALID", `doctrine ${file} is not valid YAML`, {
      file,
      cause: e,
      hint: "run `statecraft doctrine validate` on it",
    });
  }
  const r = DoctrineSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new StatecraftError("SC_DECIDE_DOCTRINE_INVALID", issue.message, {
      file,
      field: issue.path.map(String).join("."),
      hint: "run `statecraft doctrine validate` on it for located errors",
    });
  }
  return viewFromDoctrine(r.data);
}
