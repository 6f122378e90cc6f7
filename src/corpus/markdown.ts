/** Inline Markdown reduced to its visible text; links are kept aside as metadata. */
export interface LinkRef {
  text: string;
  href: string;
}

const SAFE_HREF = /^(https?:|mailto:|\/|#)/i;

/** Strips inline Markdown (links, images, emphasis, code) from one line, collecting safe links. */
export function stripInlineMarkdown(line: string, links: LinkRef[]): string {
  return line
    .replace(/!\[([^\]]*)\]\(([^)]*)\)/g, "")
    .replace(/\[([^\]]+)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_m, text: string, href: string) => {
      if (SAFE_HREF.test(href)) links.push({ text, href });
      return text;
    })
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, "$1$3")
    .replace(/`([^`]+)`/g, "$1");
}

/** ATX heading: level and text, or null. An empty heading ("##") has text "". */
export function parseAtxHeading(line: string): { level: number; text: string } | null {
  const m = /^(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line);
  if (!m) return null;
  return { level: m[1]!.length, text: (m[2] ?? "").trim() };
}

/** Block-level prefixes of a Markdown line (quote markers, list bullets) removed. */
export function stripBlockMarkdown(line: string): string {
  return line.replace(/^\s{0,3}>\s?/, "").replace(/^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, "");
}
