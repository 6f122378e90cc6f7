/** Shapes of the event coder: coded events, actor mentions, explanations. */

/** One actor found in a phrase: its CAMEO code and the text that matched. */
export interface ActorMention {
  /** Full CAMEO actor code, country/IGO code plus agent codes ("IRNGOV", "---MIL"). */
  code: string;
  /** The matched dictionary strings, e.g. ["Gondor", "government"]. */
  matched: string[];
}

/** A coded event: who did what to whom, with everything needed to check it. */
export interface CodedEvent {
  /** Stable id: `${docId}:${sentence}:${n}`. */
  id: string;
  docId: string;
  /** ISO date (from the document), or null. */
  date: string | null;
  /** Index of the sentence within the document. */
  sentence: number;
  sentenceText: string;
  source: string;
  /** Target actor code; "" for a statement with no target. */
  target: string;
  /** CAMEO event code as a string ("010", "1823"). */
  code: string;
  root: string;
  quadClass: number;
  goldstein: number;
  /** Id of the verb pattern that fired. */
  pattern: string;
  sourceText: string[];
  targetText: string[];
  /** Surface text of the verb phrase. */
  verb: string;
  /** True when the clause is reported speech (coded from within another actor's statement). */
  reported: boolean;
}

/** Why a sentence produced no event (explain mode). */
export interface NoMatch {
  docId: string;
  sentence: number;
  sentenceText: string;
  reasons: string[];
}

export interface CodeResult {
  events: CodedEvent[];
  /** Sentences coded. */
  sentences: number;
  /** Filled only in explain mode. */
  unmatched: NoMatch[];
}
