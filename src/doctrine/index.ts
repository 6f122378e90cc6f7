/** Doctrine: a declarative, cited, checkable model of a leader's foreign-policy doctrine. */
export { checkDoctrine } from "./check.ts";
export type { DoctrineCorpus } from "./corpus-port.ts";
export { type Cues, loadCues } from "./cues.ts";
export {
  type DiffStatus,
  type DoctrineDiff,
  diffDoctrines,
  type FieldChange,
  type ItemDiff,
  renderDiffMarkdown,
} from "./diff.ts";
export {
  type EvidenceHit,
  type EvidenceReport,
  type FindEvidenceOptions,
  findEvidence,
  type ItemEvidence,
  renderEvidenceMarkdown,
} from "./evidence.ts";
export {
  type LoadedDoctrine,
  loadDoctrine,
  MAX_DOCTRINE_BYTES,
  type ParsedDoctrine,
  type ParseOptions,
  parseDoctrine,
  readDoctrineFile,
} from "./load.ts";
export { type LocateChange, type LocateResult, locateEvidence } from "./locate.ts";
export { findQuote, normaliseWhitespace, quoteMatches } from "./quote.ts";
export {
  DEFAULT_REGISTRY_PATH,
  defaultTargetRegistry,
  loadTargetRegistry,
  type ResolvedTarget,
  type ResolveOptions,
  resolveTarget,
  type TargetEntry,
  type TargetKind,
  TargetRegistry,
} from "./registry.ts";
export {
  type Claim,
  type Doctrine,
  DoctrineSchema,
  doctrineJsonSchema,
  type Evidence,
  type Flexibility,
  type Gap,
  type Parameter,
  type Pillar,
  PRESSURES,
  type Pressure,
  type Principle,
  type RedLine,
  type Stance,
} from "./schema.ts";
export {
  formatSource,
  renderDoctrineJson,
  renderDoctrineMarkdown,
  type ShowOptions,
  type SourceInfo,
} from "./show.ts";
export { DoctrineSource, type FieldPath, formatPath } from "./source.ts";
export { doctrineParameters, type StanceLookup, stanceFor } from "./stance.ts";
export { type ValidationReport, validateDoctrine, verifyEvidence } from "./validate.ts";
export { type EvidenceEntry, evidenceEntries } from "./walk.ts";
