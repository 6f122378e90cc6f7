/** Doctrine: principles, pillars and stances with their quotes linked to passages; stance map; diff. */
import * as Plot from "@observablehq/plot";
import { useState } from "preact/hooks";
import { get } from "../api.ts";
import { Chart } from "../components/chart.tsx";
import { Quote } from "../components/cite.tsx";
import { SelectField } from "../components/fields.tsx";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useLoad } from "../hooks.ts";
import type { CitationLink, Doctrine, Evidence, ItemDiff } from "../types.ts";

interface Listed {
  name: string;
  leader?: string;
  version?: string;
  hypothetical?: boolean;
  error?: { code: string; message: string };
}

function Quotes({
  evidence,
  citations,
}: {
  evidence: Evidence[];
  citations: Record<string, CitationLink>;
}) {
  if (evidence.length === 0) return null;
  return (
    <div class="quotes">
      {evidence.map((e) => (
        <Quote
          key={`${e.doc}:${e.start}`}
          quote={e.quote}
          link={citations[`${e.doc}:${e.start}:${e.end}`]}
        />
      ))}
    </div>
  );
}

function stanceMap(d: Doctrine, width: number) {
  return Plot.plot({
    width,
    height: Math.min(420, Math.max(300, width * 0.55)),
    x: { domain: [-1, 1], label: "Alignment (hostile ← → aligned)", grid: true },
    y: { domain: [-1, 1], label: "↑ Trust", grid: true },
    marks: [
      Plot.ruleX([0]),
      Plot.ruleY([0]),
      Plot.dot(d.stances, {
        x: "alignment",
        y: "trust",
        fill: (s: { alignment: number }) => (s.alignment < 0 ? "#b3462f" : "#1f5f99"),
        r: 5,
        tip: true,
        title: (s: { target_name: string; alignment: number; trust: number }) =>
          `${s.target_name}: alignment ${s.alignment}, trust ${s.trust}`,
      }),
      Plot.text(d.stances, { x: "alignment", y: "trust", text: "target", dy: -9, fontSize: 10 }),
    ],
  });
}

const fmt = (v: unknown) => (v === undefined ? "–" : typeof v === "string" ? v : JSON.stringify(v));

function DiffView({ a, b }: { a: string; b: string }) {
  const diff = useLoad<Record<string, ItemDiff[]> & { header: ItemDiff["changes"] }>(
    `${a}|${b}`,
    (signal) => get("/api/doctrines/diff", { a, b }, signal),
  );
  const sections = [
    "principles",
    "pillars",
    "stances",
    "red_lines",
    "flexibility",
    "parameters",
    "gaps",
  ];
  return (
    <>
      <Loading show={diff.slow} what="Comparing" />
      <ErrorBox error={diff.error} />
      {diff.data &&
        sections.map((s) => {
          const items = (diff.data![s] ?? []).filter((i) => i.status !== "same");
          return (
            <div key={s}>
              <h3>{s.replace("_", " ")}</h3>
              {items.length === 0 ? (
                <Empty>No differences.</Empty>
              ) : (
                <div class="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Item</th>
                        <th scope="col">Status</th>
                        <th scope="col">Changes (A → B)</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((i) => (
                        <tr key={i.key}>
                          <th scope="row">{i.key}</th>
                          <td class={`status-${i.status}`}>{i.status}</td>
                          <td>
                            {i.changes.slice(0, 6).map((c) => (
                              <div key={c.field}>
                                <strong>{c.field}</strong>: {fmt(c.a).slice(0, 120)} →{" "}
                                {fmt(c.b).slice(0, 120)}
                                {c.delta !== undefined
                                  ? ` (${c.delta > 0 ? "+" : ""}${c.delta})`
                                  : ""}
                              </div>
                            ))}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          );
        })}
    </>
  );
}

export function DoctrinePage() {
  const list = useLoad<{ doctrines: Listed[] }>("list", (signal) =>
    get("/api/doctrines", {}, signal),
  );
  const [name, setName] = useState("");
  const [other, setOther] = useState("");
  const names = list.data?.doctrines ?? [];
  const current = name || names.find((d) => !d.hypothetical)?.name || names[0]?.name || "";
  const show = useLoad<{ doctrine: Doctrine; citations: Record<string, CitationLink> } | null>(
    current,
    (signal) =>
      current ? get("/api/doctrines/show", { name: current }, signal) : Promise.resolve(null),
  );
  const d = show.data?.doctrine;
  const cites = show.data?.citations ?? {};
  const options = names.map((n) => ({
    value: n.name,
    label: `${n.leader ?? n.name}${n.hypothetical ? " (hypothetical)" : ""} – ${n.name}`,
  }));

  return (
    <section aria-labelledby="doctrine-h">
      <h1 id="doctrine-h">Doctrine</h1>
      <Loading show={list.slow} what="Loading doctrines" />
      <ErrorBox error={list.error} />
      {list.data && names.length === 0 && <Empty>No doctrine files in the doctrines folder.</Empty>}
      {names.length > 0 && (
        <SelectField label="Doctrine" value={current} onChange={setName} options={options} />
      )}
      <Loading show={show.slow} what="Loading the doctrine" />
      <ErrorBox error={show.error} />
      {d && (
        <article>
          <h2>
            {d.leader} ({d.state}), {d.period.from} – {d.period.to ?? "present"}
            {d.hypothetical && <span class="badge">hypothetical</span>}
          </h2>
          {d.summary && <p>{d.summary}</p>}
          <h2>Principles</h2>
          {d.principles.map((p) => (
            <section key={p.id} class="item">
              <h3>
                {p.name} <span class="muted">weight {p.weight}</span>
              </h3>
              <p>{p.definition}</p>
              {p.provenance === "analyst" && p.analyst_note && (
                <p class="muted">Analyst: {p.analyst_note}</p>
              )}
              <Quotes evidence={p.evidence} citations={cites} />
            </section>
          ))}
          <h2>Pillars</h2>
          {d.pillars.map((p) => (
            <section key={p.id} class="item">
              <h3>{p.title}</h3>
              <p>{p.summary}</p>
              {p.claims.map((c) => (
                <div key={c.text} class="claim">
                  <p>{c.text}</p>
                  <Quotes evidence={c.evidence} citations={cites} />
                </div>
              ))}
            </section>
          ))}
          <h2>Stances</h2>
          {d.stances.length === 0 ? (
            <Empty>No stances.</Empty>
          ) : (
            <>
              <Chart
                label="Stance map: alignment and trust per target"
                make={(w) => stanceMap(d, w)}
                deps={[d]}
              />
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Target</th>
                      <th scope="col">Alignment</th>
                      <th scope="col">Trust</th>
                      <th scope="col">Evidence</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.stances.map((s) => (
                      <tr key={s.target}>
                        <th scope="row">
                          {s.target_name} ({s.target})
                        </th>
                        <td class="num">{s.alignment}</td>
                        <td class="num">{s.trust}</td>
                        <td>
                          {s.note && <p>{s.note}</p>}
                          <Quotes evidence={s.evidence} citations={cites} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {d.red_lines.length > 0 && (
            <>
              <h2>Red lines</h2>
              {d.red_lines.map((r) => (
                <section key={r.id} class="item">
                  <p>
                    {r.statement}{" "}
                    <span class="muted">
                      (targets {r.targets.join(", ")}; forbids CAMEO {r.forbids.join(", ")})
                    </span>
                  </p>
                  <Quotes evidence={r.evidence} citations={cites} />
                </section>
              ))}
            </>
          )}
          {d.gaps.length > 0 && (
            <>
              <h2>What the sources leave open</h2>
              <ul>
                {d.gaps.map((g) => (
                  <li key={g.id}>{g.description}</li>
                ))}
              </ul>
            </>
          )}
          <h2>Compare with another doctrine</h2>
          <SelectField
            label="Doctrine B"
            value={other}
            onChange={setOther}
            options={[
              { value: "", label: "choose…" },
              ...options.filter((o) => o.value !== current),
            ]}
          />
          {other ? (
            <DiffView a={current} b={other} />
          ) : (
            <Empty>Choose a second doctrine to see what differs.</Empty>
          )}
        </article>
      )}
    </section>
  );
}
