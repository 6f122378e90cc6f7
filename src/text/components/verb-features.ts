/**
 * Tense, modality and voice of every clause from its verb group. Conditional modality also comes
 * from an enclosing if/unless clause; a coordinated clause shares the conditional of the clause
 * it is joined to ("if they attack and destroy ...").
 */
import type { Component, DocState } from "../pipeline.ts";
import type { Clause, Modality, Tense } from "../types.ts";
import {
  BE_FORMS,
  CONDITIONAL_AUX,
  CONDITIONAL_SUBORDINATORS,
  FUTURE_AUX,
  MODAL_AUX,
  PAST_AUX,
} from "../words.ts";

function inConditional(doc: DocState, c: Clause): boolean {
  const sent = doc.sentences[c.sentence]!;
  const from = c.tokenStart ?? sent.tokenStart;
  // Walk back to the nearest clause opener; stop at a verb, which belongs to another clause.
  for (let k = from - 1; k >= sent.tokenStart; k--) {
    const t = doc.tokens[k]!;
    if (CONDITIONAL_SUBORDINATORS.has(t.norm)) return true;
    if (t.pos === "VERB" || t.norm === ";" || t.norm === "that") return false;
  }
  return false;
}

function features(doc: DocState, c: Clause): void {
  const aux = c.verb.auxiliaries;
  const head = doc.tokens[c.verb.head]!;
  let modality: Modality = "none";
  const condition = inConditional(doc, c);
  if (condition) c.condition = true;
  if (aux.some((a) => CONDITIONAL_AUX.has(a)) || condition) modality = "conditional";
  else if (aux.some((a) => FUTURE_AUX.has(a) || a === "about to" || a === "going to"))
    modality = "future";
  else if (aux.some((a) => MODAL_AUX.has(a) || a === "have to")) modality = "modal";
  if (modality === "none" && c.controller !== undefined && c.finite) {
    const ctl = doc.clauses[c.controller];
    if (ctl?.modality === "conditional") modality = "conditional";
  }
  let tense: Tense = "present";
  if (aux.some((a) => FUTURE_AUX.has(a) || a === "about to" || a === "going to")) tense = "future";
  else if (aux.length > 0) {
    const first = aux[0]!;
    if (PAST_AUX.has(first)) tense = "past";
    else if ((first === "has" || first === "have") && head.norm !== head.lemma) tense = "past";
  } else if (
    head.norm !== head.lemma &&
    !head.norm.endsWith("ing") &&
    !/s$/.test(head.norm) &&
    c.finite !== false
  ) {
    tense = "past";
  } else if (head.norm === "was" || head.norm === "were") tense = "past";
  const lastAux = aux.filter((a) => !a.includes(" ")).at(-1);
  const passive =
    head.pos === "VERB" &&
    lastAux !== undefined &&
    (BE_FORMS.has(lastAux) || /^(get|gets|got|gotten|getting)$/.test(lastAux)) &&
    !head.norm.endsWith("ing") &&
    !c.verb.auxiliaries.some((a) => a.includes(" "));
  // A past-participle clause modifying a noun is passive: "criminals, assisted by mercenaries".
  const participlePassive =
    c.nonFinite === "participle" && head.norm !== head.lemma && /(ed|en|wn)$/.test(head.norm);
  c.tense = tense;
  c.modality = modality;
  c.voice = passive || participlePassive ? "passive" : "active";
}

/** Verbs whose infinitive complement is an intended, future act ("are prepared to help"). */
const INTENT = new Set([
  "prepare",
  "plan",
  "intend",
  "decide",
  "pledge",
  "promise",
  "vow",
  "agree",
  "aim",
  "seek",
  "want",
  "wish",
  "hope",
  "expect",
  "begin",
  "start",
  "try",
  "attempt",
  "threaten",
  "offer",
  "resolve",
  "determine",
  "commit",
  "undertake",
  "refuse",
  "continue",
  "need",
  "like",
  "mean",
]);

/**
 * An infinitive takes its time and mood from the clause that governs it: a conditional or modal
 * governor passes its modality on; an intent verb or a future governor makes it future.
 */
function inherit(doc: DocState, c: Clause): void {
  if (c.nonFinite !== "infinitive" || c.controller === undefined) return;
  const g = doc.clauses[c.controller];
  if (!g) return;
  if (g.modality === "conditional" || g.modality === "modal") {
    c.modality = g.modality;
    c.tense = g.tense;
  } else if (g.tense === "future" || INTENT.has(g.verb.lemma)) {
    c.tense = "future";
    c.modality = "future";
  } else c.tense = g.tense;
}

export const verbFeatures: Component = {
  name: "verbFeatures",
  requires: ["clauses", "clause.verb"],
  assigns: ["clause.tense", "clause.modality", "clause.voice"],
  run(doc) {
    for (const c of doc.clauses) features(doc, c);
    for (const c of doc.clauses) inherit(doc, c);
  },
};
