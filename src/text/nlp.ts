/**
 * The wink-nlp instance, created once per process on first use: loading the model costs
 * ~100 ms and ~30 MB, so every analysis (and every worker thread) shares one.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | null = null;

/** The shared wink-nlp instance (POS tagging on, no NER/sentiment needed by the text layer). */
export function getNlp(): Nlp {
  if (instance === null) instance = winkNLP(model, ["sbd", "negation", "pos"]);
  return instance;
}
