/**
 * Fills `military_threat` and `isolation` of scenario records (JSON object/array or JSONL) from
 * the event record, and marks them as estimated in `pressures_note` (the scenario schema's free
 * note), naming the method, window and event counts.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse, stringify } from "yaml";
import { StatecraftError } from "../core/errors.ts";
import type { EventRecord } from "./dyad.ts";
import { estimatePressures, type PressureEstimate, type PressureOptions } from "./pressures.ts";

type Rec = Record<string, unknown> & {
  date?: string;
  decider?: string;
  pressures?: Record<string, number>;
};

export interface FilledScenarios {
  text: string;
  estimates: PressureEstimate[];
}

function stateOf(r: Rec, fallback?: string): string {
  if (fallback) return fallback;
  const m = /^[A-Z]{3}/.exec(String(r.decider ?? ""));
  if (!m) {
    throw new StatecraftError(
      "SC_EVENTS_SCENARIO_STATE",
      `cannot tell the state of scenario "${String(r.id)}"`,
      {
        field: "decider",
        hint: "Pass --state ISO3.",
      },
    );
  }
  return m[0];
}

export function fillScenarioPressures(
  path: string,
  events: () => Iterable<EventRecord>,
  options: PressureOptions & { state?: string } = {},
): FilledScenarios {
  const raw = readFileSync(path, "utf8");
  const ext = extname(path).toLowerCase();
  let records: Rec[];
  let shape: "jsonl" | "array" | "object" | "yaml";
  try {
    if (ext === ".jsonl") {
      records = raw
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
      shape = "jsonl";
    } else if (ext === ".yaml" || ext === ".yml") {
      const v = parse(raw);
      records = Array.isArray(v) ? v : [v];
      shape = "yaml";
    } else {
      const v = JSON.parse(raw);
      records = Array.isArray(v) ? v : [v];
      shape = Array.isArray(v) ? "array" : "object";
    }
  } catch (cause) {
    throw new StatecraftError("SC_EVENTS_SCENARIO_READ", `cannot parse scenario file ${path}`, {
      file: path,
      cause,
    });
  }
  const estimates: PressureEstimate[] = [];
  records.forEach((r, i) => {
    if (typeof r.date !== "string") {
      throw new StatecraftError("SC_EVENTS_SCENARIO_DATE", "scenario without a date", {
        file: path,
        line: shape === "jsonl" ? i + 1 : undefined,
        field: "date",
      });
    }
    const est = estimatePressures(events(), stateOf(r, options.state), r.date, options);
    estimates.push(est);
    r.pressures = {
      ...(r.pressures ?? {}),
      military_threat: est.military_threat,
      isolation: est.isolation,
    };
    const note = `military_threat and isolation estimated from the event record (statecraft events pressures: ${est.basis.eventsAtState} events at ${est.state}, ${est.basis.eventsWithOthers} with others, ${est.basis.windowDays}-day window before ${est.date})`;
    const prev =
      typeof r.pressures_note === "string"
        ? r.pressures_note.replace(/\s*\[estimated:[^\]]*\]$/, "")
        : "";
    r.pressures_note = `${prev}${prev ? " " : ""}[estimated: ${note}]`;
  });
  let text: string;
  if (shape === "jsonl") text = `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;
  else if (shape === "yaml") text = stringify(records.length === 1 ? records[0] : records);
  else text = `${JSON.stringify(shape === "object" ? records[0] : records, null, 2)}\n`;
  return { text, estimates };
}
