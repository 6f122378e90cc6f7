import { Parser } from "htmlparser2";

/**
 * HTML reduced to Markdown-like text (headings as `#` lines, blocks as paragraphs) so one layout
 * analyser serves every format. Scripts, styles, navigation, forms and embedded objects are
 * dropped; attributes are never read except a link's href, and only http(s)/mailto hrefs survive,
 * so event handlers and `javascript:` URLs cannot reach the stored text.
 */
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "svg",
  "iframe",
  "object",
  "embed",
  "canvas",
  "button",
  "select",
  "textarea",
  "head",
  "menu",
]);
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "li",
  "ul",
  "ol",
  "br",
  "tr",
  "table",
  "blockquote",
  "pre",
  "figure",
  "figcaption",
  "dd",
  "dt",
  "dl",
  "hr",
  "address",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const SAFE_HREF = /^(https?:|mailto:)/i;

export interface HtmlText {
  /** Markdown-like text of the main content. */
  text: string;
  /** Contents of <title>, if any. */
  title?: string;
  links: Array<{ text: string; href: string }>;
}

export function htmlToText(html: string): HtmlText {
  // When the page marks its main content, only that is kept; otherwise the whole body minus chrome.
  const hasMain = /<(main|article)[\s>]/i.test(html);
  const out: string[] = [];
  const links: HtmlText["links"] = [];
  let title = "";
  let inTitle = false;
  let skipDepth = 0;
  let mainDepth = 0;
  let line = "";
  let linkHref: string | null = null;
  let linkText = "";
  const stack: string[] = [];
  const endLine = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) out.push(t);
    line = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (name === "title") inTitle = true;
        if (SKIP.has(name) && name !== "head") skipDepth++;
        if (name === "head") skipDepth++;
        if (name === "main" || name === "article") mainDepth++;
        if (BLOCK.has(name)) endLine();
        if (/^h[1-6]$/.test(name)) line = `${"#".repeat(Number(name[1]))} `;
        if (name === "a") {
          linkHref = attrs.href && SAFE_HREF.test(attrs.href.trim()) ? attrs.href.trim() : null;
          linkText = "";
        }
        if (name === "li") line = "";
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth > 0 || (hasMain && mainDepth === 0)) return;
        line += data;
        if (linkHref !== null) linkText += data;
      },
      onclosetag(name) {
        stack.pop();
        if (name === "title") inTitle = false;
        if (SKIP.has(name) || name === "head") skipDepth = Math.max(0, skipDepth - 1);
        if (name === "a") {
          if (linkHref && linkText.trim()) links.push({ text: linkText.trim(), href: linkHref });
          linkHref = null;
        }
        if (BLOCK.has(name)) {
          endLine();
          out.push("");
        }
        if (name === "main" || name === "article") mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  const text = out
    .join("\n")
    .replace(/^#{1,6}\s*$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const result: HtmlText = { text, links };
  const t = title.replace(/\s+/g, " ").trim();
  if (t) result.title = t;
  return result;
}
