/**
 * Reading any supported scenario format from text, chosen by file extension and content:
 *
 * - `.xml`: KTAB SMP XML (`ktab-xml.ts`)
 * - `.json`, `.yaml`, `.yml`: Statecraft's scenario format (`scenario.ts`, README)
 * - `.csv` starting `Actor,Capability,Position,Salience`: the BDM example format (salience 0-1)
 * - other `.csv`: KTAB SMP CSV (`ktab-csv.ts`)
 *
 * The library never touches the file system here: callers pass the text.
 */
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { StatecraftError } from "../core/errors.ts";
import { readKtabCsv, splitCsvLine } from "./ktab-csv.ts";
import { readKtabXml } from "./ktab-xml.ts";
import type { BargainActor, BargainScenario } from "./scenario.ts";
import { scenarioFromObject, validateScenario } from "./scenario.ts";

export type ScenarioFormat = "ktab-csv" | "ktab-xml" | "bdm-csv" | "statecraft";

export function detectFormat(fileName: string, text: string): ScenarioFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xml")) return "ktab-xml";
  if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
    return "statecraft";
  }
  if (lower.endsWith(".csv")) {
    const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
    const cells = splitCsvLine(first).map((c) => c.trim().toLowerCase());
    return cells[0] === "actor" && cells[1] === "capability" ? "bdm-csv" : "ktab-csv";
  }
  throw new StatecraftError("SC_BARGAIN_FORMAT", `cannot tell the format of "${fileName}"`, {
    file: fileName,
    hint: "use .csv (KTAB or BDM), .xml (KTAB), .json or .yaml (Statecraft)",
  });
}

/** BDM example CSV: `Actor,Capability,Position,Salience` with salience in [0,1]. */
export function readBdmCsv(text: string, file?: string): BargainScenario {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l, i) => ({ l, line: i + 1 }))
    .filter((r) => r.l.trim() !== "");
  const actors: BargainActor[] = lines.slice(1).map(({ l, line }) => {
    const f = splitCsvLine(l);
    const num = (k: number, field: string) => {
      const v = Number((f[k] ?? "").trim());
      if ((f[k] ?? "").trim() === "" || !Number.isFinite(v)) {
        throw new StatecraftError("SC_BARGAIN_CSV_NUMBER", `expected a number for ${field}`, {
          file,
          line,
          column: k + 1,
          field,
        });
      }
      return v;
    };
    return {
      name: (f[0] ?? "").trim(),
      capability: num(1, "Capability"),
      position: [num(2, "Position")],
      salience: [num(3, "Salience") * 100],
      line,
    };
  });
  return validateScenario({ name: file ?? "bdm", dimensions: ["Position"], actors, file });
}

/** Statecraft JSON or YAML scenario, with line numbers in errors. */
export function readStatecraftScenario(text: string, file?: string): BargainScenario {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new StatecraftError("SC_BARGAIN_PARSE", e.message.split("\n")[0]!, {
      file,
      line: e.linePos?.[0]?.line,
      column: e.linePos?.[0]?.col,
      hint: "the scenario must be valid JSON or YAML",
    });
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && (isMap(node) || isSeq(node) || node.range) && node.range) {
        return lc.linePos(node.range[0]).line;
      }
    }
    return undefined;
  };
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (e) {
    throw new StatecraftError("SC_BARGAIN_PARSE", e instanceof Error ? e.message : String(e), {
      file,
      hint: "the scenario must be valid JSON or YAML",
      cause: e,
    });
  }
  return scenarioFromObject(value, file, lineOf);
}

/** Parses scenario text in any supported format. `fileName` picks the format and names errors. */
export function parseScenarioText(
  text: string,
  fileName: string,
  format: ScenarioFormat = detectFormat(fileName, text),
): BargainScenario {
  switch (format) {
    case "ktab-csv":
      return readKtabCsv(text, fileName);
    case "ktab-xml":
      return readKtabXml(text, fileName);
    case "bdm-csv":
      return readBdmCsv(text, fileName);
    case "statecraft":
      return readStatecraftScenario(text, fileName);
  }
}

/** A scenario as Statecraft's JSON document (the inverse of `readStatecraftScenario`). */
export function scenarioToObject(s: BargainScenario): Record<string, unknown> {
  const out: Record<string, unknown> = {
    version: 1,
    name: s.name,
    description: s.description,
    dimensions: s.dimensions,
    actors: s.actors.map((a) => ({
      name: a.name,
      description: a.description,
      capability: a.capability,
      position: a.position,
      salience: a.salience,
    })),
  };
  if (s.parameters && Object.keys(s.parameters).length) out.parameters = s.parameters;
  if (s.idealAdjustment?.length) out.idealAdjustment = s.idealAdjustment;
  if (s.seed !== undefined) out.seed = s.seed;
  return out;
}
