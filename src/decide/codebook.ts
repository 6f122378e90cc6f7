/**
 * Action semantics from the vendored CAMEO code book (`data/codebooks/cameo_event_codes.csv`):
 * each event code's root, quad class and Goldstein weight. Every feature of the decision models
 * starts from these three numbers, never from the wording of an option.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { StatecraftError } from "../core/errors.ts";

export const CODEBOOK_PATH = fileURLToPath(
  new URL("../../data/codebooks/cameo_event_codes.csv", import.meta.url),
);

export interface CameoCode {
  code: string;
  /** Two-digit root, e.g. "19" (Fight). */
  root: string;
  description: string;
  /** Goldstein conflict-cooperation weight, -10..+10. */
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

let table: Map<string, CameoCode> | undefined;

function load(): Map<string, CameoCode> {
  let text: string;
  try {
    text = readFileSync(CODEBOOK_PATH, "utf8");
  } catch (e) {
    throw new StatecraftError("SC_DECIDE_CODEBOOK_MISSING", "CAMEO code book not found", {
      file: CODEBOOK_PATH,
      cause: e,
    });
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = splitCsvLine(lines[0]!);
  const col = (name: string) => header.indexOf(name);
  const [iCode, iRoot, iDesc, iG, iQ] = [
    col("cameo_code"),
    col("root_code"),
    col("description"),
    col("goldstein"),
    col("quad_class"),
  ];
  const map = new Map<string, CameoCode>();
  for (const line of lines.slice(1)) {
    const f = splitCsvLine(line);
    const g = Number(f[iG]);
    const q = Number(f[iQ]);
    if (!Number.isFinite(g) || !(q >= 1 && q <= 4)) continue;
    map.set(f[iCode]!, {
      code: f[iCode]!,
      root: f[iRoot]!,
      description: f[iDesc]!,
      goldstein: g,
      quad: q as 1 | 2 | 3 | 4,
    });
  }
  return map;
}

/** The code book entry of a CAMEO code, or undefined when the code book does not list it. */
export function cameoCode(code: string): CameoCode | undefined {
  table ??= load();
  return table.get(code);
}

/** Like `cameoCode`, but an unknown code is a coded error. */
export function requireCameo(code: string): CameoCode {
  const c = cameoCode(code);
  if (!c) {
    throw new StatecraftError("SC_DECIDE_UNKNOWN_CAMEO", `unknown CAMEO event code "${code}"`, {
      hint: "use a code from data/codebooks/cameo_event_codes.csv",
    });
  }
  return c;
}
