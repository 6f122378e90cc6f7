/**
 * The text layer as a pipeline of named components (spaCy style): each component declares the
 * attributes it requires and the ones it assigns, and `createPipeline` refuses an order that
 * cannot work. Components mutate one shared `DocState`, so a pass over a text allocates each
 * token and clause once.
 */
import { StatecraftError } from "../core/errors.ts";
import type { AnalyzeOptions, Clause, Paragraph, Sentence, Token } from "./types.ts";

/** A quotation found in the text: token range of its content, and who it is attributed to. */
export interface QuoteSpan {
  /** Token indices of the content, [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Clause whose verb of saying introduces the quotation, if found. */
  attributedTo: number | null;
}

/** Mutable state passed through the components of one analysis. */
export interface DocState {
  text: string;
  options: AnalyzeOptions;
  tokens: Token[];
  /** Sentence boundaries proposed by the tokenizer (token ranges), before `sentences` runs. */
  proposedSentences: Array<[number, number]>;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  clauses: Clause[];
  quotes: QuoteSpan[];
  wordCount: number;
}

export interface Component {
  /** Registered name, e.g. "tokenizer", "chunker". */
  name: string;
  /** Attributes that must be assigned by an earlier component. */
  requires: readonly string[];
  /** Attributes this component writes. */
  assigns: readonly string[];
  run(doc: DocState): void;
}

export interface Pipeline {
  components: readonly Component[];
  /** Component names in order. */
  names: string[];
  run(doc: DocState): DocState;
}

/** Builds a pipeline, checking that every requirement is assigned by an earlier component. */
export function createPipeline(components: readonly Component[]): Pipeline {
  const assigned = new Set<string>();
  const seen = new Set<string>();
  for (const c of components) {
    if (seen.has(c.name)) {
      throw new StatecraftError(
        "SC_TEXT_PIPELINE_DUPLICATE",
        `component "${c.name}" appears twice`,
        {
          hint: "Each component may run once per pipeline.",
        },
      );
    }
    seen.add(c.name);
    for (const r of c.requires) {
      if (!assigned.has(r)) {
        throw new StatecraftError(
          "SC_TEXT_PIPELINE_ORDER",
          `component "${c.name}" requires "${r}", which no earlier component assigns`,
          { hint: "Reorder the pipeline so that the component assigning it runs first." },
        );
      }
    }
    for (const a of c.assigns) assigned.add(a);
  }
  return {
    components,
    names: components.map((c) => c.name),
    run(doc) {
      for (const c of components) c.run(doc);
      return doc;
    },
  };
}
