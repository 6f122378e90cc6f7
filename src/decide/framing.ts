/**
 * Option framing: one general feature read from an option's free-text label through the
 * versioned marker list in `data/decide/framing.yaml`. `holding` is 1 when the label frames the
 * option as holding the current course or confining the state to one channel (continuation or
 * restriction markers), else 0. Every option of every scenario is read the same way; ids,
 * context, notes and the answer key are never read. Models use it only when framing is enabled.
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readDataFile } from "./data-file.ts";
import type { Option } from "./types.ts";

export const FRAMING_PATH = fileURLToPath(
  new URL("../../data/decide/framing.yaml", import.meta.url),
);

const FramingSchema = z.strictObject({
  version: z.string(),
  holding: z.strictObject({
    continuation: z.array(z.string().min(1)),
    restriction: z.array(z.string().min(1)),
  }),
});

export interface FramingLexicon {
  version: string;
  /** Lower-case marker words of holding patterns. */
  holding: ReadonlySet<string>;
}

let cached: FramingLexicon | undefined;

/** Reads the marker list (once per process for the default file). */
export function loadFraming(file: string = FRAMING_PATH): FramingLexicon {
  if (file === FRAMING_PATH && cached) return cached;
  const data = readDataFile(file, FramingSchema, {
    code: "SC_DECIDE_FRAMING",
    what: "framing markers",
    hint: "see the header of data/decide/framing.yaml",
  });
  const lex = {
    version: data.version,
    holding: new Set(
      [...data.holding.continuation, ...data.holding.restriction].map((w) => w.toLowerCase()),
    ),
  };
  if (file === FRAMING_PATH) cached = lex;
  return lex;
}

/** The framing markers of one label: the holding words it contains, in order of appearance. */
export function holdingMarkers(label: string, lex: FramingLexicon = loadFraming()): string[] {
  const words = label.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.filter((w) => lex.holding.has(w));
}

/** 1 when the option's label frames it as a holding pattern, else 0. */
export function holding(option: Option, lex: FramingLexicon = loadFraming()): number {
  return holdingMarkers(option.label, lex).length > 0 ? 1 : 0;
}
