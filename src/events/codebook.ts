/**
 * The CAMEO event code book (GDELT lookup, data/codebooks/cameo_event_codes.csv): root code,
 * Goldstein weight and quad class per code. Codes are strings ("010" differs from "10").
 */
import { readFileSync } from "node:fs";
import { parseCsvObjects } from "../core/csv.ts";

export interface CameoCode {
  code: string;
  root: string;
  description: string;
  goldstein: number;
  quadClass: number;
}

const PATH = new URL("../../data/codebooks/cameo_event_codes.csv", import.meta.url);
let cache: Map<string, CameoCode> | null = null;

export function cameoCodes(): Map<string, CameoCode> {
  if (cache) return cache;
  const m = new Map<string, CameoCode>();
  for (const r of parseCsvObjects(readFileSync(PATH, "utf8"))) {
    const code = r.cameo_code ?? "";
    m.set(code, {
      code,
      root: r.root_code ?? code.slice(0, 2),
      description: r.description ?? "",
      goldstein: Number(r.goldstein),
      quadClass: Number(r.quad_class),
    });
  }
  cache = m;
  return m;
}

/** Root (two-digit) code of a CAMEO code. */
export function rootOf(code: string): string {
  return code.slice(0, 2);
}

/** Quad class from the root code (GDELT: 1 verbal coop 01-05, 2 material coop 06-09, 3 verbal conflict 10-14, 4 material conflict 15-20). */
export function quadOfRoot(root: string): number {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 9) return 2;
  if (r <= 14) return 3;
  return 4;
}
