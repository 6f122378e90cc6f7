/** CAMEO events coded from one document, each linked to its sentence, with the rule that fired. */
import { post } from "../api.ts";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useAsync } from "../hooks.ts";
import type { Passage } from "../types.ts";

interface CodedEvent {
  id: string;
  sentence: number;
  source: string;
  target: string;
  code: string;
  goldstein: number;
  quadClass: number;
  pattern: string;
  verb: string;
  sourceText: string[];
  targetText: string[];
  reported: boolean;
}

interface Coding {
  events: CodedEvent[];
  sentences: number;
  unmatched: Array<{ sentence: number; reasons: string[] }>;
}

export function DocumentEvents({ doc, passages }: { doc: string; passages: Passage[] }) {
  const job = useAsync<Coding>();
  const sentenceLink = (i: number) => {
    const p = passages.find((x) => x.level === "sentence" && x.index === i);
    return p ? `#passage-${encodeURIComponent(p.id)}` : undefined;
  };
  return (
    <section aria-labelledby="events-h">
      <h2 id="events-h">Events (CAMEO)</h2>
      <button
        type="button"
        onClick={() => job.run((signal) => post<Coding>("/api/events/code", { doc }, signal))}
      >
        Code the events in this document
      </button>
      <Loading show={job.slow} what="Coding events" />
      <ErrorBox error={job.error} />
      {job.data && job.data.events.length === 0 && (
        <Empty>
          No events coded in {job.data.sentences} sentences (reasons per sentence below).
        </Empty>
      )}
      {job.data && job.data.events.length > 0 && (
        <div class="table-wrap">
          <table class="events">
            <caption class="sr-only">Coded events</caption>
            <thead>
              <tr>
                <th scope="col">Sentence</th>
                <th scope="col">Source</th>
                <th scope="col">Event</th>
                <th scope="col">Target</th>
                <th scope="col">Goldstein</th>
                <th scope="col">Rule</th>
              </tr>
            </thead>
            <tbody>
              {job.data.events.map((e) => {
                const href = sentenceLink(e.sentence);
                return (
                  <tr key={e.id}>
                    <td>{href ? <a href={href}>{e.sentence + 1}</a> : e.sentence + 1}</td>
                    <td>
                      {e.source} <span class="muted">{e.sourceText.join(" ")}</span>
                    </td>
                    <td>
                      {e.code} <span class="muted">“{e.verb}”</span>
                      {e.reported ? " (reported)" : ""}
                    </td>
                    <td>
                      {e.target || "–"} <span class="muted">{e.targetText.join(" ")}</span>
                    </td>
                    <td class="num">{e.goldstein}</td>
                    <td>
                      <code>{e.pattern}</code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {job.data && job.data.unmatched.length > 0 && (
        <details>
          <summary>{job.data.unmatched.length} sentences gave no event, and why</summary>
          <ul>
            {job.data.unmatched.slice(0, 200).map((u) => (
              <li key={u.sentence}>
                {sentenceLink(u.sentence) ? (
                  <a href={sentenceLink(u.sentence)}>sentence {u.sentence + 1}</a>
                ) : (
                  `sentence ${u.sentence + 1}`
                )}
                : {u.reasons.join("; ")}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
