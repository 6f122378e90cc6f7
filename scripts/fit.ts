/**
 * The fit run on the bundled training set (`TRAINING_SET_PATHS`), written to data/decide/fit.json:
 * `npm run fit`. The same as `statecraft backtest <every training file> --write-fit
 * data/decide/fit.json`, without listing the files.
 */
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { loadDoctrineView, REFERENCE_DOCTRINE } from "../src/decide/doctrine-file.ts";
import {
  FIT_PATH,
  loadTrainingCases,
  REPO_ROOT,
  runFit,
  TRAINING_SET_PATHS,
} from "../src/decide/fit-run.ts";

const cases = loadTrainingCases();
const fit = runFit(cases, TRAINING_SET_PATHS, loadDoctrineView(), REFERENCE_DOCTRINE);
writeFileSync(FIT_PATH, `${JSON.stringify(fit, null, 2)}\n`);
process.stdout.write(
  `${fit.run}: ${cases.length} cases from ${TRAINING_SET_PATHS.length} files, default model ${fit.default}; wrote ${relative(REPO_ROOT, FIT_PATH)}\n`,
);
for (const [id, m] of Object.entries(fit.models)) {
  process.stdout.write(
    `  ${id.padEnd(15)} LOO top-1 ${m!.loo.accuracy.toFixed(3)}  Brier ${m!.loo.brier.toFixed(3)}  log loss ${m!.loo.logLoss.toFixed(3)}\n`,
  );
}
