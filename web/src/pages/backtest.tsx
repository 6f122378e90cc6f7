/** Backtest: scores per model, the calibration plot and the per-case table. */
import * as Plot from "@observablehq/plot";
import { useState } from "preact/hooks";
import { get, post } from "../api.ts";
import { Chart } from "../components/chart.tsx";
import { DoctrineSelect } from "../components/doctrine-select.tsx";
import { SelectField } from "../components/fields.tsx";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useAsync, useLoad } from "../hooks.ts";
import type { BacktestReport } from "../types.ts";

function calibrationChart(r: BacktestReport, models: string[], width: number) {
  const rows = r.models
    .filter((m) => models.includes(m.model))
    .flatMap((m) =>
      m.calibration.filter((b) => b.count > 0).map((b) => ({ model: m.model, ...b })),
    );
  return Plot.plot({
    width,
    height: Math.min(460, Math.max(300, width * 0.6)),
    x: { domain: [0, 1], label: "Mean predicted probability →", grid: true },
    y: { domain: [0, 1], label: "↑ Observed frequency", grid: true },
    color: { legend: true },
    r: { range: [2, 10] },
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: "#999", strokeDasharray: "4,3" },
      ),
      Plot.line(rows, { x: "meanPredicted", y: "observed", stroke: "model" }),
      Plot.dot(rows, { x: "meanPredicted", y: "observed", fill: "model", r: "count", tip: true }),
    ],
  });
}

interface Comparison {
  model: string;
  flips: Array<{ scenario: string }>;
  rows: Array<{ scenario: string; a: string; pa: number; b: string; pb: number }>;
}

/** What if another leader decided: the development decisions whose top option flips. */
function CompareDoctrines({ names }: { names: string[] }) {
  const [a, setA] = useState("iran-khamenei");
  const [b, setB] = useState("");
  const job = useAsync<Comparison>();
  const other = b || names.find((n) => n !== a) || "";
  return (
    <section aria-labelledby="cmp-h">
      <h2 id="cmp-h">Compare doctrines</h2>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          job.run((signal) => post<Comparison>("/api/decide/compare", { a, b: other }, signal));
        }}
      >
        <SelectField
          label="Doctrine A"
          value={a}
          onChange={setA}
          options={names.map((n) => ({ value: n, label: n }))}
        />
        <SelectField
          label="Doctrine B"
          value={other}
          onChange={setB}
          options={names.map((n) => ({ value: n, label: n }))}
        />
        <button type="submit">Compare</button>
      </form>
      <Loading show={job.slow} what="Deciding every case under both doctrines" />
      <ErrorBox error={job.error} />
      {job.data && (
        <>
          <p>
            {job.data.flips.length} of {job.data.rows.length} decisions flip under the{" "}
            {job.data.model} model.
          </p>
          <div class="table-wrap">
            <table class="compare">
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">A: top option</th>
                  <th scope="col">B: top option</th>
                </tr>
              </thead>
              <tbody>
                {job.data.rows.map((r) => (
                  <tr key={r.scenario} class={r.a !== r.b ? "flip" : ""}>
                    <th scope="row">
                      {r.scenario}
                      {r.a !== r.b ? " (flips)" : ""}
                    </th>
                    <td>
                      {r.a} ({(100 * r.pa).toFixed(0)}%)
                    </td>
                    <td>
                      {r.b} ({(100 * r.pb).toFixed(0)}%)
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export function BacktestPage() {
  const doctrines = useLoad<{ doctrines: Array<{ name: string }> }>("doctrines", (s) =>
    get("/api/doctrines", {}, s),
  );
  const [doctrine, setDoctrine] = useState("iran-khamenei");
  const [cv, setCv] = useState("loo");
  const job = useAsync<BacktestReport>();
  const r = job.data;
  const allison = r?.models.filter((m) => !m.baseline).map((m) => m.model) ?? [];
  const cases = r?.models[0]?.predictions.map((p) => p.case) ?? [];

  return (
    <section aria-labelledby="bt-h">
      <h1 id="bt-h">Backtest</h1>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          job.run((signal) =>
            post<BacktestReport>("/api/decide/backtest", { doctrine, cv }, signal),
          );
        }}
      >
        <DoctrineSelect value={doctrine} onChange={setDoctrine} />
        <SelectField
          label="Validation"
          value={cv}
          onChange={setCv}
          options={[
            { value: "loo", label: "leave-one-out" },
            { value: "none", label: "in-sample (fitted parameters)" },
          ]}
        />
        <button type="submit" class="primary">
          Run the backtest
        </button>
      </form>
      <Loading show={job.slow} what="Refitting every model once per case" />
      <ErrorBox error={job.error} />
      {!r && !job.busy && (
        <Empty>Run the backtest to score every model on the development decisions.</Empty>
      )}
      {r && (
        <>
          <h2>
            Scores ({r.cases} cases, {r.cv === "loo" ? "leave-one-out" : "in-sample"})
          </h2>
          <div class="table-wrap">
            <table class="scores">
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Accuracy</th>
                  <th scope="col">Brier</th>
                  <th scope="col">Log loss</th>
                </tr>
              </thead>
              <tbody>
                {r.models.map((m) => (
                  <tr key={m.model}>
                    <th scope="row">
                      {m.model}
                      {m.baseline ? " (baseline)" : ""}
                      {m.model === r.best ? " (best)" : ""}
                    </th>
                    <td class="num">{m.accuracy.toFixed(3)}</td>
                    <td class="num">{m.brier.toFixed(3)}</td>
                    <td class="num">{m.logLoss.toFixed(3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Calibration</h2>
          <p class="muted">
            Each dot is a bin of predicted probabilities (size: how many); the dashed line is
            perfect calibration.
          </p>
          <Chart
            label="Calibration plot of the Allison and leader models"
            make={(w) => calibrationChart(r, allison, w)}
            deps={[r]}
          />
          <h2>Per case</h2>
          <div class="table-wrap">
            <table class="cases">
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Chosen</th>
                  {allison.map((m) => (
                    <th scope="col" key={m}>
                      {m}: top (p chosen)
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cases.map((c, i) => (
                  <tr key={c}>
                    <th scope="row">{c}</th>
                    <td>{r.models[0]?.predictions[i]?.chosen}</td>
                    {allison.map((m) => {
                      const p = r.models.find((x) => x.model === m)?.predictions[i];
                      return (
                        <td key={m} class={p && p.correct > 0 ? "hit" : "miss"}>
                          {p ? `${p.top.join("/")} (${(100 * p.pChosen).toFixed(0)}%)` : "–"}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <CompareDoctrines names={(doctrines.data?.doctrines ?? []).map((d) => d.name)} />
    </section>
  );
}
