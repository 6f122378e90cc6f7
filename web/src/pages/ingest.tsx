/** Ingest by drag-and-drop (or the file picker): files go to POST /api/ingest; the report is shown. */
import { useRef, useState } from "preact/hooks";
import { upload } from "../api.ts";
import { TextField } from "../components/fields.tsx";
import { ErrorBox, Loading } from "../components/status.tsx";
import { useAsync } from "../hooks.ts";
import { documentHref } from "../router.ts";
import type { IngestReport } from "../types.ts";

export function Ingest({ onDone }: { onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [meta, setMeta] = useState({ speaker: "", date: "", country: "" });
  const job = useAsync<IngestReport>();

  const send = (files: FileList | File[]) => {
    const list = [...files];
    if (list.length === 0) return;
    const form = new FormData();
    for (const f of list) form.append("files", f, f.name);
    for (const [k, v] of Object.entries(meta)) if (v.trim()) form.append(k, v.trim());
    job.run(() => upload<IngestReport>("/api/ingest", form)).then(onDone);
  };

  return (
    <section class="ingest" aria-labelledby="ingest-h">
      <h2 id="ingest-h">Add documents</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; keyboard users have the button inside */}
      <div
        class={`dropzone${over ? " over" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (e.dataTransfer?.files) send(e.dataTransfer.files);
        }}
      >
        <p>Drop .txt, .md, .html, .pdf or .jsonl files here, or</p>
        <button type="button" onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          class="sr-only"
          aria-label="Files to ingest"
          accept=".txt,.text,.md,.markdown,.html,.htm,.pdf,.jsonl,.ndjson"
          onChange={(e) => {
            const f = (e.target as HTMLInputElement).files;
            if (f) send(f);
            (e.target as HTMLInputElement).value = "";
          }}
        />
        <div class="row">
          <TextField
            label="Speaker (optional)"
            value={meta.speaker}
            onInput={(v) => setMeta({ ...meta, speaker: v })}
          />
          <TextField
            label="Date (optional)"
            value={meta.date}
            placeholder="YYYY-MM-DD"
            onInput={(v) => setMeta({ ...meta, date: v })}
          />
          <TextField
            label="Country (optional)"
            value={meta.country}
            maxLength={3}
            size={4}
            onInput={(v) => setMeta({ ...meta, country: v })}
          />
        </div>
      </div>
      <Loading show={job.slow} what="Ingesting" />
      <ErrorBox error={job.error} />
      {job.data && (
        <div class="report" role="status">
          <p>
            {job.data.added} added, {job.data.newVersions} new versions, {job.data.unchanged}{" "}
            unchanged; {job.data.passages} passages, {job.data.words.toLocaleString("en")} words.
          </p>
          {job.data.documents.length > 0 && (
            <ul>
              {job.data.documents.map((d) => (
                <li key={d.id}>
                  <a href={documentHref(d.id)}>{d.id}</a> ({d.status})
                </li>
              ))}
            </ul>
          )}
          {job.data.failed.length > 0 && (
            <ul class="failed">
              {job.data.failed.map((f) => (
                <li key={f.path}>
                  {f.path}: {f.message} <span class="code">{f.code}</span>
                  {f.hint ? ` (${f.hint})` : ""}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
