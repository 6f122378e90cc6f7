/**
 * The contract of the text layer: what one pass over a text produces. Profilers (VICS, LTA) and
 * the event coder consume these structures and never re-tokenise or re-parse. All offsets are
 * character offsets into the analysed text (for stored documents: the document's normalised text),
 * so every coded unit can be cited as `text.slice(start, end)`.
 */

/** A half-open character range [start, end) into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** Universal POS tags as produced by wink-nlp (NOUN, VERB, AUX, PRON, ADJ, ADV, ADP, ...). */
export type Pos = string;

export interface Token extends Span {
  /** Index of the token in the whole analysis. */
  i: number;
  /** Surface form, exactly `text.slice(start, end)`. */
  text: string;
  /** Lower-cased normal form (wink-nlp `normal`). */
  norm: string;
  /** Lemma (wink-nlp `lemma`). */
  lemma: string;
  pos: Pos;
  /** True when wink-nlp (or our own rules) mark the token as under the scope of a negation. */
  negated: boolean;
  /** True when the token sits inside a quotation attributed to someone other than the speaker. */
  quoted: boolean;
}

/** Who a clause's subject refers to, relative to the speaker of the text. */
export type Referent = "self" | "other" | "unknown";

export interface Phrase extends Span {
  /** Surface text of the phrase. */
  text: string;
  /** Token index of the phrase's head word. */
  head: number;
  /** Lemma of the head word, lower case. */
  headLemma: string;
}

export interface SubjectPhrase extends Phrase {
  /** Self when it denotes the speaker or the speaker's state ("we", "our nation", "Iran" for an Iranian speaker). */
  referent: Referent;
  /** True for personal pronouns (I, we, they ...). */
  pronoun: boolean;
}

export type Tense = "past" | "present" | "future";
/** `conditional`: inside an if/unless clause or with would/could; `modal`: can/may/must/should. */
export type Modality = "none" | "future" | "conditional" | "modal";

export interface VerbPhrase extends Span {
  /** Surface text from the first auxiliary to the last particle ("will not cooperate", "gave up"). */
  text: string;
  /** Token index of the main verb. */
  head: number;
  /** Lemma of the main verb, lower case ("cooperate"). */
  lemma: string;
  /** Particle of a phrasal verb, if any ("up" in "give up"). */
  particle?: string;
  /** Auxiliaries and modals before the main verb, lower case ("will", "not" excluded). */
  auxiliaries: string[];
  /** True for a verb of saying or communicating (a "word" in VICS); false for a deed. */
  isWord: boolean;
}

export interface Clause extends Span {
  /** Index of the clause within the analysis. */
  index: number;
  /** Index of the sentence that holds the clause. */
  sentence: number;
  subject: SubjectPhrase | null;
  verb: VerbPhrase;
  object: Phrase | null;
  /** Prepositional complements after the verb ("against Iraq", "with Russia"), in order. */
  complements: Array<Phrase & { preposition: string }>;
  negated: boolean;
  tense: Tense;
  modality: Modality;
  voice: "active" | "passive";
  /** True when the clause sits inside a quotation of someone else's words. */
  quoted: boolean;
  /**
   * For reported speech ("X said Y attacked Z"): the index of the clause whose verb of saying
   * introduces this one. The reporting clause itself codes as a statement by X.
   */
  reportedBy?: number;
  /** False for infinitives ("to cooperate") and participles ("leading into"); true otherwise. */
  finite?: boolean;
  /** For non-finite clauses, which kind. */
  nonFinite?: "infinitive" | "participle";
  /** True when the subject was not written in the clause but taken from a controlling or coordinated clause. */
  subjectInherited?: boolean;
  /** Index of the clause the (inherited) subject comes from ("urged Eriador to respond", "condemned ... and promised"). */
  controller?: number;
  /** True inside the antecedent of a condition ("if they attack", "unless ..."): not asserted as fact. */
  condition?: boolean;
  /** Token range of the clause, [tokenStart, tokenEnd), into `TextAnalysis.tokens`. */
  tokenStart?: number;
  tokenEnd?: number;
  /** For a subject naming a country: its CAMEO country code (from the bundled country table). */
  subjectCountry?: string;
  /**
   * For a passive clause with a by-phrase: the agent, with its Self/Other referent ("our cities
   * were bombed by Iraq" → agent "Iraq", other). The phrase is also among `complements`.
   */
  agent?: SubjectPhrase;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Range into `TextAnalysis.tokens`: [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Range into `TextAnalysis.clauses`: [clauseStart, clauseEnd). */
  clauseStart: number;
  clauseEnd: number;
}

/** A paragraph: a run of sentences between blank lines (or the spans given in the options). */
export interface Paragraph extends Span {
  index: number;
  /** Range into `TextAnalysis.sentences`: [sentenceStart, sentenceEnd). */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface TextAnalysis {
  /** The analysed text, unchanged. */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraphs (added by the text layer; absent in analyses built by hand). */
  paragraphs?: Paragraph[];
  clauses: Clause[];
  /** Words counted as Hermann/VICS do: alphabetic tokens, excluding punctuation and numbers. */
  wordCount: number;
}

/** Who is speaking, so that "we", "our country" and the state's own name resolve to Self. */
export interface SpeakerContext {
  /** Speaker's name as it appears in metadata ("Hassan Rouhani"). */
  name?: string;
  /** ISO3 code of the speaker's state ("IRN"). */
  country?: string;
  /**
   * Extra words or phrases that denote the speaker's side ("Islamic Republic", "Iranian nation").
   * Country names and adjectives come from the bundled country table; these add to them.
   */
  selfTerms?: string[];
}

export interface AnalyzeOptions {
  speaker?: SpeakerContext;
  /**
   * Sentence spans already computed (e.g. the corpus's stored sentence passages). When given the
   * text layer uses them instead of its own sentence splitter, so offsets agree with the store.
   */
  sentences?: Span[];
  /** Paragraph spans (e.g. the store's paragraph passages); default: split at blank lines. */
  paragraphs?: Span[];
}
