/**
 * The doctrine file format as zod schemas. Objects are strict (an unknown field is an error, so a
 * typo never silently drops data). Cross-field rules (unique ids, known targets, provenance notes,
 * quotes against the corpus) live in `check.ts` and `validate.ts`, where they can be located in
 * the YAML; this file is only the shape, and is what `statecraft doctrine schema` exports.
 */
import { z } from "zod";

export const PRESSURES = [
  "sanctions",
  "military_threat",
  "economic_crisis",
  "domestic_unrest",
  "isolation",
] as const;
export type Pressure = (typeof PRESSURES)[number];

const Id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "ids are lower_snake_case")
  .describe("Stable identifier, lower_snake_case, unique within its list.");
const ParamId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_+]+)*$/, "parameter ids are dotted lower_snake_case")
  .describe("Dotted parameter name, e.g. term_weight.dignity.");
const TargetCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9+_]{1,15}$/, "target codes are upper case (ISO3 or a registry group code)")
  .describe("ISO 3166-1 alpha-3 code or a group code from data/targets/registry.yaml.");
const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are ISO: YYYY, YYYY-MM or YYYY-MM-DD");
const Cameo = z.string().regex(/^\d{2,3}$/, "CAMEO codes are 2 (root) or 3 digits");
const Text = z.string().min(1);

export const EvidenceSchema = z
  .strictObject({
    doc: Text.describe(
      "Corpus document id (file stem, `stem:N` for an item of a multi-item page).",
    ),
    start: z
      .int()
      .min(0)
      .optional()
      .describe("Start offset into the document text (filled by `doctrine locate`)."),
    end: z.int().min(0).optional().describe("End offset (exclusive)."),
    quote: Text.describe(
      "The cited words; must equal text[start:end] after whitespace normalisation.",
    ),
  })
  .describe("A citation of a span of a corpus document.");

export const ProvenanceSchema = z
  .enum(["text", "analyst", "fitted"])
  .describe(
    "text: read from the cited evidence; analyst: a judgement (note required); fitted: from a fit run.",
  );

/** Fields shared by every cited statement: evidence, and how far the statement rests on it. */
/** Search terms for `doctrine evidence`: words that express an item, and words for what it rejects. */
const terms = {
  keywords: z
    .array(Text)
    .default([])
    .describe("Words or phrases that express the item (evidence search)."),
  rejects: z
    .array(Text)
    .default([])
    .describe("Words or phrases for what the item rejects (evidence search)."),
};

const cited = {
  evidence: z.array(EvidenceSchema).default([]),
  provenance: z.enum(["text", "analyst"]).default("text"),
  analyst_note: Text.optional().describe(
    "Required when provenance is analyst: what the judgement rests on.",
  ),
};

export const PrincipleSchema = z.strictObject({
  id: Id,
  name: Text,
  definition: Text,
  weight: z.number().min(0).max(1).describe("Salience of the principle, 0..1."),
  ...terms,
  ...cited,
});

export const ClaimSchema = z.strictObject({ text: Text, ...cited });

export const PillarSchema = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  ...terms,
  claims: z.array(ClaimSchema).min(1),
});

export const StanceSchema = z.strictObject({
  target: TargetCode,
  alignment: z.number().min(-1).max(1).describe("-1 hostile .. +1 aligned."),
  trust: z.number().min(-1).max(1).describe("-1 deep distrust .. +1 full trust."),
  note: Text,
  ...cited,
});

export const ConditionSchema = z.strictObject({
  pressure: z.enum(PRESSURES),
  at_least: z
    .number()
    .min(0)
    .max(1)
    .describe("The pressure (0..1 scale of the decision set) must reach this."),
});

export const RedLineSchema = z.strictObject({
  id: Id,
  statement: Text,
  targets: z.array(TargetCode).default([]),
  forbids: z.array(Cameo).default([]).describe("CAMEO codes of actions the red line rules out."),
  ...cited,
});

export const FlexibilitySchema = z.strictObject({
  id: Id,
  statement: Text,
  when: z.strictObject({
    combine: z.enum(["any", "all"]).default("any"),
    conditions: z.array(ConditionSchema).min(1),
  }),
  permits: z.strictObject({
    targets: z.array(TargetCode).default([]),
    cameo: z
      .array(Cameo)
      .default([])
      .describe("CAMEO codes of the tactical concessions permitted."),
  }),
  ...cited,
});

export const ParameterSchema = z.strictObject({
  id: ParamId,
  value: z.number(),
  min: z.number().optional(),
  max: z.number().optional(),
  meaning: Text,
  provenance: ProvenanceSchema,
  note: Text.optional().describe("Required for analyst provenance."),
  evidence: z.array(EvidenceSchema).default([]).describe("Required for text provenance."),
  fit: z
    .strictObject({ run: Text, procedure: Text.optional() })
    .optional()
    .describe("Required for fitted provenance: the fit run that produced the value."),
});

export const GapSchema = z.strictObject({
  id: Id,
  description: Text,
  evidence: z.array(EvidenceSchema).default([]),
});

export const DoctrineSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    leader: Text,
    state: z.string().regex(/^[A-Z]{3}$/, "state is an ISO 3166-1 alpha-3 code"),
    period: z.strictObject({ from: IsoDate, to: IsoDate.nullable().optional() }),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is semver text, e.g. "1.0.0" (quote it)'),
    hypothetical: z.boolean().default(false),
    summary: Text,
    principles: z.array(PrincipleSchema).min(1),
    pillars: z.array(PillarSchema).default([]),
    stances: z.array(StanceSchema).default([]),
    red_lines: z.array(RedLineSchema).default([]),
    flexibility: z.array(FlexibilitySchema).default([]),
    parameters: z.array(ParameterSchema).default([]),
    gaps: z.array(GapSchema).default([]),
  })
  .describe("A leader's foreign-policy doctrine, every statement cited to the corpus.");

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Principle = z.infer<typeof PrincipleSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Pillar = z.infer<typeof PillarSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type RedLine = z.infer<typeof RedLineSchema>;
export type Flexibility = z.infer<typeof FlexibilitySchema>;
export type Parameter = z.infer<typeof ParameterSchema>;
export type Gap = z.infer<typeof GapSchema>;
export type Doctrine = z.infer<typeof DoctrineSchema>;

/** The JSON Schema (draft 2020-12) of a doctrine file, for editors. Describes the input form. */
export function doctrineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DoctrineSchema, { io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
}
