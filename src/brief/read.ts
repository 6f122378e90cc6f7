/** Reading a briefing JSON file for `brief verify`: bad input is a coded error, never a crash. */
import { readFileSync, statSync } from "node:fs";
import { StatecraftError } from "../core/errors.ts";
import { BRIEFING_FORMAT, type Briefing } from "./types.ts";

/** Largest briefing file read (bytes). */
export const MAX_BRIEFING_BYTES = 50 * 1024 * 1024;

export function readBriefing(file: string): Briefing {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new StatecraftError("SC_BRIEF_FILE_NOT_FOUND", `cannot read ${file}`, { file });
  }
  if (size > MAX_BRIEFING_BYTES)
    throw new StatecraftError("SC_BRIEF_FILE_TOO_LARGE", `${file} is larger than 50 MB`, { file });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    throw new StatecraftError("SC_BRIEF_BAD_JSON", `${file} is not valid JSON`, {
      file,
      hint: m ? `near character ${m[1]}` : "write it with `statecraft brief --format json`",
      cause: e,
    });
  }
  const b = data as Partial<Briefing>;
  if (!b || typeof b !== "object" || b.format !== BRIEFING_FORMAT) {
    throw new StatecraftError("SC_BRIEF_NOT_A_BRIEFING", `${file} is not a Statecraft briefing`, {
      file,
      field: "format",
      hint: `expected "format": "${BRIEFING_FORMAT}"`,
    });
  }
  for (const key of ["sections", "citations", "sources"] as const) {
    if (!Array.isArray(b[key])) {
      throw new StatecraftError("SC_BRIEF_NOT_A_BRIEFING", `${file}: ${key} must be a list`, {
        file,
        field: key,
      });
    }
  }
  b.sections!.forEach((sec, i) => {
    if (
      !sec ||
      !Array.isArray(sec.blocks) ||
      sec.blocks.some((blk) => !blk || !Array.isArray(blk.sentences))
    )
      throw new StatecraftError(
        "SC_BRIEF_NOT_A_BRIEFING",
        `${file}: sections[${i}] has no blocks of sentences`,
        {
          file,
          field: `sections[${i}]`,
        },
      );
    sec.blocks.forEach((blk, bi) => {
      blk.sentences.forEach((s, si) => {
        if (!s || typeof s.text !== "string" || !Array.isArray(s.cites))
          throw new StatecraftError(
            "SC_BRIEF_NOT_A_BRIEFING",
            `${file}: a sentence needs text and cites`,
            {
              file,
              field: `sections[${i}].blocks[${bi}].sentences[${si}]`,
            },
          );
      });
    });
  });
  return { refused: [], filters: {}, ...b } as Briefing;
}
