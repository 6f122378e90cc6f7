/**
 * Closed-class word sets the chunker and feature rules use. These are grammar, not lexicon
 * (they do not vary by domain), so they live in code; the open-class lists are data files.
 */

export const NEGATORS = new Set(["not", "n't", "never", "neither", "nor", "no longer"]);

export const MODALS = new Set([
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
  "ought",
  "'ll",
  "'d",
  "wo",
  "ca",
  "sha",
]);

export const FUTURE_AUX = new Set(["will", "shall", "'ll", "wo", "sha"]);
export const CONDITIONAL_AUX = new Set(["would", "could", "might", "'d"]);
export const MODAL_AUX = new Set(["can", "ca", "may", "must", "should", "ought"]);

export const BE_FORMS = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "am",
  "'re",
  "'m",
  "'s",
]);
export const PAST_AUX = new Set(["was", "were", "did", "had", "'d"]);

/** Words that open a subordinate or complement clause. */
export const SUBORDINATORS = new Set([
  "that",
  "after",
  "before",
  "since",
  "until",
  "till",
  "when",
  "whenever",
  "while",
  "whilst",
  "because",
  "although",
  "though",
  "if",
  "unless",
  "whereas",
  "once",
  "whether",
  "where",
  "as",
  "so",
]);

export const CONDITIONAL_SUBORDINATORS = new Set(["if", "unless", "provided", "lest"]);

export const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom"]);

export const SELF_PRONOUNS = new Set(["i", "we", "me", "us", "myself", "ourselves"]);
export const SELF_POSSESSIVES = new Set(["my", "our", "ours", "mine"]);
export const OTHER_PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "them",
  "him",
  "her",
  "you",
  "themselves",
]);
export const PERSONAL_PRONOUNS = new Set([
  ...SELF_PRONOUNS,
  ...OTHER_PRONOUNS,
  "it",
  "one",
  "itself",
  "himself",
  "herself",
]);

/** POS tags that can be part of a noun phrase chunk. */
export const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);
/** POS tags that can head a noun phrase. */
export const NOMINAL_POS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

/** Quotation marks: opening, closing and symmetric. */
export const QUOTE_CHARS = new Set(['"', "“", "”", "«", "»", "„", "‘", "’", "``", "''"]);
