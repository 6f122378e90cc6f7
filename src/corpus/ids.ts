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

/** The parts of a passage id, or undefined when the string is not one. */
export function parsePassageId(
  id: string,
): { docId: string; hash: string; level: "sentence" | "paragraph"; index: number } | undefined {
  const m = /^(.+)\.([0-9a-f]{6})\.([sp])(\d+)$/.exec(id);
  if (!m) return undefined;
  return {
    docId: m[1]!,
    hash: m[2]!,
    level: m[3] === "s" ? "sentence" : "paragraph",
    index: Number(m[4]),
  };
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
