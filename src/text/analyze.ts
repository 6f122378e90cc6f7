/**
 * `analyze(text, options)`: one pass of the default pipeline over a text.
 *
 * Default pipeline, in order (each component's file documents its rules):
 * tokenizer → sentencizer → paragraphs → chunker → verbFeatures → negation → wordDeed → referents → quotes →
 * reportedSpeech.
 */
import { StatecraftError } from "../core/errors.ts";
import { chunker } from "./components/chunker.ts";
import { negation } from "./components/negation.ts";
import { paragraphs } from "./components/paragraphs.ts";
import { quotes } from "./components/quotes.ts";
import { referents } from "./components/referents.ts";
import { reportedSpeech } from "./components/reported-speech.ts";
import { sentencizer } from "./components/sentencizer.ts";
import { tokenizer } from "./components/tokenizer.ts";
import { verbFeatures } from "./components/verb-features.ts";
import { wordDeed } from "./components/word-deed.ts";
import { type Component, createPipeline, type DocState, type Pipeline } from "./pipeline.ts";
import type { AnalyzeOptions, TextAnalysis } from "./types.ts";

/** The registered components, by name. */
export const components: Readonly<Record<string, Component>> = {
  tokenizer,
  sentencizer,
  paragraphs,
  chunker,
  verbFeatures,
  negation,
  wordDeed,
  referents,
  quotes,
  reportedSpeech,
};

export const DEFAULT_PIPELINE = [
  "tokenizer",
  "sentencizer",
  "paragraphs",
  "chunker",
  "verbFeatures",
  "negation",
  "wordDeed",
  "referents",
  "quotes",
  "reportedSpeech",
] as const;

let defaultPipeline: Pipeline | null = null;

/** Builds a pipeline from component names (default: the full pipeline). */
export function pipelineOf(names: readonly string[] = DEFAULT_PIPELINE): Pipeline {
  return createPipeline(
    names.map((n) => {
      const c = components[n];
      if (!c) {
        throw new StatecraftError("SC_TEXT_UNKNOWN_COMPONENT", `unknown text component "${n}"`, {
          hint: `Known components: ${Object.keys(components).join(", ")}.`,
        });
      }
      return c;
    }),
  );
}

function validate(text: unknown, options: AnalyzeOptions): void {
  if (typeof text !== "string") {
    throw new StatecraftError("SC_TEXT_NOT_STRING", "analyze() needs a string", {
      hint: "Pass the document's text.",
    });
  }
  for (const [field, spans] of [
    ["sentences", options.sentences],
    ["paragraphs", options.paragraphs],
  ] as const)
    for (const [i, s] of (spans ?? []).entries()) {
      if (!(s.start >= 0 && s.end >= s.start && s.end <= text.length)) {
        throw new StatecraftError("SC_TEXT_BAD_SPAN", `${field} span ${i} is outside the text`, {
          field: `${field}[${i}]`,
          hint: `Spans must satisfy 0 <= start <= end <= ${text.length}.`,
        });
      }
    }
}

/** Analyses a text with the default pipeline (or the given one). */
export function analyze(
  text: string,
  options: AnalyzeOptions = {},
  pipeline?: Pipeline,
): TextAnalysis {
  validate(text, options);
  if (!pipeline) {
    defaultPipeline ??= pipelineOf();
  }
  const doc: DocState = {
    text,
    options,
    tokens: [],
    proposedSentences: [],
    sentences: [],
    paragraphs: [],
    clauses: [],
    quotes: [],
    wordCount: 0,
  };
  (pipeline ?? defaultPipeline)!.run(doc);
  return {
    text,
    tokens: doc.tokens,
    sentences: doc.sentences,
    paragraphs: doc.paragraphs,
    clauses: doc.clauses,
    wordCount: doc.wordCount,
  };
}
