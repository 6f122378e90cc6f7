import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenarioText, runSmp } from "../../bargain/index.ts";
import type { DemoStep } from "./steps.ts";

/**
 * Runs KTAB's Spatial Model of Politics on one of KTAB's own example scenarios and compares every
 * position at every turn with the run KTAB recorded.
 */
export const bargainStep: DemoStep = {
  name: "bargain",
  run({ repoRoot, print }) {
    const stem = "dummyData_3Dim";
    const file = join(repoRoot, "data/bargaining/ktab-inputs", `${stem}.csv`);
    const scenario = parseScenarioText(readFileSync(file, "utf8"), file);
    const started = performance.now();
    const result = runSmp(scenario);
    const ms = performance.now() - started;
    print(
      `${stem}: ${result.actors.length} actors x ${result.dimensions.length} dimensions, ${result.turns} turns (${result.stop}) in ${ms.toFixed(0)} ms`,
    );
    const reference = readFileSync(
      join(repoRoot, "data/bargaining/ktab-outputs", stem, `${stem}_trajectories.csv`),
      "utf8",
    )
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",").map(Number));
    let worst = 0;
    for (const [turn, actor, dim, position] of reference) {
      worst = Math.max(worst, Math.abs(result.positions[turn!]![actor!]![dim!]! - position!));
    }
    const turnsKtab = Math.max(...reference.map((r) => r[0]!));
    print(
      `  KTAB recorded ${turnsKtab} turns; largest difference from KTAB's positions over all turns: ${worst.toExponential(1)} (KTAB stores 4 decimals)`,
    );
    const mean = result.dimensions.map((_, k) => {
      const last = result.positions[result.turns]!;
      return last.reduce((a, p) => a + p[k]!, 0) / last.length;
    });
    print(
      `  mean final position per dimension: ${result.dimensions.map((d, k) => `${d} ${mean[k]!.toFixed(1)}`).join(", ")}`,
    );
  },
};
