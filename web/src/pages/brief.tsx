/** Briefing: a cited briefing on a leader, each citation a link into the corpus; export md/html. */
import { useState } from "preact/hooks";
import { post } from "../api.ts";
import { DoctrineSelect } from "../components/doctrine-select.tsx";
import { TextField } from "../components/fields.tsx";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useAsync } from "../hooks.ts";
import { documentHref } from "../router.ts";
import type { BriefCitation, BriefingResult, BriefSentence } from "../types.ts";

function citeHref(c: BriefCitation | undefined): string | undefined {
  if (c?.kind !== "passage" || !c.doc) return undefined;
  return documentHref(c.doc, c.passages?.[0] ?? null);
}

function Sentences({
  sentences,
  cites,
}: {
  sentences: BriefSentence[];
  cites: Map<number, BriefCitation>;
}) {
  return (
    <>
      {sentences.map((s, i) => (
        <span key={i} class={`s-${s.kind}`}>
          {s.kind === "templated" ? s.text : <q>{s.text}</q>}
          {s.attribution && s.kind !== "templated" && (
            <span class="attr"> — {s.attribution.label}</span>
          )}
          {s.cites.map((n) => {
            const href = citeHref(cites.get(n));
            return href ? (
              <a key={n} href={href} class="cite" aria-label={`citation ${n}: open the passage`}>
                [{n}]
              </a>
            ) : (
              <span key={n} class="cite" title={cites.get(n)?.file ?? ""}>
                [{n}]
              </span>
            );
          })}{" "}
        </span>
      ))}
    </>
  );
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function BriefPage() {
  const [form, setForm] = useState({
    leader: "Khamenei",
    topic: "",
    country: "",
    from: "",
    to: "",
    doctrine: "",
  });
  const job = useAsync<BriefingResult>();
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const submit = (e: Event) => {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== ""));
    job.run((signal) => post<BriefingResult>("/api/brief", body, signal));
  };
  const b = job.data?.briefing;
  const cites = new Map((b?.citations ?? []).map((c) => [c.n, c]));
  const slug = (b?.title ?? "briefing")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60);

  return (
    <section aria-labelledby="brief-h">
      <h1 id="brief-h">Briefing</h1>
      <form class="row" onSubmit={submit}>
        <TextField label="Leader" value={form.leader} onInput={set("leader")} required />
        <TextField
          label="Topic"
          value={form.topic}
          placeholder="foreign policy"
          onInput={set("topic")}
        />
        <TextField
          label="Country"
          value={form.country}
          size={4}
          maxLength={3}
          onInput={set("country")}
        />
        <TextField label="From" value={form.from} size={8} onInput={set("from")} />
        <TextField label="To" value={form.to} size={8} onInput={set("to")} />
        <DoctrineSelect value={form.doctrine} onChange={set("doctrine")} none="none" />
        <button type="submit" class="primary">
          Write the briefing
        </button>
      </form>
      <Loading show={job.slow} what="Selecting and verifying cited sentences" />
      <ErrorBox error={job.error} />
      {!b && !job.busy && (
        <Empty>Name a leader whose documents are in the corpus, then write the briefing.</Empty>
      )}
      {b && job.data && (
        <article class="briefing">
          <div class="row">
            <button
              type="button"
              onClick={() => download(`${slug}.md`, "text/markdown", job.data!.markdown)}
            >
              Export Markdown
            </button>
            <button
              type="button"
              onClick={() => download(`${slug}.html`, "text/html", job.data!.html)}
            >
              Export HTML
            </button>
          </div>
          <h2>{b.title}</h2>
          {b.sections.map((sec) => (
            <section key={sec.id} id={`brief-${sec.id}`}>
              <h3>{sec.title}</h3>
              {sec.blocks.some((x) => x.kind === "bullet") ? (
                <ul>
                  {sec.blocks.map((blk, i) => (
                    <li key={i}>
                      {blk.heading && <strong>{blk.heading}. </strong>}
                      <Sentences sentences={blk.sentences} cites={cites} />
                    </li>
                  ))}
                </ul>
              ) : (
                sec.blocks.map((blk, i) => (
                  <div key={i}>
                    {blk.heading && <h4>{blk.heading}</h4>}
                    <p>
                      <Sentences sentences={blk.sentences} cites={cites} />
                    </p>
                  </div>
                ))
              )}
              {(sec.notes ?? []).map((n) => (
                <p key={n} class="muted">
                  Note: {n}
                </p>
              ))}
            </section>
          ))}
          <h3>Sources ({b.sources.length})</h3>
          <ol>
            {b.sources.map((s) => (
              <li key={s.doc}>
                <a href={documentHref(s.doc)}>{s.title}</a>
                {s.speaker ? `, ${s.speaker}` : ""}
                {s.date ? `, ${s.date}` : ""}
              </li>
            ))}
          </ol>
          <p class="muted">{b.sourcesNote}</p>
        </article>
      )}
    </section>
  );
}
