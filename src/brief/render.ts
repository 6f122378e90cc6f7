/**
 * Markdown and HTML renderings of a briefing. Both show each quotation with its attribution and
 * in quotation marks, the tool's own sentences plainly, and every citation as a link to an anchor
 * `#passage-<passage id>` in the citation list (HTML also carries doc/start/end as data attributes).
 * The HTML page is self-contained (inline style, no script) and escapes all text.
 */
import type { Briefing, Citation, Sentence } from "./types.ts";

/** Anchor id of each citation: `passage-<first passage id>` (suffixed when two share a passage). */
export function citationAnchors(b: Briefing): Map<number, string> {
  const out = new Map<number, string>();
  const used = new Set<string>();
  for (const c of b.citations) {
    let id = c.kind === "passage" ? `passage-${c.passages[0] ?? c.doc}` : `data-${c.n}`;
    if (used.has(id)) id = `${id}-${c.n}`;
    used.add(id);
    out.set(c.n, id);
  }
  return out;
}

function sentenceBody(
  s: Sentence,
  showLabel: boolean,
): { label?: string; body: string; quoted: boolean } {
  if (s.kind === "extracted")
    return { ...(showLabel && { label: s.attribution.label }), body: s.text, quoted: true };
  if (s.kind === "rephrased")
    return {
      ...(showLabel && { label: `${s.attribution.label}, paraphrased` }),
      body: s.text,
      quoted: false,
    };
  return { body: s.text, quoted: false };
}

/** Runs over a block's sentences, telling which need their attribution label (a change of speaker). */
function labelled(sentences: Sentence[]): Array<[Sentence, boolean]> {
  let prev: string | undefined;
  return sentences.map((s) => {
    const label = s.kind === "templated" ? undefined : `${s.kind}:${s.attribution.label}`;
    const show = label !== undefined && label !== prev;
    prev = label;
    return [s, show];
  });
}

function sourceLine(b: Briefing, i: number): { title: string; rest: string } {
  const s = b.sources[i]!;
  const who =
    s.attribution === "own"
      ? "the leader's own words"
      : s.attribution === "reported"
        ? "reporting on the leader"
        : "document";
  const parts = [s.date ?? "undated", who, `document ${s.doc}`];
  if (s.source) parts.push(s.source);
  return { title: s.title, rest: parts.join("; ") };
}

function citationWhere(c: Citation): string {
  return c.kind === "passage"
    ? `${c.doc}, characters ${c.start}–${c.end}`
    : `${c.file} (${c.field}), sha256 ${c.sha256.slice(0, 12)}`;
}

// ---------------------------------------------------------------- markdown

function mdEscape(t: string): string {
  return t.replace(/([\\`*_[\]<>])/g, "\\$1");
}

function mdSentences(sentences: Sentence[], anchors: Map<number, string>): string {
  return labelled(sentences)
    .map(([s, show]) => {
      const { label, body, quoted } = sentenceBody(s, show);
      const marks = s.cites.map((n) => `[\\[${n}\\]](#${anchors.get(n)})`).join("");
      const text = quoted ? `“${mdEscape(body)}”` : mdEscape(body);
      return `${label ? `${mdEscape(label)}: ` : ""}${text} ${marks}`;
    })
    .join(" ");
}

export function renderMarkdown(b: Briefing): string {
  const anchors = citationAnchors(b);
  const out: string[] = [`# ${mdEscape(b.title)}`, ""];
  for (const sec of b.sections) {
    out.push(`## ${sec.title}`, "");
    for (const blk of sec.blocks) {
      const body = mdSentences(blk.sentences, anchors);
      if (blk.kind === "bullet")
        out.push(`- ${blk.heading ? `**${mdEscape(blk.heading)}.** ` : ""}${body}`);
      else if (blk.kind === "qa") out.push(`### ${mdEscape(blk.heading ?? "")}`, "", body, "");
      else out.push(body, "");
    }
    if (sec.blocks.some((x) => x.kind === "bullet")) out.push("");
    for (const n of sec.notes ?? []) out.push(`> Note: ${mdEscape(n)}`, "");
  }
  out.push(`## Sources (${b.sources.length})`, "");
  b.sources.forEach((_, i) => {
    const { title, rest } = sourceLine(b, i);
    const url = b.sources[i]!.url;
    out.push(
      `${i + 1}. ${url ? `[${mdEscape(title)}](${url})` : `**${mdEscape(title)}**`}: ${mdEscape(rest)}`,
    );
  });
  out.push("", `*${b.sourcesNote}*`, "", "## Citations", "");
  for (const c of b.citations) {
    const quote = c.kind === "passage" ? ` “${mdEscape(c.quote.replace(/\s+/g, " ").trim())}”` : "";
    out.push(`- <a id="${anchors.get(c.n)}"></a>[${c.n}] ${mdEscape(citationWhere(c))}:${quote}`);
  }
  if (b.refused.length) {
    out.push(
      "",
      `*${b.refused.length} sentence(s) failed verification and were left out (listed in the JSON output).*`,
    );
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

// ---------------------------------------------------------------- html

export function escapeHtml(t: string): string {
  return t.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function htmlSentences(b: Briefing, sentences: Sentence[], anchors: Map<number, string>): string {
  const byN = new Map(b.citations.map((c) => [c.n, c]));
  return labelled(sentences)
    .map(([s, show]) => {
      const { label, body, quoted } = sentenceBody(s, show);
      const marks = s.cites
        .map((n) => {
          const c = byN.get(n);
          const data =
            c?.kind === "passage"
              ? ` data-doc="${escapeHtml(c.doc)}" data-start="${c.start}" data-end="${c.end}" data-passages="${escapeHtml(c.passages.join(" "))}"`
              : c
                ? ` data-file="${escapeHtml(c.file)}" data-field="${escapeHtml(c.field)}"`
                : "";
          return `<a class="cite" href="#${escapeHtml(anchors.get(n) ?? "")}"${data}>[${n}]</a>`;
        })
        .join("");
      const text = quoted ? `<q>${escapeHtml(body)}</q>` : escapeHtml(body);
      const lab = label ? `<span class="attr">${escapeHtml(label)}:</span> ` : "";
      return `<span class="s ${s.kind}" data-kind="${s.kind}">${lab}${text}<sup>${marks}</sup></span>`;
    })
    .join(" ");
}

const CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem}
q{quotes:"\\201C" "\\201D"}.attr{color:#555;font-size:.9em}.cite{text-decoration:none;font-size:.75em;margin-left:1px}
.note{color:#666;font-style:italic}.citations{font-size:.85em;color:#444}.citations li:target{background:#ffd}`;

export function renderHtml(b: Briefing): string {
  const anchors = citationAnchors(b);
  const h: string[] = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(b.title)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(b.title)}</h1>`,
  ];
  for (const sec of b.sections) {
    h.push(`<section id="${sec.id}"><h2>${escapeHtml(sec.title)}</h2>`);
    const bullets = sec.blocks.filter((x) => x.kind === "bullet");
    if (bullets.length) h.push("<ul>");
    for (const blk of sec.blocks) {
      const body = htmlSentences(b, blk.sentences, anchors);
      if (blk.kind === "bullet")
        h.push(
          `<li>${blk.heading ? `<strong>${escapeHtml(blk.heading)}.</strong> ` : ""}${body}</li>`,
        );
      else if (blk.kind === "qa")
        h.push(`<h3>${escapeHtml(blk.heading ?? "")}</h3>`, `<p>${body}</p>`);
      else h.push(`<p>${body}</p>`);
    }
    if (bullets.length) h.push("</ul>");
    for (const n of sec.notes ?? []) h.push(`<p class="note">Note: ${escapeHtml(n)}</p>`);
    h.push("</section>");
  }
  h.push(`<section id="sources"><h2>Sources (${b.sources.length})</h2><ol>`);
  b.sources.forEach((s, i) => {
    const { title, rest } = sourceLine(b, i);
    const t = s.url
      ? `<a href="${escapeHtml(s.url)}">${escapeHtml(title)}</a>`
      : `<strong>${escapeHtml(title)}</strong>`;
    h.push(`<li>${t}: ${escapeHtml(rest)}</li>`);
  });
  h.push(`</ol><p class="note">${escapeHtml(b.sourcesNote)}</p></section>`);
  h.push('<section id="citations"><h2>Citations</h2><ol class="citations">');
  for (const c of b.citations) {
    const quote =
      c.kind === "passage" ? ` <q>${escapeHtml(c.quote.replace(/\s+/g, " ").trim())}</q>` : "";
    h.push(
      `<li id="${escapeHtml(anchors.get(c.n)!)}" value="${c.n}">${escapeHtml(citationWhere(c))}:${quote}</li>`,
    );
  }
  h.push("</ol></section>");
  if (b.refused.length)
    h.push(
      `<p class="note">${b.refused.length} sentence(s) failed verification and were left out (listed in the JSON output).</p>`,
    );
  h.push("</body></html>");
  return `${h.join("\n")}\n`;
}

export function renderJson(b: Briefing): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}
