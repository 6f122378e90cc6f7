import { StatecraftError } from "../core/errors.ts";

/** Text layer of a PDF, pages separated by blank lines. Scanned PDFs without text are refused. */
export async function pdfToText(bytes: Uint8Array, path: string): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const result = await extractText(pdf, { mergePages: false });
    pages = result.text as string[];
  } catch (e) {
    throw new StatecraftError("SC_INGEST_PDF", `cannot read PDF: ${(e as Error).message}`, {
      file: path,
      hint: "check that the file is a valid, unencrypted PDF",
      cause: e,
    });
  }
  const text = pages
    .map((p) => p.trim())
    .join("\n\n")
    .trim();
  if (text.replace(/\s/g, "").length < 20) {
    throw new StatecraftError("SC_INGEST_PDF_NO_TEXT", "PDF has no text layer (scanned image?)", {
      file: path,
      hint: "run OCR first (e.g. ocrmypdf) and ingest the result",
    });
  }
  return text;
}
