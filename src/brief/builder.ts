/**
 * The page under construction: citations, the sentences chosen so far (for redundancy control),
 * and the gate every sentence passes: a sentence that fails the verifier is refused, recorded and
 * left out of the page.
 */
import type { Corpus } from "../corpus/index.ts";
import type { Doctrine } from "../doctrine/index.ts";
import { CitationBook } from "./citations.ts";
import { attributionOf } from "./leader.ts";
import type { Candidate } from "./select.ts";
import { contentStems } from "./style.ts";
import { renderTemplate } from "./templates.ts";
import type { Briefing, ExtractedSentence, Sentence, TemplatedSentence } from "./types.ts";
import { Verifier } from "./verify.ts";

export class PageBuilder {
  readonly book: CitationBook;
  readonly verifier: Verifier;
  readonly refused: Briefing["refused"] = [];
  /** Stems of every sentence on the page (MMR's "already chosen"). */
  readonly chosen: Array<Set<string>> = [];
  /** Passage ids already quoted, so no sentence appears twice. */
  readonly used = new Set<string>();

  constructor(
    readonly corpus: Corpus,
    readonly leader: string | undefined,
    doctrine?: Doctrine,
  ) {
    this.book = new CitationBook(corpus);
    this.verifier = new Verifier(corpus, leader, [], { doctrine });
  }

  /** Passes a sentence through the verifier; undefined (and recorded) when it fails. */
  accept<S extends Sentence>(section: string, s: S): S | undefined {
    this.verifier.sync(this.book.list);
    const err = this.verifier.checkSentence(s);
    if (err) {
      this.refused.push({ section, text: s.text, reason: err });
      return undefined;
    }
    this.chosen.push(new Set(contentStems(s.text)));
    return s;
  }

  /** An extracted sentence from a candidate, citing its whole sentence passage. */
  extracted(
    section: string,
    c: Pick<Candidate, "passage" | "cleaned">,
  ): ExtractedSentence | undefined {
    if (this.used.has(c.passage.id)) return undefined;
    const doc = this.book.document(c.passage.docId);
    if (!doc) return undefined;
    const n = this.book.cite(c.passage.docId, c.passage.start, c.passage.end);
    const s = this.accept(section, {
      kind: "extracted",
      text: c.cleaned.text,
      cites: [n],
      source: c.cleaned.span,
      attribution: attributionOf(doc, this.leader),
    } satisfies ExtractedSentence);
    if (s) this.used.add(c.passage.id);
    return s;
  }

  /** A templated sentence citing the given spans (doc, start, end) and data citations. */
  templated(
    section: string,
    template: string,
    data: Record<string, unknown>,
    spans: Array<{ doc: string; start?: number; end?: number }>,
    dataCites: number[] = [],
  ): TemplatedSentence | undefined {
    const cites: number[] = [];
    for (const sp of spans) {
      if (sp.start === undefined || sp.end === undefined || !this.book.document(sp.doc)) continue;
      const n = this.book.cite(sp.doc, sp.start, sp.end);
      if (!cites.includes(n)) cites.push(n);
    }
    cites.push(...dataCites);
    let text: string;
    try {
      text = renderTemplate(template, data);
    } catch (e) {
      this.refused.push({ section, text: template, reason: (e as Error).message });
      return undefined;
    }
    return this.accept(section, { kind: "templated", text, cites, template, data });
  }
}
