/**
 * Provocations: the material blows against Iran that a scenario's context reports, found by the
 * event coder of P7 (`src/events`) run on the context sentences. An event counts when it is
 * material conflict (CAMEO quad class 4) whose target is an Iranian actor and whose source is not;
 * the source is kept as its country code, or "" when the coder names no country (gunmen,
 * militants). Coding is cached per context text; the coder is built once per process.
 *
 * Only what the coder finds is used: passive reports without an agent ("was killed in an
 * ambush") and unresolved actors give nothing, so the feature misses many blows (see
 * src/decide/README.md) but never reads a case's outcome.
 */
import { EventCoder } from "../events/index.ts";
import type { Scenario } from "./types.ts";

export interface Provocation {
  /** ISO3 of the source's country, or "" when the coder names none. */
  source: string;
  /** CAMEO code and Goldstein weight of the blow. */
  code: string;
  goldstein: number;
  /** The sentence it was coded from. */
  sentence: string;
}

let coder: EventCoder | undefined;
const cache = new Map<string, Provocation[]>();

const COUNTRY = /^[A-Z]{3}$/;
const MAX_CACHED = 4096;

/** Material blows against Iran reported in the scenario's context. */
export function provocations(s: Scenario): Provocation[] {
  const key = `${s.date}\u0000${s.context}`;
  const hit = cache.get(key);
  if (hit) return hit;
  coder ??= new EventCoder();
  const found: Provocation[] = [];
  for (const e of coder.code({ docId: s.id, text: s.context, date: s.date }).events) {
    if (e.quadClass !== 4 || !e.target.startsWith("IRN") || e.source.startsWith("IRN")) continue;
    const country = e.source.slice(0, 3);
    found.push({
      source: COUNTRY.test(country) ? country : "",
      code: e.code,
      goldstein: e.goldstein,
      sentence: e.sentenceText,
    });
  }
  // A long-running server sees ever new scenarios: keep the cache bounded.
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, found);
  return found;
}
