/**
 * `ask`: a question answered from the corpus the same way a briefing is written. The question's
 * content words are searched (one BM25 search per word, or per "quoted phrase"), the best
 * distinct sentences are chosen by maximal marginal relevance, and each is quoted with its
 * attribution and citation and passes the verifier.
 */
import { StatecraftError } from "../core/errors.ts";
import type { Corpus, DocumentFilter } from "../corpus/index.ts";
import { PageBuilder } from "./builder.ts";
import { finalize } from "./finalize.ts";
import { type Rephraser, rephraseBriefing } from "./rephrase.ts";
import { gatherCandidates, mmr } from "./select.ts";
import { isStopword, words } from "./style.ts";
import type { Briefing } from "./types.ts";

export interface AskOptions extends Omit<DocumentFilter, "ids"> {
  /** Sentences in the answer (default 5). */
  limit?: number;
  rephraser?: Rephraser;
}

/** Words of how a question is asked rather than what about ("What did X say about ..."). */
const QUESTION_WORDS = new Set(
  (
    "what which who whom whose why how when where does did do is are was were say said says " +
    "think thinks thought speak spoke talk talked mention mentioned view views stance position " +
    "approach about regarding"
  ).split(" "),
);

/** Search terms of a question: quoted phrases whole, other content words one by one. */
export function questionTerms(question: string, speaker?: string): string[] {
  const name = new Set(speaker ? words(speaker) : []);
  const terms: string[] = [];
  const rest = question.replace(/"([^"]+)"|“([^”]+)”/g, (_, a, b) => {
    terms.push(`"${(a ?? b).trim()}"`);
    return " ";
  });
  for (const w of words(rest))
    if (!isStopword(w) && !QUESTION_WORDS.has(w) && !name.has(w) && !terms.includes(w))
      terms.push(w);
  return terms;
}

export async function ask(
  corpus: Corpus,
  question: string,
  opts: AskOptions = {},
): Promise<Briefing> {
  const terms = questionTerms(question, opts.speaker);
  if (!terms.length) {
    throw new StatecraftError(
      "SC_BRIEF_EMPTY_QUESTION",
      "the question has no words to search for",
      {
        field: "question",
        hint: 'ask with content words, e.g. "What did Rouhani say about sanctions?"',
      },
    );
  }
  const { limit = 5, rephraser, ...filter } = opts;
  const page = new PageBuilder(corpus, filter.speaker);
  const cands = gatherCandidates(
    corpus,
    undefined,
    terms.map((t) => t.replace(/^"|"$/g, "")),
    { filter },
  );
  const picks = mmr(cands, limit, { maxSimilarity: 0.5, minRelevance: 0.1 });
  const sentences = picks.flatMap((c) => page.extracted("answer", c) ?? []);
  const b = finalize(page, {
    kind: "answer",
    title: question.trim(),
    question: question.trim(),
    ...(filter.speaker && { leader: filter.speaker }),
    filters: Object.fromEntries(
      Object.entries(filter).filter(([, v]) => typeof v === "string"),
    ) as Record<string, string>,
    sections: [
      {
        id: "answer",
        title: "Answer",
        blocks: sentences.length ? [{ kind: "paragraph", sentences }] : [],
        ...(!sentences.length && {
          notes: ["No sentence in the selected documents answers the question."],
        }),
      },
    ],
  });
  return rephraser ? rephraseBriefing(b, corpus, rephraser) : b;
}
