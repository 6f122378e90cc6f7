import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { StatecraftError } from "../../core/errors.ts";
import {
  backtest,
  backtestMarkdown,
  type CvMode,
  compareDoctrines,
  DecisionEngine,
  type DecisionOutput,
  type DoctrineView,
  FIT_PATH,
  type LabelledCase,
  loadCaseFiles,
  loadDoctrineView,
  loadScenarios,
  loadTrainingCases,
  MODEL_IDS,
  type ModelId,
  parseModelIds,
  REFERENCE_DOCTRINE,
  readFitFile,
  runFit,
} from "../../decide/index.ts";
import { action, print, printJsonLine } from "../context.ts";

interface DecideOpts {
  model?: string;
  models?: string;
  doctrine?: string;
  compare?: string[];
  json?: boolean;
  draws?: string;
  seed?: string;
  fit?: string;
}

const pct = (p: number) => `${(100 * p).toFixed(1)}%`;

function doctrineFor(
  cases: readonly LabelledCase[],
  file?: string,
): { view: DoctrineView; file: string } {
  if (file) return { view: loadDoctrineView(file), file };
  const foreign = cases.find((c) => !c.scenario.decider.startsWith("IRN"));
  if (foreign) {
    throw new StatecraftError(
      "SC_DECIDE_NO_DOCTRINE",
      `no default doctrine for decider "${foreign.scenario.decider}"`,
      {
        field: "--doctrine",
        hint: "Iranian scenarios use doctrines/iran-khamenei.yaml; pass --doctrine FILE for others",
      },
    );
  }
  return { view: loadDoctrineView(REFERENCE_DOCTRINE), file: REFERENCE_DOCTRINE };
}

function engineFor(
  view: DoctrineView,
  models: readonly ModelId[],
  fitFile?: string,
): DecisionEngine {
  // `--fit none` fits every model on the development set on the fly.
  const fit = fitFile === "none" ? undefined : readFitFile(fitFile ?? FIT_PATH);
  if (fitFile && fitFile !== "none" && !fit) {
    throw new StatecraftError("SC_DECIDE_FIT_FILE", `cannot read fit file ${fitFile}`, {
      field: "--fit",
      hint: "pass an existing fit file, or `none` to fit on the development set",
    });
  }
  const training = loadTrainingCases();
  return new DecisionEngine({ doctrine: view, training, fit, models });
}

function printText(out: DecisionOutput, scenarioLabel: string, focus: ModelId): void {
  print(`# ${scenarioLabel}`);
  print(`default model: ${out.default}`);
  for (const [id, m] of Object.entries(out.models)) {
    const ranked = m!.explanation.ranked.map((r) => `${r.option} ${pct(r.probability)}`).join(", ");
    print(`  ${id.padEnd(15)} ${ranked}`);
  }
  const m = out.models[focus];
  if (!m) return;
  const topOpt = m.explanation.ranked[0]!;
  print("");
  print(`${focus}: ${m.explanation.summary}`);
  print(`top option: ${topOpt.option} (${pct(topOpt.probability)})`);
  const terms = [...(topOpt.terms ?? [])].sort(
    (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution),
  );
  for (const t of terms) {
    print(
      `  ${t.term.padEnd(24)} ${t.contribution >= 0 ? "+" : ""}${t.contribution.toFixed(3)}  (value ${t.value.toFixed(3)})`,
    );
    if (t.detail) print(`      from: ${t.detail}`);
    for (const e of t.evidence ?? []) print(`      "${e.quote}" [${e.source}; ${e.about}]`);
  }
  const players = (
    m.explanation.details as
      | { players?: { player: string; prefers: string; influence: number }[] }
      | undefined
  )?.players;
  if (players)
    for (const p of players)
      print(`  player ${p.player} (influence ${p.influence}) prefers ${p.prefers}`);
  print("");
}

export function registerDecide(program: Command): void {
  program
    .command("decide")
    .description(
      "Predict the option chosen at decision points under Allison's models and the leader's doctrine",
    )
    .argument(
      "[scenarios]",
      "scenario file: JSON, JSONL or YAML in the format of examples/decisions/",
    )
    .option(
      "--model <id>",
      `one model (${MODEL_IDS.join(", ")}); default: all, detail for the LOO-selected one`,
    )
    .option("--models <list>", "comma-separated models")
    .option(
      "--doctrine <file>",
      "doctrine of the leader (default for Iran: doctrines/iran-khamenei.yaml)",
    )
    .option(
      "--compare <files...>",
      "two doctrines A B: list the decisions that flip (then the scenario file)",
    )
    .option("--draws <n>", "Monte Carlo draws of uncertain parameters for 90% intervals", "0")
    .option("--seed <n>", "seed of the draws", "1")
    .option(
      "--fit <file>",
      `fit file with fitted parameters (default ${FIT_PATH}; "none" fits on the dev set)`,
    )
    .option("--json", "one JSON object per scenario per line")
    .action(
      action((file: string | undefined, opts: DecideOpts) => {
        const compare = opts.compare ?? [];
        let scenarioFile = file;
        if (compare.length === 3 && !scenarioFile) scenarioFile = compare[2];
        if (compare.length > 0 && compare.length !== 2 && compare.length !== 3) {
          throw new StatecraftError("SC_DECIDE_USAGE", "--compare takes two doctrine files", {
            hint: "statecraft decide --compare A.yaml B.yaml cases.jsonl",
          });
        }
        if (!scenarioFile) {
          throw new StatecraftError("SC_DECIDE_USAGE", "no scenario file given", {
            hint: "statecraft decide scenario.json [--model rational] [--doctrine FILE]",
          });
        }
        const cases = loadScenarios(scenarioFile);
        const ids = opts.model
          ? parseModelIds(opts.model)
          : opts.models
            ? parseModelIds(opts.models)
            : [...MODEL_IDS];
        if (compare.length >= 2) {
          const a = engineFor(loadDoctrineView(compare[0]!), MODEL_IDS, opts.fit);
          const b = engineFor(loadDoctrineView(compare[1]!), MODEL_IDS, opts.fit);
          const model = opts.model ? ids[0]! : a.default;
          const res = compareDoctrines(
            a,
            b,
            cases.map((c) => c.scenario),
            model,
          );
          if (opts.json) {
            printJsonLine({
              model,
              a: compare[0],
              b: compare[1],
              flips: res.flips,
              decisions: res.rows,
            });
            return;
          }
          print(
            `# Doctrine comparison with the ${model} model: A = ${compare[0]}, B = ${compare[1]}`,
          );
          print(`${res.flips.length} of ${res.rows.length} decisions flip.`);
          for (const r of res.rows) {
            print(
              `${r.a !== r.b ? "FLIP" : "same"}  ${r.scenario}: A → ${r.a} (${pct(r.pa)})  B → ${r.b} (${pct(r.pb)})`,
            );
          }
          return;
        }
        const { view } = doctrineFor(cases, opts.doctrine);
        const engine = engineFor(view, ids, opts.fit);
        const draws = Number(opts.draws ?? 0);
        const seed = Number(opts.seed ?? 1);
        for (const c of cases) {
          const out = engine.decide(c.scenario, { draws, seed });
          if (opts.json) printJsonLine(out);
          else
            printText(
              out,
              `${c.scenario.id} (${c.scenario.date})`,
              opts.model ? ids[0]! : out.models[out.default] ? out.default : ids[0]!,
            );
        }
      }),
    );

  program
    .command("backtest")
    .description(
      "Score the decision models on cases with known outcomes (leave-one-out by default)",
    )
    .argument(
      "<cases...>",
      "labelled cases (JSONL, JSON or YAML with `chosen`); several files are joined",
    )
    .option("--models <list>", "comma-separated models (default: all, with baselines)")
    .option(
      "--train <files>",
      "comma-separated training files: fit on them and score the cases as a held-out test",
    )
    .option(
      "--cv <mode>",
      "loo (leave-one-out), forward (fit on earlier cases, predict later ones) or none (in-sample with the fit file's parameters)",
      "loo",
    )
    .option("--doctrine <file>", "doctrine (default for Iran: doctrines/iran-khamenei.yaml)")
    .option("--no-framing", "ablation: models do not read the options' labels (framing, wording)")
    .option(
      "--no-revealed",
      "ablation: models do not learn from past choices which kinds of action are taken (revealed values, habits)",
    )
    .option("--json", "JSON report instead of markdown")
    .option("--out <file>", "also write the report to a file (.json or .md)")
    .option(
      "--write-fit <file>",
      "run the fit procedure and write the fitted parameters (e.g. data/decide/fit.json)",
    )
    .action(
      action(
        (
          files: string[],
          opts: {
            train?: string;
            framing: boolean;
            revealed: boolean;
            models?: string;
            cv: string;
            doctrine?: string;
            json?: boolean;
            out?: string;
            writeFit?: string;
          },
        ) => {
          if (opts.cv !== "loo" && opts.cv !== "forward" && opts.cv !== "none") {
            throw new StatecraftError("SC_DECIDE_USAGE", `unknown --cv "${opts.cv}"`, {
              field: "--cv",
              hint: "use loo, forward or none",
            });
          }
          const cases = loadCaseFiles(files);
          const { view, file: doctrineFile } = doctrineFor(cases, opts.doctrine);
          const models = opts.models ? parseModelIds(opts.models) : [...MODEL_IDS];
          if (opts.train && opts.writeFit) {
            throw new StatecraftError(
              "SC_DECIDE_USAGE",
              "--train and --write-fit exclude each other",
              {
                field: "--train",
                hint: "the fit run uses every case it is given; a held-out test only scores",
              },
            );
          }
          const train = opts.train ? loadCaseFiles(opts.train.split(",")) : undefined;
          if (opts.writeFit) {
            const fit = runFit(cases, files, view, doctrineFile);
            writeFileSync(opts.writeFit, `${JSON.stringify(fit, null, 2)}\n`);
          }
          const fit = opts.cv === "none" ? readFitFile() : undefined;
          const params = fit
            ? Object.fromEntries(Object.entries(fit.models).map(([k, v]) => [k, v!.params]))
            : undefined;
          const cv: CvMode = train ? "holdout" : (opts.cv as CvMode);
          for (const [flag, on] of [
            ["--no-framing", opts.framing],
            ["--no-revealed", opts.revealed],
          ] as const) {
            if (!on && (opts.writeFit || cv === "none")) {
              throw new StatecraftError(
                "SC_DECIDE_USAGE",
                `${flag} is an ablation of a fresh fit`,
                {
                  field: flag,
                  hint: "use it with --cv loo, forward or --train",
                },
              );
            }
          }
          const settings = { framing: opts.framing, revealed: opts.revealed };
          const report = backtest(cases, { models, cv, doctrine: view, params, train, settings });
          const text = opts.json
            ? `${JSON.stringify(report, null, 2)}\n`
            : backtestMarkdown(report);
          if (opts.out)
            writeFileSync(
              opts.out,
              opts.out.endsWith(".json")
                ? `${JSON.stringify(report, null, 2)}\n`
                : backtestMarkdown(report),
            );
          process.stdout.write(text);
        },
      ),
    );
}
