/**
 * Output forms of a bargaining run: the stable JSON shape read by evaluation tools, a long CSV
 * (one row per turn, actor and dimension) and a plain-text summary table.
 */
import type { BargainResult } from "./smp.ts";

/**
 * The documented, stable JSON shape (`statecraft bargain run FILE --json`):
 *
 *   model          "smp" | "bdm"
 *   turns          T, steps between states as KTAB counts them
 *   dimensions     dimension names
 *   final          { ACTOR: [position per dimension, input 0-100 scale] } at turn T
 *   trajectory     T+1 entries; trajectory[t] = { ACTOR: [position per dimension] }, t = 0 input
 *   probabilities  T+1 entries; probabilities[t] = { ACTOR: probability its position wins }
 *   actors         actor names in input order
 *   stop           "converged" | "max-turns" | "no-moves" | "rounds"
 *   parameters     the parameters used
 *   explanation    one paragraph in words
 */
export interface BargainJson {
  model: "smp" | "bdm";
  turns: number;
  dimensions: string[];
  final: Record<string, number[]>;
  trajectory: Record<string, number[]>[];
  probabilities: Record<string, number>[];
  actors: string[];
  stop: BargainResult["stop"];
  parameters: Record<string, string | number>;
  explanation: string;
}

export function toBargainJson(r: BargainResult): BargainJson {
  const byActor = <T>(values: T[]): Record<string, T> =>
    Object.fromEntries(r.actors.map((a, i) => [a, values[i]!]));
  return {
    model: r.model,
    turns: r.turns,
    dimensions: r.dimensions,
    final: byActor(r.positions[r.turns]!),
    trajectory: r.positions.map((p) => byActor(p)),
    probabilities: r.probabilities.map((p) => byActor(p)),
    actors: r.actors,
    stop: r.stop,
    parameters: r.parameters,
    explanation: r.explanation,
  };
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Long CSV: turn, actor_index, actor, dim_index, dimension, position, probability. */
export function toBargainCsv(r: BargainResult): string {
  const lines = ["turn,actor_index,actor,dim_index,dimension,position,probability"];
  r.positions.forEach((state, t) => {
    state.forEach((dims, a) => {
      dims.forEach((v, k) => {
        lines.push(
          [
            t,
            a,
            csvCell(r.actors[a]!),
            k,
            csvCell(r.dimensions[k]!),
            v,
            r.probabilities[t]![a]!,
          ].join(","),
        );
      });
    });
  });
  return `${lines.join("\n")}\n`;
}

/** Plain-text table: each actor's start and end position per dimension and final probability. */
export function toBargainSummary(r: BargainResult): string {
  const last = r.positions[r.turns]!;
  const head = ["actor", ...r.dimensions.map((d) => `${d} (start → end)`), "p(final)"];
  const rows = r.actors.map((a, i) => [
    a,
    ...r.dimensions.map(
      (_, k) => `${r.positions[0]![i]![k]!.toFixed(2)} → ${last[i]![k]!.toFixed(2)}`,
    ),
    r.probabilities[r.turns]![i]!.toFixed(4),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const fmt = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join("  ");
  return [
    `${r.model.toUpperCase()}: ${r.turns} turn(s), stop: ${r.stop}`,
    fmt(head),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(fmt),
    "",
    r.explanation,
    "",
  ].join("\n");
}
