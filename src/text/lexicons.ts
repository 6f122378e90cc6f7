/**
 * The text layer's versioned data files (data/text/*.json and the CAMEO country table), read
 * once per process. Pure file reads: the text layer touches no store.
 */
import { readFileSync } from "node:fs";
import { parseCsvObjects } from "../core/csv.ts";
import { StatecraftError } from "../core/errors.ts";

const DATA_DIR = new URL("../../data/", import.meta.url);

function readData(rel: string): string {
  const url = new URL(rel, DATA_DIR);
  try {
    return readFileSync(url, "utf8");
  } catch (cause) {
    throw new StatecraftError("SC_TEXT_DATA_MISSING", `text-layer data file not found: ${rel}`, {
      file: url.pathname,
      hint: "The repository's data/ folder must be present beside src/.",
      cause,
    });
  }
}

function readJson<T>(rel: string): T {
  const raw = readData(rel);
  try {
    return JSON.parse(raw) as T;
  } catch (cause) {
    throw new StatecraftError("SC_TEXT_DATA_INVALID", `invalid JSON in ${rel}`, {
      file: rel,
      cause,
    });
  }
}

export interface SpeechVerbLexicon {
  version: string;
  /** Lemmas (or "lemma particle") of verbs of saying and communicating. */
  words: Set<string>;
  /** The subset that can introduce reported speech ("say", "announce" ...). */
  reporting: Set<string>;
  /** Verbs that report speech placed before them ("..., a senior official said"). */
  postposed: Set<string>;
}

export interface ParticleLexicon {
  version: string;
  always: Set<string>;
  /** "lemma particle" pairs. */
  lexical: Set<string>;
}

export interface CountryEntry {
  /** CAMEO country code ("IRN"). */
  code: string;
  /** ISO 3166 alpha-3 as given by the source, or null. */
  iso3: string | null;
  name: string;
  /** Lower-case names, adjectives and capitals, each a space-separated word sequence. */
  terms: string[];
}

let speech: SpeechVerbLexicon | null = null;
let particles: ParticleLexicon | null = null;
let countries: CountryEntry[] | null = null;

export function speechVerbs(): SpeechVerbLexicon {
  if (speech) return speech;
  const j = readJson<{
    version: string;
    reporting: string[];
    communication: string[];
    postposed: string[];
  }>("text/speech-verbs.json");
  const reporting = new Set(j.reporting);
  speech = {
    version: j.version,
    reporting,
    postposed: new Set(j.postposed),
    words: new Set([...j.reporting, ...j.communication]),
  };
  return speech;
}

export function phrasalParticles(): ParticleLexicon {
  if (particles) return particles;
  const j = readJson<{ version: string; always: string[]; lexical: string[] }>(
    "text/phrasal-particles.json",
  );
  particles = { version: j.version, always: new Set(j.always), lexical: new Set(j.lexical) };
  return particles;
}

function cleanTerm(s: string): string {
  let t = s.trim();
  if (t.endsWith("_")) t = t.slice(0, -1);
  return t.replace(/_/g, " ").trim().toLowerCase();
}

/**
 * The country table: derived from the CAMEO CountryInfo code book (names, nationality forms,
 * capitals) plus data/text/country-extras.json. Entries with parentheses or commas are
 * annotations in the source, not forms found in running text, so they are dropped.
 */
export function countryTable(): CountryEntry[] {
  if (countries) return countries;
  const rows = parseCsvObjects(readData("codebooks/cameo_countries.csv"));
  const extras = readJson<{ extras: Record<string, string[]> }>("text/country-extras.json").extras;
  const out: CountryEntry[] = [];
  for (const r of rows) {
    const code = r.cameo_country_code ?? "";
    if (!code || code === "---" || code === "000") continue;
    const raw = [
      r.country_name ?? "",
      ...(r.nationality_forms ?? "").split("|"),
      ...(r.capital ?? "").split("|"),
      ...(extras[code] ?? []),
    ];
    const terms: string[] = [];
    for (const f of raw) {
      const t = cleanTerm(f);
      if (t.length < 2 || t.includes("(") || t.includes(",")) continue;
      if (!terms.includes(t)) terms.push(t);
    }
    const iso = r.iso3166_alpha3 ?? "";
    out.push({
      code,
      iso3: iso && iso !== "---" ? iso : null,
      name: cleanTerm(r.country_name ?? ""),
      terms,
    });
  }
  countries = out;
  return out;
}
