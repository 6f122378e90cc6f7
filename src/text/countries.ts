/**
 * Country mentions: a phrase matcher over the bundled country table (names, adjectives, capitals
 * and simple plurals), built once per process.
 */
import { type CountryEntry, countryTable } from "./lexicons.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";

let matcher: PhraseMatcher<CountryEntry> | null = null;

/** Splits a lower-case term into the word sequence wink-nlp produces for it. */
export function termWords(term: string): string[] {
  return term
    .toLowerCase()
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

export function countryMatcher(): PhraseMatcher<CountryEntry> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<CountryEntry>();
  for (const c of countryTable()) {
    for (const term of c.terms) {
      const words = termWords(term);
      m.add(words, c);
      const last = words[words.length - 1]!;
      if (/[a-z]$/.test(last) && !last.endsWith("s")) m.add([...words.slice(0, -1), `${last}s`], c);
    }
  }
  matcher = m;
  return m;
}

/** Whether a country entry is the given state (CAMEO code or ISO3). */
export function isCountry(entry: CountryEntry, iso3OrCameo: string): boolean {
  const code = iso3OrCameo.toUpperCase();
  return entry.code === code || entry.iso3 === code;
}
