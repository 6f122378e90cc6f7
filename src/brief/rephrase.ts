/**
 * Optional abstractive mode: an OpenAI-compatible chat endpoint chosen by the user rephrases each
 * quotation. Every rephrasing goes through the verifier (lexical support by the cited passages,
 * neutral wording); one that fails, or an endpoint that fails, leaves the quotation in place.
 */
import { StatecraftError } from "../core/errors.ts";
import type { Corpus } from "../corpus/index.ts";
import type { Doctrine } from "../doctrine/index.ts";
import type { Briefing, RephrasedSentence, Sentence } from "./types.ts";
import { Verifier } from "./verify.ts";

export interface Rephraser {
  /** Model name, recorded on each rephrased sentence. */
  model: string;
  rephrase(text: string): Promise<string>;
}

export interface OpenAiOptions {
  /** Base URL ("http://127.0.0.1:8080/v1") or the full chat-completions URL. */
  url: string;
  model: string;
  /** Sent as a bearer token when set. */
  apiKey?: string;
  /** Per-request timeout in milliseconds (default 30000). */
  timeoutMs?: number;
}

const INSTRUCTION =
  "Rewrite the sentence in plain, neutral English for an analyst's briefing. Use only the facts and words of the sentence; add nothing, keep every negation and number. Reply with the rewritten sentence only.";

export function openAiRephraser(o: OpenAiOptions): Rephraser {
  const url = /\/chat\/completions\/?$/.test(o.url)
    ? o.url
    : `${o.url.replace(/\/+$/, "")}/chat/completions`;
  return {
    model: o.model,
    async rephrase(text) {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(o.apiKey && { authorization: `Bearer ${o.apiKey}` }),
        },
        body: JSON.stringify({
          model: o.model,
          temperature: 0,
          messages: [
            { role: "system", content: INSTRUCTION },
            { role: "user", content: text },
          ],
        }),
        signal: AbortSignal.timeout(o.timeoutMs ?? 30_000),
      });
      if (!res.ok) {
        throw new StatecraftError("SC_BRIEF_LLM", `the model endpoint answered ${res.status}`, {
          hint: url,
        });
      }
      const body = (await res.json()) as { choices?: Array<{ message?: { content?: string } }> };
      const out = body.choices?.[0]?.message?.content;
      if (typeof out !== "string")
        throw new StatecraftError("SC_BRIEF_LLM", "the model endpoint sent no message", {
          hint: url,
        });
      return out.trim().replace(/^["“]|["”]$/g, "");
    },
  };
}

/** Rephrases every quotation of the page; refusals are added to `refused`. */
export async function rephraseBriefing(
  b: Briefing,
  corpus: Corpus,
  r: Rephraser,
  doctrine?: Doctrine,
): Promise<Briefing> {
  const v = new Verifier(corpus, b.leader, b.citations, { doctrine });
  const refused = [...b.refused];
  let broken: string | undefined;
  const sections = [];
  for (const sec of b.sections) {
    const blocks = [];
    for (const blk of sec.blocks) {
      const sentences: Sentence[] = [];
      for (const s of blk.sentences) {
        if (s.kind !== "extracted" || broken) {
          sentences.push(s);
          continue;
        }
        let text: string;
        try {
          text = await r.rephrase(s.text);
        } catch (e) {
          broken = (e as Error).message;
          refused.push({ section: sec.id, text: s.text, reason: `rephrasing stopped: ${broken}` });
          sentences.push(s);
          continue;
        }
        const cand: RephrasedSentence = {
          kind: "rephrased",
          text,
          cites: s.cites,
          source: s.source,
          attribution: s.attribution,
          extractive: s.text,
          model: r.model,
        };
        const err = v.checkSentence(cand);
        if (err) {
          refused.push({ section: sec.id, text, reason: `${err}; kept the quotation` });
          sentences.push(s);
        } else sentences.push(cand);
      }
      blocks.push({ ...blk, sentences });
    }
    sections.push({ ...sec, blocks });
  }
  return { ...b, sections, refused };
}
