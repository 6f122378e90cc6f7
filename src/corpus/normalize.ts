/**
 * Text normalisation. Offsets everywhere refer to the text this returns, which is what the store
 * keeps; the original bytes survive only as their hash.
 */
export interface NormalizeOptions {
  /**
   * Join hard-wrapped lines (OCR'd or e-mailed text) into running paragraphs. "auto" (default)
   * decides from the text's shape; `true`/`false` force it.
   */
  unwrap?: "auto" | boolean;
}

const SENTENCE_END = /[.!?:;"'”’)\]]$/;

/** NFC, LF line endings, no BOM, no trailing spaces, at most one blank line in a row. */
export function basicNormalize(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\t\f\v\u00A0]/g, " ")
    .replace(/[ ]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * A text is hard-wrapped when its lines stop at a fixed width before the sentence does: most lines
 * that run on into the next one fill the width (a short run-on line is a heading or a list entry).
 * The width is the 90th percentile of line lengths; prose written one paragraph per line has a
 * width far beyond any wrapping column.
 */
export function isHardWrapped(text: string): boolean {
  const lines = text.split("\n");
  const lengths = lines.filter((l) => l.trim() !== "").map((l) => l.length);
  if (lengths.length < 6) return false;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width > 130) return false;
  let runOnFull = 0;
  let candidates = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || lines[i + 1]!.trim() === "") continue;
    candidates++;
    if (!SENTENCE_END.test(line) && line.length >= width * 0.6) runOnFull++;
  }
  return candidates >= 5 && runOnFull / candidates > 0.5;
}

/**
 * The evidence for de-hyphenation: does the document elsewhere spell a word (lower case) as given?
 * Only the few words broken across lines are ever asked about, so the lower-cased text is searched
 * directly rather than indexed.
 */
export interface Vocabulary {
  has(word: string): boolean;
}

export function vocabularyOf(text: string): Vocabulary {
  const lower = text.toLowerCase();
  const cache = new Map<string, boolean>();
  const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}-]/u.test(ch);
  return {
    has(word: string): boolean {
      let known = cache.get(word);
      if (known !== undefined) return known;
      known = false;
      for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
        if (!isLetter(lower[at - 1]) && !isLetter(lower[at + word.length])) {
          known = true;
          break;
        }
      }
      cache.set(word, known);
      return known;
    },
  };
}

/**
 * Joins the wrapped lines of one paragraph. A line-final hyphen between lower-case letters is an
 * OCR break when the document elsewhere spells the word without it (or never spells it with it);
 * otherwise the hyphen belongs to the word ("life-sustaining").
 */
export function unwrapParagraph(para: string, vocabulary: Vocabulary): string {
  let out = para;
  if (out.includes("-\n")) {
    out = out.replace(/([\p{Ll}]+)-\n([\p{Ll}]+)/gu, (_m, left: string, right: string) => {
      const joined = `${left}${right}`.toLowerCase();
      const hyphenated = `${left}-${right}`.toLowerCase();
      return vocabulary.has(joined) || !vocabulary.has(hyphenated)
        ? left + right
        : `${left}-${right}`;
    });
  }
  return out.split("\n").join(" ").replace(/ {2,}/g, " ");
}

export function unwrapLines(text: string): string {
  const vocabulary = vocabularyOf(text);
  return text
    .split(/\n{2,}/)
    .map((p) => unwrapParagraph(p, vocabulary))
    .join("\n\n");
}

export function normalizeText(raw: string, options: NormalizeOptions = {}): string {
  const text = basicNormalize(raw);
  const unwrap = options.unwrap ?? "auto";
  if (unwrap === true || (unwrap === "auto" && isHardWrapped(text))) return unwrapLines(text);
  return text;
}
