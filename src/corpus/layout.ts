import {
  type LinkRef,
  parseAtxHeading,
  stripBlockMarkdown,
  stripInlineMarkdown,
} from "./markdown.ts";

/**
 * Layout analysis for pages that hold more than running text: e-paper pages with several items,
 * briefings with sections, web pages converted to text. It classifies each line by layout cues
 * (heading syntax or shape, page-jump markers, bylines, repeated running heads) and then groups
 * lines into items. Nothing here knows any particular file.
 */
export type LineKind =
  | "blank"
  | "heading"
  | "marker"
  | "byline"
  | "boilerplate"
  | "rule"
  | "label"
  | "text";

export interface ClassifiedLine {
  kind: LineKind;
  /** Visible text (Markdown syntax removed). */
  text: string;
  /** Heading level: 1-6 for Markdown/setext, 1 for plain headlines, 3 for short labels. */
  level?: number;
  /** For markers: the page referred to. */
  page?: string;
  /** For markers: true when it points ahead ("8 >", "continued on A6"), false for "< 12". */
  forward?: boolean;
}

export interface LayoutItem {
  title?: string;
  author?: string;
  role?: string;
  section?: string;
  /** The item's text runs on elsewhere (a continuation marker ends it). */
  truncated: boolean;
  continuedOn?: string;
  /** Page references from navigation markers that were dropped. */
  pageRefs: string[];
  links: LinkRef[];
  /** Body lines, "" for paragraph breaks; sub-headings kept as their own lines. */
  body: string[];
  /** Indices into `body` of lines that are sub-headings, with their level. */
  headings: Array<{ line: number; level: number }>;
}

export interface Layout {
  /** True when the page holds several independent items (an e-paper or digest page). */
  multiItem: boolean;
  items: LayoutItem[];
  /** Heading lines seen anywhere, before grouping. */
  headingCount: number;
  markerCount: number;
}

// "8 >", "Page 3 >", "< 4", "Continued on page 5", "— continued on A7 —", "See page 12".
const MARKER =
  /^[\s—–-]*(?:(?:(continued|cont'd|cont\.)\s+(?:on\s+)?(?:page\s+|p\.\s*)?|(?:see\s+)?(?:page|p\.)\s*)([A-Z]?\d{1,3})|([A-Z]?\d{1,3})\s*[>»→]|[<«←]\s*([A-Z]?\d{1,3})|(?:page|p\.)\s*([A-Z]?\d{1,3})\s*[>»→])[\s—–-]*$/i;
const BYLINE =
  /^(?:by|written by|reporting by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5})\s*$/iu;
const RULE = /^\s*(?:[-*_=]\s*){3,}$/;
const SETEXT = /^\s*(=+|-+)\s*$/;
const PAGE_FOOTER = /^(?:page\s+\d+\s+(?:of|\/)\s+\d+|advertisement|sponsored content|\d{1,3})$/i;

function isAllCaps(s: string): boolean {
  if (/\p{Ll}/u.test(s)) return false; // the common case, decided without building a string
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

/** Whitespace-separated words, counted without building an array (runs per line, per rule). */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Index of the nearest line before `i` that is not blank, for every line (-1 when none). */
function previousNonBlank(lines: ClassifiedLine[]): Int32Array {
  const prev = new Int32Array(lines.length);
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    prev[i] = last;
    if (lines[i]!.kind !== "blank") last = i;
  }
  return prev;
}

export function classifyLines(lines: string[], markdown: boolean): ClassifiedLine[] {
  // Running heads and footers repeat verbatim on a page; body sentences do not.
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim();
    if (t && t.length <= 90) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out: ClassifiedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim();
    if (t === "") {
      out.push({ kind: "blank", text: "" });
      continue;
    }
    const marker = MARKER.exec(t);
    if (marker) {
      const page = marker[2] ?? marker[3] ?? marker[4] ?? marker[5] ?? "";
      out.push({ kind: "marker", text: t, page, forward: !/[<«←]/.test(t) });
      continue;
    }
    if (markdown) {
      const h = parseAtxHeading(t);
      if (h) {
        out.push({ kind: "heading", text: stripInlineMarkdown(h.text, []), level: h.level });
        continue;
      }
      const next = lines[i + 1]?.trim() ?? "";
      if (SETEXT.test(next) && !RULE.test(t) && wordCount(t) <= 14) {
        out.push({ kind: "heading", text: t, level: next.startsWith("=") ? 1 : 2 });
        i++;
        continue;
      }
    }
    if (RULE.test(t)) {
      out.push({ kind: "rule", text: "" });
      continue;
    }
    if ((counts.get(t) ?? 0) >= 2 && !/[.!?]["”’)]?$/.test(t)) {
      out.push({ kind: "boilerplate", text: t });
      continue;
    }
    if (PAGE_FOOTER.test(t)) {
      out.push({ kind: "boilerplate", text: t });
      continue;
    }
    const plain = stripInlineMarkdown(markdown ? stripBlockMarkdown(t) : t, []);
    if (BYLINE.test(plain)) {
      out.push({ kind: "byline", text: BYLINE.exec(plain)![1]! });
      continue;
    }
    if (!markdown && isAllCaps(plain) && wordCount(plain) <= 14 && !/[.,;]$/.test(plain)) {
      out.push({ kind: "heading", text: plain, level: wordCount(plain) >= 4 ? 1 : 2 });
      continue;
    }
    out.push({ kind: "text", text: t });
  }
  return out;
}

const REFERENCES_HEADING =
  /^(sources|references|bibliography|further reading|works cited|notes)\s*(\d*)$/i;

/** A plain-text line that reads as a heading: short, no closing punctuation, capitalised. */
function looksLikePlainHeading(t: string): boolean {
  return (
    wordCount(t) <= 6 &&
    t.length <= 50 &&
    !/[.,;:!?"”’)]$/.test(t) &&
    /^[\p{Lu}\d]/u.test(t) &&
    !MARKER.test(t)
  );
}

/**
 * Plain text with no Markup: headings are short capitalised lines between longer ones. Only used on
 * text that is not hard-wrapped, where short lines are otherwise rare.
 */
export function detectPlainHeadings(lines: ClassifiedLine[]): void {
  let inReferences = false;
  const texts = lines.filter((l) => l.kind === "text");
  if (texts.length < 4) return;
  const prev = previousNonBlank(lines);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== "text") {
      if (l.kind === "blank" && inReferences) inReferences = false;
      continue;
    }
    if (inReferences) continue;
    if (lines[prev[i]!]?.kind === "byline") continue; // a role line ("Diplomatic correspondent")
    if (!looksLikePlainHeading(l.text)) continue;
    let next: ClassifiedLine | undefined;
    for (let j = i + 1; j < lines.length && !next; j++)
      if (lines[j]!.kind === "text") next = lines[j];
    if (!next || !looksLikePlainHeading(l.text)) continue;
    if (looksLikePlainHeading(next.text) && !REFERENCES_HEADING.test(l.text)) continue;
    lines[i] = { kind: "heading", text: l.text, level: 2 };
    inReferences = REFERENCES_HEADING.test(l.text);
  }
}

function isItemStart(l: ClassifiedLine, markdown: boolean): boolean {
  return l.kind === "heading" && l.text !== "" && (l.level ?? 9) <= (markdown ? 2 : 1);
}

/**
 * Kickers and section labels ("WORLD", "OPINION EXCLUSIVE", "*ANALYSIS*"): short all-caps lines
 * right before a headline, or between a headline's byline and its text. A news-page cue only.
 */
export function markLabels(lines: ClassifiedLine[], markdown: boolean): void {
  const nextNonBlank = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) {
      const x = lines[j]!;
      if (x.kind !== "blank" && x.kind !== "boilerplate") return x;
    }
    return undefined;
  };
  const prev = previousNonBlank(lines);
  let inHeader = false;
  lines.forEach((l, i) => {
    if (isItemStart(l, markdown)) {
      inHeader = true;
      return;
    }
    const visible =
      l.kind === "text" && markdown ? l.text.replace(/^([*_]{1,2})(.+)\1$/, "$2") : l.text;
    const short =
      isAllCaps(visible) &&
      wordCount(visible) <= 3 &&
      (l.kind === "heading" || visible !== l.text || !markdown);
    if ((l.kind === "heading" || l.kind === "text") && short) {
      const next = nextNonBlank(i);
      if ((next && isItemStart(next, markdown)) || inHeader) {
        lines[i] = { kind: "label", text: visible };
        return;
      }
    }
    // A role line under a byline ("Staff writer") still belongs to the header.
    const before = lines[prev[i]!];
    if (l.kind === "text" && !(before?.kind === "byline" && wordCount(l.text) <= 6))
      inHeader = false;
  });
}

function emptyItem(): LayoutItem {
  return { truncated: false, pageRefs: [], links: [], body: [], headings: [] };
}

/** Groups classified lines into items (several on an e-paper page, otherwise one). */
export function groupItems(lines: ClassifiedLine[], markdown: boolean): Layout {
  const headings = lines.filter((l) => l.kind === "heading" && l.text !== "");
  const itemStarts = headings.filter((l) => isItemStart(l, markdown));
  const markerCount = lines.filter((l) => l.kind === "marker").length;
  const bylines = lines.filter((l) => l.kind === "byline").length;
  const multiItem = itemStarts.length >= 2 && (markerCount >= 1 || bylines >= 1);

  const items: LayoutItem[] = [];
  let item = emptyItem();
  let inHeader = true;
  let lastKind: LineKind = "blank";
  let pendingLabel: string | undefined;
  // The item's last significant line: when it is a forward page-jump marker, the item runs on.
  let lastLine: ClassifiedLine | undefined;
  const flush = () => {
    if (lastLine?.kind === "marker" && lastLine.forward && item.body.length) {
      item.truncated = true;
      item.continuedOn = lastLine.page;
      const at = item.pageRefs.lastIndexOf(lastLine.page ?? "");
      if (at >= 0) item.pageRefs.splice(at, 1);
    }
    lastLine = undefined;
    while (item.body.length && item.body[item.body.length - 1] === "") item.body.pop();
    // A headline with no text under it (a masthead) is not a document.
    if (item.body.length) items.push(item);
  };
  const firstHeadingIsTitle =
    !multiItem && lines.find((l) => l.kind !== "blank")?.kind === "heading" && headings.length >= 1;
  let seenFirst = false;
  for (const l of lines) {
    if (l.kind === "blank" || l.kind === "rule" || l.kind === "boilerplate") {
      if (l.kind === "blank" && item.body.length && item.body[item.body.length - 1] !== "") {
        item.body.push("");
      }
      continue;
    }
    if (l.kind !== "label" && !(multiItem && isItemStart(l, markdown))) lastLine = l;
    const wasFirst = !seenFirst;
    seenFirst = true;
    if (l.kind === "heading") {
      if (l.text === "") continue; // an empty heading is layout debris
      const startsItem = multiItem && (l.level ?? 9) <= (markdown ? 2 : 1);
      if (startsItem) {
        flush();
        item = emptyItem();
        item.title = l.text;
        if (pendingLabel) item.section = pendingLabel;
        pendingLabel = undefined;
        inHeader = true;
      } else if (wasFirst && firstHeadingIsTitle) {
        item.title = l.text;
      } else {
        if (item.body.length && item.body[item.body.length - 1] !== "") item.body.push("");
        item.headings.push({ line: item.body.length, level: l.level ?? 2 });
        item.body.push(l.text);
        item.body.push("");
        inHeader = false;
      }
    } else if (l.kind === "label") {
      const next = lines
        .slice(lines.indexOf(l) + 1)
        .find((x) => x.kind !== "blank" && x.kind !== "boilerplate");
      if (multiItem && next && isItemStart(next, markdown)) pendingLabel = l.text;
      else if (multiItem || markdown) item.section = l.text;
    } else if (l.kind === "marker") {
      if (l.page) item.pageRefs.push(l.page);
    } else if (l.kind === "byline" && inHeader) {
      item.author = l.text;
    } else if (
      inHeader &&
      item.author &&
      !item.role &&
      lastKind === "byline" &&
      wordCount(l.text) <= 6 &&
      !/[.!?]$/.test(l.text)
    ) {
      item.role = stripInlineMarkdown(l.text, []);
    } else {
      const visible = markdown
        ? stripInlineMarkdown(stripBlockMarkdown(l.text), item.links)
        : l.text;
      if (visible.trim()) item.body.push(visible.trim());
      inHeader = false;
    }
    lastKind = l.kind;
  }
  flush();
  return { multiItem, items, headingCount: headings.length, markerCount };
}
