/**
 * Leader: the operational code on Holsti's quadrants (Self and Other, with bootstrap intervals),
 * trait scores against the norm group's bands, and change over time when profiles are grouped.
 */
import * as Plot from "@observablehq/plot";
import { useState } from "preact/hooks";
import { get } from "../api.ts";
import { Chart } from "../components/chart.tsx";
import { SelectField, TextField } from "../components/fields.tsx";
import { Empty, ErrorBox, Loading } from "../components/status.tsx";
import { useAsync } from "../hooks.ts";
import type { NormGroup, Profile } from "../types.ts";

const TRAITS = ["BACE", "PWR", "CC", "SC", "TASK", "DIS", "IGB"];
const TRAIT_NAMES: Record<string, string> = {
  BACE: "Belief in ability to control events",
  PWR: "Need for power",
  CC: "Conceptual complexity",
  SC: "Self-confidence",
  TASK: "Task focus",
  DIS: "Distrust of others",
  IGB: "In-group bias",
};

interface Point {
  label: string;
  who: "Self" | "Other";
  x: number;
  y: number;
  xlo: number;
  xhi: number;
  ylo: number;
  yhi: number;
}

function holstiPoints(profiles: Profile[]): Point[] {
  const out: Point[] = [];
  for (const p of profiles) {
    const v = p.vics;
    const add = (who: "Self" | "Other", xi: string, yi: string) => {
      const x = v.indices[xi];
      const y = v.indices[yi];
      if (x == null || y == null) return;
      const ix = v.intervals[xi];
      const iy = v.intervals[yi];
      out.push({
        label: p.label,
        who,
        x,
        y,
        xlo: ix?.lo ?? x,
        xhi: ix?.hi ?? x,
        ylo: iy?.lo ?? y,
        yhi: iy?.hi ?? y,
      });
    };
    add("Self", "I1", "P4a");
    add("Other", "P1", "P4b");
  }
  return out;
}

function holstiChart(profiles: Profile[], width: number) {
  const pts = holstiPoints(profiles);
  // Self and Other have their own cut-points (norm means of I-1/P-4a and P-1/P-4b).
  const h = profiles[0]?.vics.holsti;
  const cuts = [
    ...(h?.self ? [{ who: "Self", ...h.self.cut }] : []),
    ...(h?.other ? [{ who: "Other", ...h.other.cut }] : []),
  ];
  const quads = [
    { x: 0.75, y: 0.05, t: "A (cooperative, low control)" },
    { x: 0.75, y: 0.95, t: "C (cooperative, high control)" },
    { x: -0.75, y: 0.95, t: "B (conflictual, high control)" },
    { x: -0.75, y: 0.05, t: "DEF (conflictual, low control)" },
  ];
  return Plot.plot({
    width,
    height: Math.min(480, Math.max(320, width * 0.6)),
    x: { domain: [-1, 1], label: "Strategy: I-1 (Self) / P-1 (Other) →", grid: true },
    y: { domain: [0, 1], label: "↑ Control: P-4a (Self) / P-4b (Other)", grid: true },
    color: { legend: true, domain: ["Self", "Other"], range: ["#1f5f99", "#b3462f"] },
    marks: [
      Plot.ruleX(cuts, {
        x: "strategy",
        stroke: "who",
        strokeOpacity: 0.5,
        strokeDasharray: "4,3",
      }),
      Plot.ruleY(cuts, { y: "control", stroke: "who", strokeOpacity: 0.5, strokeDasharray: "4,3" }),
      Plot.text(quads, { x: "x", y: "y", text: "t", fill: "#666", fontSize: 11 }),
      Plot.link(pts, { x1: "xlo", x2: "xhi", y1: "y", y2: "y", stroke: "who", strokeOpacity: 0.6 }),
      Plot.link(pts, { x1: "x", x2: "x", y1: "ylo", y2: "yhi", stroke: "who", strokeOpacity: 0.6 }),
      Plot.dot(pts, {
        x: "x",
        y: "y",
        fill: "who",
        symbol: "who",
        r: 5,
        tip: true,
        title: (d: Point) => `${d.label} ${d.who}: ${d.x.toFixed(2)}, ${d.y.toFixed(2)}`,
      }),
      Plot.text(pts, {
        x: "x",
        y: "y",
        text: (d: Point) => `${d.label} ${d.who}`,
        dy: -10,
        fontSize: 10,
      }),
    ],
  });
}

function traitChart(p: Profile, norms: NormGroup | undefined, width: number) {
  const rows = TRAITS.map((t) => ({
    trait: t,
    score: p.lta.scores[t] ?? null,
    lo: p.lta.intervals[t]?.lo ?? null,
    hi: p.lta.intervals[t]?.hi ?? null,
  }));
  const bands = TRAITS.flatMap((t) => {
    const n = norms?.norms[t];
    return n
      ? [{ trait: t, low: n.low ?? n.mean - n.sd, high: n.high ?? n.mean + n.sd, mean: n.mean }]
      : [];
  });
  const scored = rows.filter((r) => r.score !== null);
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 60,
    x: { domain: [0, 1], label: "Score (share of coded words) →", grid: true },
    y: { domain: TRAITS, label: null },
    marks: [
      Plot.barX(bands, {
        y: "trait",
        x1: "low",
        x2: "high",
        fill: "#d9e4ef",
        title: (d: { low: number; high: number }) => `norm band ${d.low}-${d.high}`,
      }),
      Plot.tickX(bands, { y: "trait", x: "mean", stroke: "#6b8bb0" }),
      Plot.ruleY(
        scored.filter((r) => r.lo !== null),
        { y: "trait", x1: "lo", x2: "hi", stroke: "#333" },
      ),
      Plot.dot(scored, { y: "trait", x: "score", fill: "#1f5f99", r: 5, tip: true }),
    ],
  });
}

function changeChart(profiles: Profile[], width: number) {
  const rows = profiles.flatMap((p) =>
    ["P1", "I1", "P4a", "P4b"].flatMap((k) => {
      const v = p.vics.indices[k];
      return v == null ? [] : [{ label: p.label, index: k, value: v }];
    }),
  );
  return Plot.plot({
    width,
    height: 280,
    x: { type: "point", label: null, domain: profiles.map((p) => p.label) },
    y: { domain: [-1, 1], grid: true, label: "Index value" },
    color: { legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.line(rows, { x: "label", y: "value", stroke: "index" }),
      Plot.dot(rows, { x: "label", y: "value", fill: "index", tip: true }),
    ],
  });
}

function traitChangeChart(profiles: Profile[], width: number) {
  const rows = profiles.flatMap((p) =>
    TRAITS.flatMap((t) => {
      const v = p.lta.scores[t];
      return v == null ? [] : [{ label: p.label, trait: t, value: v }];
    }),
  );
  return Plot.plot({
    width,
    height: 280,
    x: { type: "point", label: null, domain: profiles.map((p) => p.label) },
    y: { domain: [0, 1], grid: true, label: "Trait score" },
    color: { legend: true, domain: TRAITS },
    marks: [
      Plot.line(rows, { x: "label", y: "value", stroke: "trait" }),
      Plot.dot(rows, { x: "label", y: "value", fill: "trait", tip: true }),
    ],
  });
}

export function LeaderPage() {
  const [form, setForm] = useState({
    speaker: "Rouhani",
    country: "",
    from: "",
    to: "",
    by: "all",
  });
  const [normGroup, setNormGroup] = useState("");
  const [pick, setPick] = useState(0);
  const job = useAsync<{ profiles: Profile[]; ltaNorms: Record<string, NormGroup> }>();
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const submit = (e: Event) => {
    e.preventDefault();
    setPick(0);
    job.run((signal) => get("/api/profile", { ...form, replicates: 200 }, signal));
  };
  const data = job.data;
  const groups = data ? Object.entries(data.ltaNorms) : [];
  const group = normGroup || groups[0]?.[0] || "";
  const chosen = data?.profiles[pick];

  return (
    <section aria-labelledby="leader-h">
      <h1 id="leader-h">Leader profile</h1>
      <form class="row" onSubmit={submit}>
        <TextField label="Speaker" value={form.speaker} onInput={set("speaker")} />
        <TextField
          label="or country (ISO3)"
          value={form.country}
          maxLength={3}
          size={4}
          onInput={set("country")}
        />
        <TextField
          label="From"
          value={form.from}
          size={8}
          placeholder="YYYY"
          onInput={set("from")}
        />
        <TextField label="To" value={form.to} size={8} placeholder="YYYY" onInput={set("to")} />
        <SelectField
          label="One profile per"
          value={form.by}
          onChange={set("by")}
          options={[
            { value: "all", label: "selection" },
            { value: "year", label: "year" },
            { value: "speaker", label: "speaker" },
          ]}
        />
        <button type="submit">Profile</button>
      </form>
      <Loading show={job.slow} what="Coding texts and bootstrapping intervals" />
      <ErrorBox error={job.error} />
      {!data && !job.busy && !job.error && (
        <Empty>Choose a speaker or a country and press Profile.</Empty>
      )}
      {data && data.profiles.length > 0 && (
        <>
          <h2>Operational code (Holsti)</h2>
          <p class="muted">
            Dots are point estimates; lines are 90% bootstrap intervals. Quadrant cuts:{" "}
            {data.profiles[0]?.vics.holsti.self?.cut.rule ?? "–"}.
          </p>
          <Chart
            label="Holsti quadrant plot of Self and Other"
            make={(w) => holstiChart(data.profiles, w)}
            deps={[data]}
          />
          <h2>Leadership traits</h2>
          <div class="row">
            {data.profiles.length > 1 && (
              <SelectField
                label="Profile"
                value={String(pick)}
                onChange={(v) => setPick(Number(v))}
                options={data.profiles.map((p, i) => ({ value: String(i), label: p.label }))}
              />
            )}
            <SelectField
              label="Norm group"
              value={group}
              onChange={setNormGroup}
              options={groups.map(([k, g]) => ({ value: k, label: g.label }))}
            />
          </div>
          {chosen && (
            <>
              <Chart
                label="Trait scores against norm bands"
                make={(w) => traitChart(chosen, data.ltaNorms[group], w)}
                deps={[chosen, group]}
              />
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Trait</th>
                      <th scope="col">Score</th>
                      <th scope="col">90% interval</th>
                      <th scope="col">Level ({group})</th>
                    </tr>
                  </thead>
                  <tbody>
                    {TRAITS.map((t) => (
                      <tr key={t}>
                        <th scope="row">
                          {TRAIT_NAMES[t]} ({t})
                        </th>
                        <td class="num">{chosen.lta.scores[t]?.toFixed(2) ?? "NA"}</td>
                        <td class="num">
                          {chosen.lta.intervals[t]?.lo?.toFixed(2) ?? "–"} –{" "}
                          {chosen.lta.intervals[t]?.hi?.toFixed(2) ?? "–"}
                        </td>
                        <td>{chosen.lta.levels[group]?.[t] ?? "–"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p>
                {chosen.documents} document{chosen.documents === 1 ? "" : "s"},{" "}
                {chosen.words.toLocaleString("en")} words; style:{" "}
                {chosen.lta.style?.style ?? "not classified"}.
              </p>
              {chosen.warnings.length > 0 && (
                <ul class="warnings">
                  {chosen.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          <h2>Change over time</h2>
          {data.profiles.length > 1 ? (
            <>
              <Chart
                label="Operational-code indices per profile"
                make={(w) => changeChart(data.profiles, w)}
                deps={[data]}
              />
              <Chart
                label="Trait scores per profile"
                make={(w) => traitChangeChart(data.profiles, w)}
                deps={[data]}
              />
            </>
          ) : (
            <Empty>One profile only: choose “one profile per year” to see change over time.</Empty>
          )}
        </>
      )}
    </section>
  );
}
