/**
 * One document: metadata, then the text with each sentence as a passage that can be linked
 * (`#passage-ID`) and is highlighted when it is the link's target. Text is rendered as text.
 */
import { useEffect } from "preact/hooks";
import { get } from "../api.ts";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useLoad } from "../hooks.ts";
import { useLocation } from "../router.ts";
import type { DocumentFull, Passage } from "../types.ts";
import { DocumentEvents } from "./doc-events.tsx";

/** The document text cut into the text between passages and the passages themselves. */
function pieces(text: string, passages: Passage[]): Array<{ gap: string; p?: Passage }> {
  const out: Array<{ gap: string; p?: Passage }> = [];
  let at = 0;
  for (const p of passages) {
    if (p.start < at) continue;
    out.push({ gap: text.slice(at, p.start), p });
    at = p.end;
  }
  out.push({ gap: text.slice(at) });
  return out;
}

export function DocumentPage({ id }: { id: string }) {
  const loc = useLocation();
  const doc = useLoad<DocumentFull>(id, (signal) =>
    get(`/api/documents/${encodeURIComponent(id)}`, {}, signal),
  );
  const target = loc.hash.startsWith("passage-") ? loc.hash.slice("passage-".length) : "";

  useEffect(() => {
    if (!doc.data || !target) return;
    const el = document.getElementById(`passage-${target}`);
    if (el) {
      el.scrollIntoView({ block: "center" });
      el.focus({ preventScroll: true });
    }
  }, [doc.data, target]);

  const d = doc.data;
  return (
    <section aria-labelledby="doc-h">
      <p>
        <a href="/corpus">← Corpus</a>
      </p>
      <Loading show={doc.slow} what="Loading the document" />
      <ErrorBox error={doc.error} />
      {d && (
        <article>
          <h1 id="doc-h">{d.title ?? d.id}</h1>
          <dl class="docmeta">
            <dt>Speaker</dt>
            <dd>{d.speaker ?? "unknown"}</dd>
            <dt>Country</dt>
            <dd>{d.country ?? "–"}</dd>
            <dt>Date</dt>
            <dd>{d.date ?? "undated"}</dd>
            <dt>Source</dt>
            <dd>{d.source ?? "–"}</dd>
            <dt>Id</dt>
            <dd>
              <code>{d.id}</code> (version {d.version}, {d.words.toLocaleString("en")} words)
            </dd>
          </dl>
          {target && !d.passages.some((p) => p.id === target) && (
            <p class="error" role="alert">
              Passage {target} is not in this version of the document.
            </p>
          )}
          {d.text.length === 0 ? (
            <Empty>This document has no text.</Empty>
          ) : (
            <div class="doctext">
              {pieces(d.text, d.passages).map(({ gap, p }, i) => (
                <span key={i}>
                  {gap}
                  {p && (
                    <a
                      id={`passage-${p.id}`}
                      href={`#passage-${encodeURIComponent(p.id)}`}
                      class={`passage${p.id === target ? " target" : ""}`}
                      tabIndex={p.id === target ? 0 : -1}
                      title={`passage ${p.id} [${p.start}-${p.end}]`}
                    >
                      {d.text.slice(p.start, p.end)}
                    </a>
                  )}
                </span>
              ))}
            </div>
          )}
          <DocumentEvents doc={d.id} passages={d.passages} />
        </article>
      )}
    </section>
  );
}
