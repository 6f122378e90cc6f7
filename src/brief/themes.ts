/**
 * Key-point themes. With a doctrine, a theme is a pillar; its salience is the largest weight of
 * the principles it expresses (same id, or a keyword shared with a principle's id, name or
 * keywords). Without one, themes come from data/brief/facets.yaml and are searched in the
 * leader's documents. At most six themes become bullets; a further theme that expresses a
 * weighted principle joins the bullet most similar to it, the rest are left to other sections.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { StatecraftError } from "../core/errors.ts";
import type { Doctrine, Evidence, Pillar } from "../doctrine/index.ts";
import { similarity } from "./select.ts";
import { contentStems } from "./style.ts";

export const FACETS_PATH = fileURLToPath(new URL("../../data/brief/facets.yaml", import.meta.url));

export interface Facet {
  id: string;
  label: string;
  terms: string[];
}

export interface Question {
  id: string;
  question: string;
  terms: string[];
}

export interface Facets {
  version: string;
  themes: Facet[];
  questions: Question[];
}

export function loadFacets(path = FACETS_PATH): Facets {
  let raw: Record<string, unknown>;
  try {
    raw = parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new StatecraftError("SC_BRIEF_FACETS", `cannot read ${path}`, { file: path, cause: e });
  }
  const themes = raw.themes as Facet[] | undefined;
  const questions = raw.questions as Question[] | undefined;
  if (!Array.isArray(themes) || !Array.isArray(questions)) {
    throw new StatecraftError("SC_BRIEF_FACETS", "facets need `themes` and `questions` lists", {
      file: path,
      field: Array.isArray(themes) ? "questions" : "themes",
    });
  }
  return { version: String(raw.version ?? ""), themes, questions };
}

/** A doctrine pillar as a key-point theme. */
export interface PillarTheme {
  id: string;
  label: string;
  salience: number;
  /** Principles it expresses (ids). */
  principles: string[];
  evidence: Evidence[];
  /** What the theme is about, for choosing among its sentences and for similarity. */
  stems: Set<string>;
  /** Where its evidence sits: "doc#section" keys (the sections of the source documents). */
  places: Set<string>;
}

/** The heading a document offset falls under ("doc#2"), when the document has sections. */
export type SectionOf = (doc: string, offset: number) => string | undefined;

const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());

export function pillarThemes(d: Doctrine, sectionOf: SectionOf = () => undefined): PillarTheme[] {
  return d.pillars.map((p: Pillar) => {
    const kw = new Set(lower(p.keywords));
    const linked = d.principles.filter(
      (pr) =>
        pr.id === p.id ||
        kw.has(pr.id) ||
        kw.has(pr.name.toLowerCase()) ||
        lower(pr.keywords).some((k) => kw.has(k)),
    );
    const profile = [p.title, p.summary, ...p.keywords].join(" ");
    const evidence = p.claims.flatMap((c) => c.evidence);
    const places = new Set(
      evidence.flatMap((e) => {
        const k = e.start === undefined ? undefined : sectionOf(e.doc, e.start);
        return k ? [k] : [];
      }),
    );
    return {
      id: p.id,
      label: p.title,
      salience: Math.max(0, ...linked.map((pr) => pr.weight)),
      principles: linked.map((pr) => pr.id),
      evidence,
      stems: new Set(contentStems(profile)),
      places,
    };
  });
}

export interface ThemePlan<T> {
  /** Bullets: one or two themes each. */
  bullets: T[][];
  /** Themes not used as key points. */
  left: T[];
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}

/**
 * Up to `max` bullets from the themes with positive salience, best first (ties: doctrine order);
 * each further positive theme joins the single-theme bullet it is closest to: first by where the
 * sources discuss them (shared sections of the cited documents), then by vocabulary.
 */
export function planBullets<
  T extends { salience: number; stems: Set<string>; places?: Set<string> },
>(themes: T[], max = 6): ThemePlan<T> {
  const ranked = themes
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.salience > 0)
    .sort((a, b) => b.t.salience - a.t.salience || a.i - b.i)
    .map(({ t }) => t);
  const bullets = ranked.slice(0, max).map((t) => [t]);
  const left = themes.filter((t) => t.salience <= 0);
  for (const extra of ranked.slice(max)) {
    const target = bullets
      .filter((b) => b.length === 1)
      .map((b) => ({
        b,
        s:
          jaccard(extra.places ?? new Set(), b[0]!.places ?? new Set()) +
          similarity(extra.stems, b[0]!.stems),
      }))
      .sort((x, y) => y.s - x.s)[0];
    if (target && target.s > 0) target.b.push(extra);
    else left.push(extra);
  }
  // Keep the page in the doctrine's order, which follows the sources' own order.
  const order = new Map(themes.map((t, i) => [t, i]));
  bullets.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
  return { bullets, left };
}
