/** Text layer: one pass over a text gives tokens, sentences and clauses (see types.ts). */
export { analyze, components, DEFAULT_PIPELINE, pipelineOf } from "./analyze.ts";
export { type NpChunk, nounPhrase, parseVerbGroup, type VerbGroup } from "./chunks.ts";
export { countryMatcher, isCountry, termWords } from "./countries.ts";
export { type CountryEntry, countryTable, phrasalParticles, speechVerbs } from "./lexicons.ts";
export { getNlp } from "./nlp.ts";
export { type PhraseMatch, PhraseMatcher } from "./phrase-matcher.ts";
export {
  type Component,
  createPipeline,
  type DocState,
  type Pipeline,
  type QuoteSpan,
} from "./pipeline.ts";
export type * from "./types.ts";
