/** Corpus: search with filters, the document list, and ingest by drag-and-drop. */
import { useEffect, useState } from "preact/hooks";
import { get } from "../api.ts";
import { TextField } from "../components/fields.tsx";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useAsync, useLoad } from "../hooks.ts";
import { documentHref, navigate, useLocation } from "../router.ts";
import type { DocSummary, SearchHit } from "../types.ts";
import { Ingest } from "./ingest.tsx";

/** Splits a snippet into text and matched parts ([ ] marks a match); rendered as text, never markup. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/g);
  return (
    <span>
      {parts.map((p, i) =>
        p.startsWith("[") && p.endsWith("]") ? <mark key={i}>{p.slice(1, -1)}</mark> : p,
      )}
    </span>
  );
}

const FILTERS = ["speaker", "country", "from", "to", "collection"] as const;

export function CorpusPage() {
  const loc = useLocation();
  const initial = Object.fromEntries(["q", ...FILTERS].map((k) => [k, loc.query.get(k) ?? ""]));
  const [form, setForm] = useState<Record<string, string>>(initial);
  const set = (k: string) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const q = loc.query.get("q") ?? "";
  const filterKey = loc.query.toString();
  // Back and forward change the URL: the form follows it.
  useEffect(() => {
    const p = new URLSearchParams(filterKey);
    setForm(Object.fromEntries(["q", ...FILTERS].map((k) => [k, p.get(k) ?? ""])));
  }, [filterKey]);
  const search = useLoad<{ hits: SearchHit[] } | null>(filterKey, (signal) =>
    q
      ? get("/api/search", { ...Object.fromEntries(loc.query), limit: 30 }, signal)
      : Promise.resolve(null),
  );
  const docs = useLoad<{ documents: DocSummary[] }>(`docs:${filterKey}`, (signal) =>
    get(
      "/api/documents",
      Object.fromEntries(FILTERS.map((k) => [k, loc.query.get(k) ?? undefined])),
      signal,
    ),
  );
  const refresh = useAsync<{ documents: DocSummary[] }>();
  const list = refresh.data ?? docs.data;

  const submit = (e: Event) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v.trim()) p.set(k, v.trim());
    navigate(`/corpus?${p.toString()}`);
  };

  return (
    <section aria-labelledby="corpus-h">
      <h1 id="corpus-h">Corpus</h1>
      <form class="search" aria-label="Search the corpus" onSubmit={submit}>
        <TextField
          label="Search"
          name="q"
          type="search"
          value={form.q ?? ""}
          onInput={set("q")}
          placeholder='e.g. "heroic flexibility" or sanctions'
        />
        <div class="row">
          <TextField
            label="Speaker"
            name="speaker"
            value={form.speaker ?? ""}
            onInput={set("speaker")}
          />
          <TextField
            label="Country (ISO3)"
            name="country"
            value={form.country ?? ""}
            onInput={set("country")}
            maxLength={3}
            size={4}
          />
          <TextField
            label="From"
            name="from"
            value={form.from ?? ""}
            onInput={set("from")}
            placeholder="YYYY"
            size={10}
          />
          <TextField
            label="To"
            name="to"
            value={form.to ?? ""}
            onInput={set("to")}
            placeholder="YYYY"
            size={10}
          />
          <TextField
            label="Collection"
            name="collection"
            value={form.collection ?? ""}
            onInput={set("collection")}
            size={10}
          />
        </div>
        <button type="submit">Search</button>
      </form>

      <Loading show={search.slow} what="Searching" />
      <ErrorBox error={search.error} />
      {q && search.data && (
        <div aria-live="polite">
          <h2>
            {search.data.hits.length} passage{search.data.hits.length === 1 ? "" : "s"} for “{q}”
          </h2>
          {search.data.hits.length === 0 ? (
            <Empty>No passage matches. Try fewer words, or remove a filter.</Empty>
          ) : (
            <ol class="hits">
              {search.data.hits.map((h) => (
                <li key={h.passage.id}>
                  <a href={documentHref(h.doc.id, h.passage.id)} class="hit-link">
                    <Snippet text={h.snippet} />
                  </a>
                  <div class="meta">
                    {h.doc.title ?? h.doc.id} · {h.doc.speaker ?? "unknown speaker"} ·{" "}
                    {h.doc.date ?? "undated"}
                    {h.doc.country ? ` · ${h.doc.country}` : ""}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}

      <Ingest onDone={() => refresh.run((s) => get("/api/documents", {}, s))} />

      <h2>Documents</h2>
      <Loading show={docs.slow} what="Loading documents" />
      <ErrorBox error={docs.error} />
      {list && list.documents.length === 0 && (
        <Empty>
          The corpus has no documents yet. Drop files above, or run `statecraft ingest PATH`.
        </Empty>
      )}
      {list && list.documents.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">Documents in the corpus</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Speaker</th>
                <th scope="col">Country</th>
                <th scope="col">Date</th>
                <th scope="col">Words</th>
              </tr>
            </thead>
            <tbody>
              {list.documents.slice(0, 500).map((d) => (
                <tr key={d.id}>
                  <td>
                    <a href={documentHref(d.id)}>{d.title ?? d.id}</a>
                  </td>
                  <td>{d.speaker ?? "–"}</td>
                  <td>{d.country ?? "–"}</td>
                  <td>{d.date ?? "–"}</td>
                  <td class="num">{d.words.toLocaleString("en")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.documents.length > 500 && (
            <p class="muted">First 500 of {list.documents.length}; filter to narrow.</p>
          )}
        </div>
      )}
    </section>
  );
}
