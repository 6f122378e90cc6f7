/** Bargaining: actors' positions over turns per dimension, and the final outcome. */
import * as Plot from "@observablehq/plot";
import { useState } from "preact/hooks";
import { get, post } from "../api.ts";
import { Chart } from "../components/chart.tsx";
import { SelectField } from "../components/fields.tsx";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useAsync, useLoad } from "../hooks.ts";
import type { BargainRun } from "../types.ts";

function trajectoryChart(r: BargainRun, dim: number, width: number) {
  const rows = r.result.trajectory.flatMap((state, turn) =>
    Object.entries(state).map(([actor, pos]) => ({ turn, actor, position: pos[dim] ?? 0 })),
  );
  return Plot.plot({
    width,
    height: 360,
    marginRight: 60,
    x: { label: "Turn →", grid: true, ticks: Math.min(10, r.result.turns) },
    y: { domain: [0, 100], label: "↑ Position (0-100)", grid: true },
    color: { legend: r.result.actors.length <= 12 },
    marks: [
      Plot.line(rows, { x: "turn", y: "position", stroke: "actor", tip: true }),
      Plot.text(
        rows.filter((d) => d.turn === r.result.turns),
        { x: "turn", y: "position", text: "actor", dx: 6, textAnchor: "start", fontSize: 10 },
      ),
    ],
  });
}

export function BargainPage() {
  const list = useLoad<{ scenarios: Array<{ name: string; format: string }> }>("list", (s) =>
    get("/api/bargain/scenarios", {}, s),
  );
  const [name, setName] = useState("");
  const [model, setModel] = useState("smp");
  const [dim, setDim] = useState(0);
  const job = useAsync<BargainRun>();
  const names = list.data?.scenarios ?? [];
  const current =
    name || names.find((s) => s.name.includes("SOE-Policy"))?.name || names[0]?.name || "";
  const r = job.data;

  return (
    <section aria-labelledby="bargain-h">
      <h1 id="bargain-h">Bargaining</h1>
      <ErrorBox error={list.error} />
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          setDim(0);
          job.run((signal) =>
            post<BargainRun>("/api/bargain/run", { name: current, model }, signal),
          );
        }}
      >
        <SelectField
          label="Scenario"
          value={current}
          onChange={setName}
          options={names.map((s) => ({ value: s.name, label: `${s.name} (${s.format})` }))}
        />
        <SelectField
          label="Model"
          value={model}
          onChange={setModel}
          options={[
            { value: "smp", label: "Spatial Model of Politics (KTAB)" },
            { value: "bdm", label: "Expected utility (BDM)" },
          ]}
        />
        <button type="submit" class="primary">
          Run
        </button>
      </form>
      <Loading show={job.slow} what="Bargaining" />
      <ErrorBox error={job.error} />
      {!r && !job.busy && (
        <Empty>Choose a scenario and run a model to see how positions move.</Empty>
      )}
      {r && (
        <>
          <h2>{r.scenario.name}</h2>
          {r.scenario.description && <p>{r.scenario.description}</p>}
          <p>
            {r.result.actors.length} actors, {r.result.dimensions.length} dimension
            {r.result.dimensions.length === 1 ? "" : "s"}, {r.result.turns} turns; stopped:{" "}
            {r.result.stop}.
          </p>
          {r.result.dimensions.length > 1 && (
            <SelectField
              label="Dimension"
              value={String(dim)}
              onChange={(v) => setDim(Number(v))}
              options={r.result.dimensions.map((d, i) => ({ value: String(i), label: d }))}
            />
          )}
          <h3>Positions over turns: {r.result.dimensions[dim]}</h3>
          <Chart
            label={`Actors' positions over turns on ${r.result.dimensions[dim]}`}
            make={(w) => trajectoryChart(r, dim, w)}
            deps={[r, dim]}
          />
          <h3>Final outcome</h3>
          <p>{r.result.explanation}</p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Actor</th>
                  <th scope="col">Capability</th>
                  {r.result.dimensions.map((d) => (
                    <th scope="col" key={d}>
                      {d}: start → final
                    </th>
                  ))}
                  <th scope="col">P(win), final</th>
                </tr>
              </thead>
              <tbody>
                {r.scenario.actors.map((a) => (
                  <tr key={a.name}>
                    <th scope="row">
                      {a.name}
                      {a.description ? ` (${a.description})` : ""}
                    </th>
                    <td class="num">{a.capability}</td>
                    {r.result.dimensions.map((d, k) => (
                      <td class="num" key={d}>
                        {a.position[k]?.toFixed(1)} → {r.result.final[a.name]?.[k]?.toFixed(1)}
                      </td>
                    ))}
                    <td class="num">
                      {((r.result.probabilities[r.result.turns]?.[a.name] ?? 0) * 100).toFixed(1)}%
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
