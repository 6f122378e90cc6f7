/**
 * Action semantics from the vendored CAMEO code book (`data/codebooks/cameo_event_codes.csv`):
 * each event code's root, quad class and Goldstein weight. Every feature of the decision models
 * starts from these three numbers, never from the wording of an option.
 */
import { fileURLToPath } from "node:url";
import { StatecraftError } from "../core/errors.ts";
import { cameoCodes } from "../events/codebook.ts";

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

let table: Map<string, CameoCode> | undefined;

/** The events module reads the code book; the decision models take its rows with a typed quad. */
function load(): Map<string, CameoCode> {
  let rows: ReturnType<typeof cameoCodes>;
  try {
    rows = cameoCodes();
  } catch (e) {
    throw new StatecraftError("SC_DECIDE_CODEBOOK_MISSING", "CAMEO code book not found", {
      file: CODEBOOK_PATH,
      cause: e,
    });
  }
  const map = new Map<string, CameoCode>();
  for (const c of rows.values()) {
    if (!Number.isFinite(c.goldstein) || !(c.quadClass >= 1 && c.quadClass <= 4)) continue;
    map.set(c.code, {
      code: c.code,
      root: c.root,
      description: c.description,
      goldstein: c.goldstein,
      quad: c.quadClass as 1 | 2 | 3 | 4,
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
