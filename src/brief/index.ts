/** Briefings and questions: pages in the seed briefing's format, every sentence cited and verified. */
export { type Adversary, findAdversary } from "./adversary.ts";
export { type AskOptions, ask, questionTerms } from "./ask.ts";
export { type BriefOptions, buildBriefing, DEFAULT_TOPIC } from "./build.ts";
export { CitationBook } from "./citations.ts";
export { type Cleaned, cleanPassage, spanText } from "./clean.ts";
export { SOURCES_NOTE } from "./finalize.ts";
export { attributionOf, type LeaderDocuments, leaderDocuments, sameLeader } from "./leader.ts";
export { readBriefing } from "./read.ts";
export type { RecordOptions } from "./record.ts";
export { citationAnchors, escapeHtml, renderHtml, renderJson, renderMarkdown } from "./render.ts";
export {
  type OpenAiOptions,
  openAiRephraser,
  type Rephraser,
  rephraseBriefing,
} from "./rephrase.ts";
export { type Candidate, gatherCandidates, mmr, similarity } from "./select.ts";
export { displayName, loadedTerms, loadStyle, quoteLoaded } from "./style.ts";
export { unsupported } from "./support.ts";
export { renderTemplate, TEMPLATES } from "./templates.ts";
export { loadFacets, pillarThemes, planBullets } from "./themes.ts";
export * from "./types.ts";
export {
  Verifier,
  type VerifyIssue,
  type VerifyOptions,
  type VerifyReport,
  verifyBriefing,
} from "./verify.ts";
