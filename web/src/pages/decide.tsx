/** Decide: pick or edit a scenario, see each model's probabilities and the explanation with its quotes. */
import * as Plot from "@observablehq/plot";
import { useState } from "preact/hooks";
import { get, post } from "../api.ts";
import { Chart } from "../components/chart.tsx";
import { Quote } from "../components/cite.tsx";
import { DoctrineSelect } from "../components/doctrine-select.tsx";
import { SelectField } from "../components/fields.tsx";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useAsync, useLoad } from "../hooks.ts";
import type { Decision, Scenario } from "../types.ts";
import { type Pickers, ScenarioEditor } from "./scenario-editor.tsx";

const pct = (p: number) => `${(100 * p).toFixed(1)}%`;

function probabilityChart(out: Decision, width: number) {
  const rows = Object.entries(out.models).flatMap(([model, m]) =>
    Object.entries(m.probabilities).map(([option, p]) => ({ model, option, p })),
  );
  return Plot.plot({
    width,
    height: 40 + 34 * Object.keys(out.models).length,
    marginLeft: 110,
    x: { domain: [0, 1], label: "Probability →", percent: false, grid: true },
    y: { label: null, domain: Object.keys(out.models) },
    color: { legend: true, scheme: "tableau10" },
    marks: [
      Plot.barX(
        rows,
        Plot.stackX({
          y: "model",
          x: "p",
          fill: "option",
          tip: true,
          title: (d: { option: string; p: number }) => `${d.option}: ${pct(d.p)}`,
        }),
      ),
    ],
  });
}

function contributionChart(terms: Array<{ term: string; contribution: number }>, width: number) {
  return Plot.plot({
    width,
    height: 40 + 28 * terms.length,
    marginLeft: 150,
    x: { label: "Contribution to the option's utility (logit units) →", grid: true },
    y: { label: null, domain: terms.map((t) => t.term) },
    marks: [
      Plot.ruleX([0]),
      Plot.barX(terms, {
        y: "term",
        x: "contribution",
        fill: (t: { contribution: number }) => (t.contribution >= 0 ? "#1f5f99" : "#b3462f"),
        tip: true,
      }),
    ],
  });
}

export function DecidePage() {
  const cases = useLoad<{ cases: Array<{ scenario: Scenario; chosen?: string }> }>("cases", (s) =>
    get("/api/decide/cases", {}, s),
  );
  const cameo = useLoad<{ codes: Pickers["cameo"] }>("cameo", (s) => get("/api/cameo", {}, s));
  const targets = useLoad<{ targets: Pickers["targets"] }>("targets", (s) =>
    get("/api/targets", {}, s),
  );
  const [caseId, setCaseId] = useState("");
  const [scenario, setScenario] = useState<Scenario>();
  const [doctrine, setDoctrine] = useState("iran-khamenei");
  const [draws, setDraws] = useState("0");
  const [model, setModel] = useState("");
  const [optionPick, setOptionPick] = useState("");
  const job = useAsync<Decision>();

  const list = cases.data?.cases ?? [];
  const pick = (id: string) => {
    setCaseId(id);
    const c = list.find((x) => x.scenario.id === id);
    setScenario(c ? structuredClone(c.scenario) : undefined);
    job.reset();
  };
  const run = () => {
    if (!scenario) return;
    job.run((signal) =>
      post<Decision>("/api/decide", { scenario, doctrine, draws: Number(draws) }, signal),
    );
    setModel("");
    setOptionPick("");
  };
  const out = job.data;
  const focus = model || out?.default || "";
  const m = out?.models[focus];
  const ranked = m?.explanation.ranked ?? [];
  const option = ranked.find((r) => r.option === optionPick) ?? ranked[0];
  const terms = [...(option?.terms ?? [])].sort(
    (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution),
  );
  const known = list.find((x) => x.scenario.id === caseId)?.chosen;

  return (
    <section aria-labelledby="decide-h">
      <h1 id="decide-h">Decide</h1>
      <Loading show={cases.slow} what="Loading scenarios" />
      <ErrorBox error={cases.error ?? cameo.error ?? targets.error} />
      <div class="row">
        <SelectField
          label="Scenario"
          value={caseId}
          onChange={pick}
          options={[
            { value: "", label: "choose a decision point…" },
            ...list.map((c) => ({
              value: c.scenario.id,
              label: `${c.scenario.date} ${c.scenario.id}`,
            })),
          ]}
        />
        <DoctrineSelect value={doctrine} onChange={setDoctrine} />
        <SelectField
          label="Intervals"
          value={draws}
          onChange={setDraws}
          options={[
            { value: "0", label: "none" },
            { value: "200", label: "90%, 200 Monte Carlo draws" },
          ]}
        />
      </div>
      {!scenario && <Empty>Choose a decision point to edit it and run the models.</Empty>}
      {scenario && (
        <>
          <p class="context">{scenario.context}</p>
          <ScenarioEditor
            scenario={scenario}
            pickers={{ cameo: cameo.data?.codes ?? [], targets: targets.data?.targets ?? [] }}
            onChange={setScenario}
          />
          <p>
            <button type="button" class="primary" onClick={run} disabled={job.busy}>
              Run the models
            </button>
          </p>
        </>
      )}
      <Loading show={job.slow} what="Running the decision models" />
      <ErrorBox error={job.error} />
      {out && (
        <div aria-live="polite" class="results">
          <h2>Probabilities per model</h2>
          <Chart
            label="Probability of each option under each model"
            make={(w) => probabilityChart(out, w)}
            deps={[out]}
          />
          <div class="table-wrap">
            <table class="probabilities">
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  {Object.keys(Object.values(out.models)[0]?.probabilities ?? {}).map((o) => (
                    <th scope="col" key={o}>
                      {o}
                      {known === o ? " (chosen)" : ""}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Object.entries(out.models).map(([id, r]) => (
                  <tr key={id}>
                    <th scope="row">
                      {id}
                      {id === out.default ? " (default)" : ""}
                    </th>
                    {Object.entries(r.probabilities).map(([o, p]) => (
                      <td class="num" key={o}>
                        {pct(p)}
                        {r.intervals?.[o] && (
                          <span class="interval">
                            {" "}
                            ({pct(r.intervals[o][0])}–{pct(r.intervals[o][1])})
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Why</h2>
          <div class="row">
            <SelectField
              label="Model"
              value={focus}
              onChange={setModel}
              options={Object.keys(out.models).map((k) => ({ value: k, label: k }))}
            />
            <SelectField
              label="Option"
              value={option?.option ?? ""}
              onChange={setOptionPick}
              options={ranked.map((r) => ({
                value: r.option,
                label: `${r.option} (${pct(r.probability)})`,
              }))}
            />
          </div>
          {m && <p>{m.explanation.summary}</p>}
          {terms.length === 0 ? (
            <Empty>
              This model gives no term contributions (a baseline or a model without utility terms).
            </Empty>
          ) : (
            <>
              <Chart
                label="Contribution of each term to the option's utility"
                make={(w) => contributionChart(terms, w)}
                deps={[terms]}
              />
              {terms.map((t) => (
                <section class="term" key={t.term}>
                  <h3>
                    {t.term}: {t.contribution >= 0 ? "+" : ""}
                    {t.contribution.toFixed(3)}{" "}
                    <span class="muted">(value {t.value.toFixed(3)})</span>
                  </h3>
                  {t.detail && <p class="muted">{t.detail}</p>}
                  {(t.evidence ?? []).slice(0, 3).map((e) => (
                    <Quote key={e.quote} quote={e.quote} about={e.about} link={e.link ?? null} />
                  ))}
                </section>
              ))}
            </>
          )}
        </div>
      )}
    </section>
  );
}
