/** Leader profiles at a distance: operational code (VICS) and Leadership Trait Analysis. */
export { type AggregateOptions, buildProfile, checkAggregateOptions } from "./aggregate.ts";
export { bootstrapLta, bootstrapVics, percentileInterval } from "./bootstrap.ts";
export { type CodingOptions, codeDocument } from "./code-document.ts";
export {
  type CorpusProfileOptions,
  codeCorpus,
  corpusInput,
  profileCorpus,
} from "./corpus-inputs.ts";
export {
  DATA_DIR,
  loadAnchors,
  loadHolsti,
  loadLtaLexicon,
  loadLtaNorms,
  loadStyles,
  loadVicsDictionary,
  loadVicsNorms,
} from "./data.ts";
export { type FitNormsOptions, fitNorms } from "./fit-norms.ts";
export { explainCsv, formatCompare, formatExplain, formatProfile, profilesCsv } from "./format.ts";
export {
  evaluateLta,
  evaluateVics,
  formatGold,
  type GoldSentence,
  loadGold,
  runGold,
} from "./gold/evaluate.ts";
export { type GroupBy, groupKey, profileGroups } from "./groups.ts";
export type { ProfileInput } from "./input.ts";
export { extractLta, sentenceWordCounts } from "./lta/extract.ts";
export { buildUnits, chunkResponses, scoreUnits } from "./lta/score.ts";
export { classifyStyle, type StyleOptions } from "./lta/style.ts";
export { descriptor, ltaLevel, ltaLevels, normVics, rawDescriptor } from "./norms.ts";
export { type ParameterOptions, type ProfileParameter, profileParameters } from "./parameters.ts";
export { codeInParallel, type PoolOptions } from "./pool.ts";
export { LeaderProfiler, type Profilable, type ProfilerOptions } from "./profiler.ts";
export * from "./types.ts";
export { codeClause, codeVics, lookupClause, type VicsCodingOptions } from "./vics/code.ts";
export { holstiCuts, placeHolsti, quadrant } from "./vics/holsti.ts";
export { computeIndices, countUtterances, iqv } from "./vics/indices.ts";
