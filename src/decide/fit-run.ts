/**
 * The fit run: the documented, reproducible procedure that produces `data/decide/fit.json`.
 *
 * 1. Leave-one-out on the labelled cases: each model is fitted on n-1 cases (penalised maximum
 *    likelihood, λ = 1, deterministic Newton steps, so no seed is needed) and predicts the one left
 *    out; top-1 accuracy, Brier and log loss are recorded.
 * 2. The default model is the Allison/leader model with the lowest leave-one-out Brier score
 *    (ties: higher accuracy, then lower log loss).
 * 3. A forward-in-time split is recorded beside it (not used for selection): each case after the
 *    first FORWARD_MIN_TRAIN in date order is predicted by a model fitted on the earlier cases only.
 * 4. Every model is refitted on all cases; its parameters are written with the run id, a hash of
 *    the cases file, the doctrine file and the settings, so the same inputs give the same id.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { StatecraftError } from "../core/errors.ts";
import { backtest, FORWARD_MIN_TRAIN } from "./backtest.ts";
import type { DoctrineView } from "./doctrine-view.ts";
import {
  ALLISON_IDS,
  createModel,
  MODEL_IDS,
  type ModelId,
  type ModelParams,
  modelParams,
} from "./models/index.ts";
import { loadCaseFiles } from "./scenario.ts";
import type { LabelledCase } from "./types.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIT_PATH = resolve(REPO_ROOT, "data/decide/fit.json");
export const DEV_SET_PATH = resolve(REPO_ROOT, "examples/decisions/iran-dev.jsonl");
/**
 * Folders under `examples/decisions/` whose case files (`*.jsonl`, in name order) join the
 * development set in the training set of the shipped fit: the project's own cases, written and
 * sourced for Statecraft in the same format. `validation*` were visible while the models were
 * revised; each `lockbox*` was sealed until the models of its time were final, scored once (see
 * src/decide/README.md) and then added.
 */
export const TRAINING_FOLDERS = [
  "validation",
  "validation2",
  "lockbox",
  "lockbox2",
  "lockbox3",
  "lockbox4",
  "lockbox5",
  "lockbox6",
  "lockbox7",
  "lockbox8",
] as const;

/** The training set of the shipped fit: the development set, then each training folder's files. */
export const TRAINING_SET_PATHS = [
  DEV_SET_PATH,
  ...TRAINING_FOLDERS.flatMap((d) => {
    const dir = resolve(REPO_ROOT, "examples/decisions", d);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".jsonl"))
      .sort()
      .map((f) => join(dir, f));
  }),
];

/** The cases of the training set, joined (each id once). */
export function loadTrainingCases(): LabelledCase[] {
  return loadCaseFiles(TRAINING_SET_PATHS);
}
/** Bump when the procedure changes in a way the code hash below does not show. */
export const FIT_PROCEDURE_VERSION = "6";

/**
 * Hash of the code and data the fit depends on (the decide sources, without tests, and the
 * target, player and framing tables), so a changed feature gives a new run id.
 */
export function codeHash(): string {
  const dir = resolve(REPO_ROOT, "src/decide");
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== "testdata" && e.name !== "fixtures") walk(p);
      } else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) files.push(p);
    }
  };
  walk(dir);
  files.sort();
  files.push(
    resolve(REPO_ROOT, "data/decide/targets.yaml"),
    resolve(REPO_ROOT, "data/decide/players.yaml"),
    resolve(REPO_ROOT, "data/decide/framing.yaml"),
    resolve(REPO_ROOT, "data/decide/lexicons.yaml"),
  );
  const h = createHash("sha256");
  for (const f of files) h.update(readFileSync(f, "utf8"));
  return h.digest("hex");
}

export interface FitFile {
  version: string;
  run: string;
  procedure: string;
  settings: { lambda: number };
  /** The training files (joined in this order), a hash of their contents, and the case count. */
  cases: { files: string[]; sha256: string; count: number };
  doctrine: { file: string; id: string; sha256: string };
  default: ModelId;
  models: Partial<
    Record<
      ModelId,
      {
        params: ModelParams;
        /** Always "fitted", with the run that produced the parameters. */
        provenance: { kind: "fitted"; run: string };
        loo: { accuracy: number; brier: number; logLoss: number };
        /** Forward-in-time split: fitted on earlier cases only; `cases` scored. */
        forward: { cases: number; accuracy: number; brier: number; logLoss: number };
      }
    >
  >;
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const round = (w: Record<string, number>) =>
  Object.fromEntries(Object.entries(w).map(([k, v]) => [k, r6(v)]));

export function runFit(
  cases: readonly LabelledCase[],
  casesFiles: readonly string[],
  doctrine: DoctrineView,
  doctrineFile: string,
  lambda = 1,
): FitFile {
  const casesHash = sha(casesFiles.map((f) => readFileSync(f, "utf8")).join("\n"));
  const doctrineHash = sha(readFileSync(doctrineFile, "utf8"));
  const run = `fit-${sha(`${FIT_PROCEDURE_VERSION}|${codeHash()}|${casesHash}|${doctrineHash}|${lambda}`).slice(0, 12)}`;
  const report = backtest(cases, { models: MODEL_IDS, cv: "loo", doctrine, settings: { lambda } });
  const forward = backtest(cases, {
    models: MODEL_IDS,
    cv: "forward",
    doctrine,
    settings: { lambda },
  });
  const allison = report.models.filter((m) => (ALLISON_IDS as readonly string[]).includes(m.model));
  const best = [...allison].sort(
    (a, b) => a.brier - b.brier || b.accuracy - a.accuracy || a.logLoss - b.logLoss,
  )[0]!;
  const models: FitFile["models"] = {};
  for (const m of report.models) {
    const id = m.model as ModelId;
    const fitted = createModel(id, doctrine, {}, { lambda }).fit(cases);
    const params = modelParams(fitted);
    models[id] = {
      params: {
        ...(params.theta && { theta: params.theta.map(r6) }),
        ...(params.alpha !== undefined && { alpha: r6(params.alpha) }),
        ...(params.revealed && {
          revealed: {
            theta: r6(params.revealed.theta),
            weights: round(params.revealed.weights),
          },
        }),
        ...(params.lexicon && { lexicon: round(params.lexicon) }),
        ...(params.habits && { habits: round(params.habits) }),
      },
      provenance: { kind: "fitted", run },
      loo: { accuracy: r6(m.accuracy), brier: r6(m.brier), logLoss: r6(m.logLoss) },
      forward: (() => {
        const f = forward.models.find((x) => x.model === id)!;
        return {
          cases: f.predictions.length,
          accuracy: r6(f.accuracy),
          brier: r6(f.brier),
          logLoss: r6(f.logLoss),
        };
      })(),
    };
  }
  const rel = (f: string) => relative(REPO_ROOT, resolve(f)).split("\\").join("/");
  return {
    version: "1.0.0",
    run,
    procedure: `src/decide/fit-run.ts: leave-one-out penalised maximum likelihood (ridge λ toward the doctrine prior), default = lowest LOO Brier; forward split (first ${FORWARD_MIN_TRAIN} cases by date train only) reported; parameters refitted on all cases`,
    settings: { lambda },
    cases: { files: casesFiles.map(rel), sha256: casesHash, count: cases.length },
    doctrine: { file: rel(doctrineFile), id: doctrine.id, sha256: doctrineHash },
    default: best.model as ModelId,
    models,
  };
}

export function readFitFile(file = FIT_PATH): FitFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as FitFile;
  } catch (e) {
    throw new StatecraftError("SC_DECIDE_FIT_FILE", `${file} is not valid JSON`, {
      file,
      cause: e,
      hint: "regenerate it with `statecraft backtest examples/decisions/iran-dev.jsonl --write-fit data/decide/fit.json`",
    });
  }
}
