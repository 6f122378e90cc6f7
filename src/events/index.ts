/** Events: CAMEO coding of the text layer's clauses, gold evaluation, outputs, relations, pressures. */
export { type ActorDictionaries, resolveActors } from "./actors.ts";
export { type CameoCode, cameoCodes, quadOfRoot, rootOf } from "./codebook.ts";
export {
  type CodeOptions,
  type CoderOptions,
  DEFAULT_ACTOR_FILES,
  DEFAULT_AGENT_FILES,
  type DocumentInput,
  EventCoder,
} from "./coder.ts";
export {
  type ActorEntry,
  type AgentEntry,
  DictTrie,
  entryAt,
  loadActors,
  loadAgents,
  parseDictDate,
  patternWords,
} from "./dictionaries.ts";
export {
  type Dedup,
  type DyadOptions,
  type DyadRow,
  dyad,
  type EventRecord,
  type Period,
  periodOf,
} from "./dyad.ts";
export { eventsInvolving, importGdeltRows, insertCoded } from "./events-store.ts";
export {
  GDELT_COLUMNS,
  type GdeltEvent,
  parseGdeltFields,
  type ReadStats,
  readGdelt,
} from "./gdelt.ts";
export {
  codeGold,
  dictionariesBeside,
  type GoldOutput,
  type GoldRecord,
  type GoldScores,
  readGold,
  type Score,
  scoreGold,
} from "./gold.ts";
export {
  CSV_COLUMNS,
  csvHeader,
  eventRow,
  formatEvents,
  sqlDate,
  toCsvLine,
  toJsonLine,
} from "./output.ts";
export { DEFAULT_PATTERNS, loadPatterns, type PatternSet, type VerbPattern } from "./patterns.ts";
export { estimatePressures, type PressureEstimate, type PressureOptions } from "./pressures.ts";
export { type FilledScenarios, fillScenarioPressures } from "./scenario-pressures.ts";
export { storedDocumentInput } from "./stored-input.ts";
export type * from "./types.ts";
