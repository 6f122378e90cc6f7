/**
 * Paragraphs: the spans given in `AnalyzeOptions.paragraphs` (the store's paragraph passages),
 * else runs of text between blank lines. Each sentence belongs to the paragraph holding its start,
 * so LTA responses and similar units can be built from whole paragraphs.
 */
import type { Component, DocState } from "../pipeline.ts";
import type { Paragraph, Span } from "../types.ts";

function blankLineSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function run(doc: DocState): void {
  const spans = [...(doc.options.paragraphs ?? blankLineSpans(doc.text))].sort(
    (a, b) => a.start - b.start,
  );
  const out: Paragraph[] = [];
  let s = 0;
  const sentences = doc.sentences;
  for (const span of spans) {
    while (s < sentences.length && sentences[s]!.start < span.start) s++;
    const first = s;
    while (s < sentences.length && sentences[s]!.start < span.end) s++;
    if (s === first && span.end - span.start === 0) continue;
    out.push({
      index: out.length,
      start: span.start,
      end: span.end,
      sentenceStart: first,
      sentenceEnd: s,
    });
  }
  doc.paragraphs = out;
}

export const paragraphs: Component = {
  name: "paragraphs",
  requires: ["sentences"],
  assigns: ["paragraphs"],
  run,
};
