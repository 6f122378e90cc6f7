/**
 * The verifier: every citation resolves to the stored text (or to an unchanged data file), and
 * every sentence is supported by its citations: an extracted sentence is the cited span after its
 * recorded cleaning, a templated one renders again from its data (and, given the doctrine or fit
 * file, the data match them), a rephrased one passes the lexical support check. The tool's own
 * words (templates, rephrasings, headings, questions) must be free of loaded terms.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Corpus, DocumentRecord } from "../corpus/index.ts";
import type { Doctrine } from "../doctrine/index.ts";
import { REPO_ROOT, sha256File } from "./citations.ts";
import { spanText } from "./clean.ts";
import { attributionOf } from "./leader.ts";
import { loadedTerms } from "./style.ts";
import { unsupported } from "./support.ts";
import { renderTemplate } from "./templates.ts";
import type { Briefing, Citation, Sentence, SourceSpan } from "./types.ts";

export interface VerifyIssue {
  /** Where: "key_points[2].sentences[0]", "citations[4]". */
  where: string;
  text?: string;
  reason: string;
}

export interface VerifyReport {
  ok: boolean;
  sentences: number;
  verified: number;
  citations: { checked: number; verified: number };
  issues: VerifyIssue[];
}

export interface VerifyOptions {
  /** The doctrine the briefing used: templated doctrine figures are checked against it. */
  doctrine?: Doctrine;
}

/** Shared state for checking the sentences of one briefing. */
export class Verifier {
  private readonly docs = new Map<string, DocumentRecord | null>();
  private readonly citationErrors = new Map<number, string | null>();
  private readonly byN = new Map<number, Citation>();

  constructor(
    private readonly corpus: Corpus,
    private readonly leader: string | undefined,
    citations: Citation[],
    private readonly opts: VerifyOptions = {},
  ) {
    for (const c of citations) this.byN.set(c.n, c);
  }

  /** Re-reads the citation list (the generator adds citations as it goes). */
  sync(citations: Citation[]): void {
    for (const c of citations) this.byN.set(c.n, c);
  }

  private doc(id: string): DocumentRecord | undefined {
    if (!this.docs.has(id)) this.docs.set(id, this.corpus.document(id) ?? null);
    return this.docs.get(id) ?? undefined;
  }

  /** Null when the citation resolves, else the reason. */
  checkCitation(c: Citation): string | null {
    const cached = this.citationErrors.get(c.n);
    if (cached !== undefined) return cached;
    let err: string | null;
    try {
      err = this.citationProblem(c);
    } catch (e) {
      err = `malformed citation (${(e as Error).message})`;
    }
    this.citationErrors.set(c.n, err);
    return err;
  }

  private citationProblem(c: Citation): string | null {
    if (c.kind === "data") {
      const abs = resolve(REPO_ROOT, c.file);
      if (!existsSync(abs)) return `data file ${c.file} not found`;
      if (sha256File(abs) !== c.sha256)
        return `data file ${c.file} changed since the briefing was written`;
      return null;
    }
    const d = this.doc(c.doc);
    if (!d) return `document ${c.doc} is not in the store`;
    if (d.version !== c.docVersion)
      return `document ${c.doc} is at version ${d.version}, the citation is to version ${c.docVersion}`;
    if (d.text.slice(c.start, c.end) !== c.quote)
      return `the text of ${c.doc} at ${c.start}-${c.end} is not the quoted text`;
    if (c.passages.length === 0) return "no passage given";
    let covered = c.start;
    for (const id of c.passages) {
      const p = this.corpus.passage(id);
      if (!p || p.docId !== c.doc) return `passage ${id} is not a passage of ${c.doc}`;
      if (p.start > covered && d.text.slice(covered, p.start).trim() !== "")
        return `passages leave ${covered}-${p.start} uncovered`;
      covered = Math.max(covered, p.end);
    }
    if (covered < c.end) return `passages end at ${covered}, before ${c.end}`;
    return null;
  }

  private spanProblem(span: SourceSpan, text: string, cites: Citation[]): string | null {
    const d = this.doc(span.doc);
    if (!d) return `document ${span.doc} is not in the store`;
    if (d.version !== span.docVersion) return `document ${span.doc} changed (version ${d.version})`;
    if (spanText(d.text, span) !== text)
      return `the text is not found at ${span.doc} ${span.start}-${span.end}`;
    const inside = cites.some(
      (c) =>
        c.kind === "passage" && c.doc === span.doc && c.start <= span.start && span.end <= c.end,
    );
    if (!inside) return "the source span is not inside a cited passage";
    return null;
  }

  /** Null when the sentence is supported, else the reason. */
  checkSentence(s: Sentence): string | null {
    // A hand-edited file may lack fields; that is a failed check, not a crash.
    try {
      return this.sentenceProblem(s);
    } catch (e) {
      return `malformed sentence (${(e as Error).message})`;
    }
  }

  private sentenceProblem(s: Sentence): string | null {
    if (!s.cites.length) return "no citation";
    const cites: Citation[] = [];
    for (const n of s.cites) {
      const c = this.byN.get(n);
      if (!c) return `citation [${n}] does not exist`;
      const err = this.checkCitation(c);
      if (err) return `citation [${n}]: ${err}`;
      cites.push(c);
    }
    if (s.kind === "extracted" || s.kind === "rephrased") {
      const expected = s.kind === "extracted" ? s.text : s.extractive;
      const err = this.spanProblem(s.source, expected, cites);
      if (err) return err;
      const att = attributionOf(this.doc(s.source.doc)!, this.leader);
      if (att.type !== s.attribution.type || att.label !== s.attribution.label)
        return `attribution should be ${att.type} "${att.label}"`;
      if (s.kind === "rephrased") {
        const loaded = loadedTerms(s.text);
        if (loaded.length) return `loaded terms in a rephrasing: ${loaded.join(", ")}`;
        const quotes = cites.flatMap((c) => (c.kind === "passage" ? [c.quote] : []));
        const why = unsupported(s.text, s.extractive, quotes, this.leader ? [this.leader] : []);
        if (why) return `rephrasing not supported: ${why}`;
      }
      return null;
    }
    let rendered: string;
    try {
      rendered = renderTemplate(s.template, s.data);
    } catch (e) {
      return (e as Error).message;
    }
    if (rendered !== s.text) return `template ${s.template} renders "${rendered}"`;
    const loaded = loadedTerms(s.text);
    if (loaded.length) return `loaded terms in the tool's own words: ${loaded.join(", ")}`;
    return this.dataProblem(s.template, s.data, cites);
  }

  /** Templated figures against their sources, where the source is at hand. */
  private dataProblem(
    template: string,
    data: Record<string, unknown>,
    cites: Citation[],
  ): string | null {
    const d = this.opts.doctrine;
    if (d && typeof data.doctrine === "string" && data.doctrine !== d.id)
      return `data name doctrine ${data.doctrine}, the doctrine given is ${d.id}`;
    if (d && template === "stance") {
      const st = d.stances.find((x) => x.target === data.target);
      if (!st || st.alignment !== data.alignment || st.trust !== data.trust)
        return `the doctrine's stance toward ${String(data.target)} differs`;
    }
    if (d && template === "alignments") {
      for (const t of (data.targets as Array<{ code: string; alignment: number }>) ?? []) {
        if (d.stances.find((x) => x.target === t.code)?.alignment !== t.alignment)
          return `the doctrine's alignment toward ${t.code} differs`;
      }
    }
    if (d && template === "flexibility") {
      const rule = d.flexibility.find((r) => r.id === data.id);
      if (!rule || JSON.stringify(rule.when.conditions) !== JSON.stringify(data.conditions))
        return `the doctrine's flexibility rule ${String(data.id)} differs`;
    }
    if (d && template === "principles") {
      if (d.principles.length !== data.count) return "the doctrine's principle count differs";
      for (const p of (data.top as Array<{ id: string; weight: number }>) ?? []) {
        if (d.principles.find((x) => x.id === p.id)?.weight !== p.weight)
          return `the doctrine's weight of ${p.id} differs`;
      }
    }
    if (template === "backtest") {
      const c = cites.find((x) => x.kind === "data");
      if (c?.kind !== "data") return "a backtest figure needs its data citation";
      const fit = JSON.parse(readFileSync(resolve(REPO_ROOT, c.file), "utf8"));
      const m = fit.models?.[String(data.model)]?.loo;
      if (
        !m ||
        m.accuracy !== data.accuracy ||
        m.brier !== data.brier ||
        fit.cases?.count !== data.cases
      )
        return `the figures of ${String(data.model)} differ from ${c.file}`;
    }
    return null;
  }
}

/** Checks a whole briefing or answer. */
export function verifyBriefing(
  b: Briefing,
  corpus: Corpus,
  opts: VerifyOptions = {},
): VerifyReport {
  const v = new Verifier(corpus, b.leader, b.citations, opts);
  const issues: VerifyIssue[] = [];
  let verifiedCitations = 0;
  b.citations.forEach((c, i) => {
    const err = v.checkCitation(c);
    if (err) issues.push({ where: `citations[${i}]`, reason: err });
    else verifiedCitations++;
  });
  let count = 0;
  let verified = 0;
  for (const sec of b.sections) {
    sec.blocks.forEach((blk, bi) => {
      if (blk.heading) {
        const loaded = loadedTerms(blk.heading);
        if (loaded.length)
          issues.push({
            where: `${sec.id}[${bi}].heading`,
            text: blk.heading,
            reason: `loaded terms: ${loaded.join(", ")}`,
          });
      }
      blk.sentences.forEach((s, si) => {
        count++;
        const err = v.checkSentence(s);
        if (err)
          issues.push({ where: `${sec.id}[${bi}].sentences[${si}]`, text: s.text, reason: err });
        else verified++;
      });
    });
  }
  for (const t of [b.title]) {
    const loaded = loadedTerms(t);
    if (loaded.length)
      issues.push({ where: "title", text: t, reason: `loaded terms: ${loaded.join(", ")}` });
  }
  return {
    ok: issues.length === 0,
    sentences: count,
    verified,
    citations: { checked: b.citations.length, verified: verifiedCitations },
    issues,
  };
}
