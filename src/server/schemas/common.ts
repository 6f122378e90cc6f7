/** Schemas shared by several routes: the error body and the corpus filters. */
import { z } from "zod";

export const ErrorSchema = z
  .object({
    error: z.looseObject({
      code: z.string().describe("Stable code, e.g. SC_INGEST_BINARY (same as the CLI)"),
      message: z.string(),
      field: z.string().optional(),
      line: z.number().optional(),
      column: z.number().optional(),
      hint: z.string().optional(),
    }),
  })
  .meta({ id: "Error" });

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are YYYY, YYYY-MM or YYYY-MM-DD");

/** Corpus filters, as query parameters. */
export const FilterQuery = z.object({
  speaker: z.string().max(200).optional().describe("Speaker name (honorifics ignored)"),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "an ISO3 code")
    .transform((s) => s.toUpperCase())
    .optional()
    .describe("ISO3 code of the speaker's state"),
  from: isoDate.optional().describe("Earliest date (ISO, partial allowed)"),
  to: isoDate.optional().describe("Latest date (ISO, partial allowed)"),
  collection: z.string().max(200).optional(),
});

/** Query-string integer with bounds. */
export const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** Drops undefined values so library filters see only what was given. */
export function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== ""),
  ) as Partial<T>;
}

export const OkSchema = z.object({ ok: z.boolean() });
