import { createHash } from "node:crypto";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A passage id is the document key, a short hash of the document's text, and the passage's level
 * and position ("IRN_2013.3fa9c1.s12"): the same content always yields the same id, a new version
 * yields new ones, and ids sort by document, which keeps the index cheap to build.
 */
export function passageId(docId: string, textHash: string, level: string, index: number): string {
  return `${docId}.${textHash.slice(0, 6)}.${level === "sentence" ? "s" : "p"}${index}`;
}

const HONORIFICS =
  /\b(mr|mrs|ms|dr|prof|sir|h\.?\s?e|his excellency|her excellency|excellency|sheikh|shaikh|hon)\b\.?/g;

/** Speaker name for matching: lower case, honorifics and punctuation removed. */
export function normalizeSpeaker(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(HONORIFICS, " ")
    .replace(/[^\p{L}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
