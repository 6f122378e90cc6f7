import {
  classifyLines,
  detectPlainHeadings,
  groupItems,
  type LayoutItem,
  markLabels,
} from "./layout.ts";
import {
  basicNormalize,
  isHardWrapped,
  unwrapParagraph,
  type Vocabulary,
  vocabularyOf,
} from "./normalize.ts";
import type { DocumentMeta } from "./types.ts";

/** One document produced from a source file: a whole file, or one item of a multi-item page. */
export interface ParsedDocument {
  /** Appended to the file's key: "" for a single document, ":N" for the N-th item. */
  suffix: string;
  text: string;
  meta: DocumentMeta;
}

export interface SectionMeta {
  /** The heading as it stands in the text ("Sources5"). */
  title: string;
  /** The heading's name without a glued-on count ("Sources"). */
  name: string;
  level: number;
  /** Range of the section's heading line in the document text. */
  start: number;
  end: number;
  /** End of the section's content (start of the next section at the same or a higher level). */
  contentEnd: number;
}

export interface ParsePageOptions {
  /** Treat the text as Markdown (headings, links, emphasis). Default: detect ATX headings. */
  markdown?: boolean;
  /** Join hard-wrapped lines: "auto" (default), true or false. */
  unwrap?: "auto" | boolean;
}

const ATX = /^#{1,6}(\s|$)/m;
const SETEXT_UNDERLINE = /^\n(?:=+|-+)[ \t]*(?:\n|$)/;

/** Markdown is recognised by its headings: ATX ("## Title") or setext (a line underlined with = or -). */
function looksLikeMarkdown(text: string): boolean {
  if (ATX.test(text)) return true;
  // Line by line: a single regex over the whole text backtracks quadratically on long lines.
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    const c = text[i + 1];
    if ((c === "=" || c === "-") && SETEXT_UNDERLINE.test(text.slice(i, i + 200))) {
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      if (/\p{L}/u.test(text.slice(lineStart, i))) return true;
    }
  }
  return false;
}
const REFERENCES = /^(sources|references|bibliography|further reading|works cited|notes)\s*(\d*)$/i;

/**
 * Turns text (plain or Markdown-like) into documents: normalises it, reads its layout, splits a
 * multi-item page into items, and records titles, bylines, sections and references as metadata.
 */
export function parsePage(raw: string, options: ParsePageOptions = {}): ParsedDocument[] {
  const text = basicNormalize(raw);
  const markdown = options.markdown ?? looksLikeMarkdown(text);
  const wrapped =
    options.unwrap === "auto" || options.unwrap === undefined
      ? isHardWrapped(text)
      : options.unwrap;
  const lines = classifyLines(text.split("\n"), markdown);
  if (!markdown && !wrapped) detectPlainHeadings(lines);
  markLabels(lines, markdown);
  const layout = groupItems(lines, markdown);
  const vocabulary = wrapped ? vocabularyOf(text) : undefined;
  return layout.items.map((item, i) => {
    const { text: body, sections } = assemble(item, vocabulary);
    const meta: DocumentMeta = {};
    if (item.title) meta.title = item.title;
    if (item.author) meta.speaker = item.author;
    if (item.role) meta.post = item.role;
    if (item.section) meta.section = item.section;
    if (item.truncated) {
      meta.truncated = true;
      if (item.continuedOn) meta.continuedOn = item.continuedOn;
    }
    if (item.pageRefs.length) meta.pageRefs = item.pageRefs;
    if (item.links.length) meta.links = item.links;
    if (sections.length) meta.sections = sections;
    const refs = references(body, sections);
    if (refs) Object.assign(meta, refs);
    if (layout.multiItem) meta.item = { index: i + 1, of: layout.items.length };
    return { suffix: layout.multiItem ? `:${i + 1}` : "", text: body, meta };
  });
}

/** Joins an item's body into its final text, recording where each sub-heading lands. */
function assemble(
  item: LayoutItem,
  vocabulary: Vocabulary | undefined,
): { text: string; sections: SectionMeta[] } {
  const headingAt = new Map(item.headings.map((h) => [h.line, h.level]));
  const parts: string[] = [];
  const sections: SectionMeta[] = [];
  let block: string[] = [];
  let offset = 0;
  const emit = (s: string) => {
    if (parts.length) {
      parts.push("\n\n");
      offset += 2;
    }
    parts.push(s);
    offset += s.length;
  };
  const flushBlock = () => {
    if (!block.length) return;
    emit(vocabulary ? unwrapParagraph(block.join("\n"), vocabulary) : block.join("\n"));
    block = [];
  };
  item.body.forEach((line, i) => {
    const level = headingAt.get(i);
    if (level !== undefined) {
      flushBlock();
      emit(line);
      sections.push({
        title: line,
        name: sectionName(line),
        level,
        start: offset - line.length,
        end: offset,
        contentEnd: 0,
      });
    } else if (line === "") flushBlock();
    else block.push(line);
  });
  flushBlock();
  const text = parts.join("");
  sections.forEach((s, i) => {
    const next = sections.slice(i + 1).find((n) => n.level <= s.level);
    s.contentEnd = next ? next.start : text.length;
  });
  return { text, sections };
}

/** A references section ("Sources5", "References") yields its entries as metadata. */
function references(
  text: string,
  sections: SectionMeta[],
):
  | {
      references: Array<{ title: string; start: number; end: number }>;
      referencesNote?: string;
      referencesDeclared?: number;
    }
  | undefined {
  const sec = sections.find((s) => REFERENCES.test(s.title));
  if (!sec) return undefined;
  const declared = REFERENCES.exec(sec.title)?.[2];
  const refs: Array<{ title: string; start: number; end: number }> = [];
  let note: string | undefined;
  let pos = sec.end;
  for (const line of text.slice(sec.end, sec.contentEnd).split("\n")) {
    const start = text.indexOf(line, pos);
    pos = start + line.length;
    const t = line.trim();
    if (!t) continue;
    if (/^[*†‡]/.test(t)) note = t.replace(/^[*†‡]\s*/, "");
    else refs.push({ title: t, start, end: start + line.length });
  }
  const out: { references: typeof refs; referencesNote?: string; referencesDeclared?: number } = {
    references: refs,
  };
  if (note) out.referencesNote = note;
  if (declared) out.referencesDeclared = Number(declared);
  return out;
}

function sectionName(heading: string): string {
  const m = REFERENCES.exec(heading);
  return m ? m[1]! : heading;
}
