import { join } from "node:path";
import {
  DecisionEngine,
  loadDoctrineView,
  loadTrainingCases,
  readFitFile,
} from "../../decide/index.ts";
import type { DemoStep } from "./steps.ts";

/**
 * Runs every decision model on the development decision points with the reference doctrine, shows
 * one forecast with what drove it, the fitted models' leave-one-out record, and which decisions a
 * hypothetical pragmatist leader would have taken differently.
 */
export const decideStep: DemoStep = {
  name: "decide",
  run({ repoRoot, print }) {
    const cases = loadTrainingCases();
    const fit = readFitFile();
    const engine = new DecisionEngine({ doctrine: loadDoctrineView(), training: cases, fit });
    const last = cases[cases.length - 1]!;
    const out = engine.decide(last.scenario, { seed: 1 });
    const model = out.models[out.default]!;
    const ranked = Object.entries(model.probabilities).sort((a, b) => b[1] - a[1]);
    print(`${last.scenario.id} (${last.scenario.date}), default model "${out.default}":`);
    for (const [option, p] of ranked) print(`  ${(p * 100).toFixed(1).padStart(5)}%  ${option}`);
    print(`  recorded outcome: ${last.chosen}`);
    if (fit) {
      print(`leave-one-out on the ${cases.length} bundled decision points (fit run ${fit.run}):`);
      for (const [id, m] of Object.entries(fit.models)) {
        if (m)
          print(
            `  ${id.padEnd(15)} top-1 ${m.loo.accuracy.toFixed(2)}  Brier ${m.loo.brier.toFixed(3)}  log loss ${m.loo.logLoss.toFixed(3)}`,
          );
      }
    }
    const other = new DecisionEngine({
      doctrine: loadDoctrineView(join(repoRoot, "doctrines/examples/hypothetical-pragmatist.yaml")),
      training: cases,
      fit,
    });
    const flips = cases.filter((c) => {
      const top = (e: DecisionEngine) =>
        Object.entries(e.decide(c.scenario, { seed: 1 }).models[out.default]!.probabilities).sort(
          (a, b) => b[1] - a[1],
        )[0]![0];
      return top(engine) !== top(other);
    });
    print(
      `counterfactual leader (hypothetical pragmatist doctrine): ${flips.length} of ${cases.length} decisions flip`,
    );
    for (const c of flips.slice(0, 5)) print(`  ${c.scenario.id}`);
  },
};
