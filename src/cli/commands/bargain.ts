import { readFileSync } from "node:fs";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { stringify as toYaml } from "yaml";
import { z } from "zod";
import {
  type BargainResult,
  BdmModel,
  type BdmOptions,
  DEFAULT_SMP_PARAMETERS,
  KTAB_PARAMETER_NAMES,
  parseParameterList,
  parseScenarioText,
  runSmp,
  runSweepParallel,
  SMP_PARAMETER_VALUES,
  type SweepSummary,
  scenarioFileSchema,
  scenarioToObject,
  toBargainCsv,
  toBargainJson,
  toBargainSummary,
  writeKtabCsv,
  writeKtabXml,
} from "../../bargain/index.ts";
import type { BargainScenario } from "../../bargain/scenario.ts";
import { StatecraftError } from "../../core/errors.ts";
import { action, print, printJson } from "../context.ts";

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function readScenario(file: string): BargainScenario {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new StatecraftError("SC_BARGAIN_FILE", `cannot read ${file}`, {
      file,
      hint: "check the path",
      cause: e,
    });
  }
  return parseScenarioText(text, file);
}

function model(value: string | undefined): "smp" | "bdm" {
  const m = (value ?? "smp").toLowerCase();
  if (m === "smp" || m === "bdm") return m;
  throw new StatecraftError("SC_CLI_BAD_OPTION", `unknown model "${value}"`, {
    field: "--model",
    hint: "use smp or bdm",
  });
}

const BDM_KEYS: Record<string, keyof BdmOptions> = {
  rounds: "rounds",
  probability: "probability",
  offerchoice: "offerChoice",
  capitulation: "capitulation",
  q: "q",
  t: "t",
};

/** `--param` assignments for the BDM model (rounds, probability, offerChoice, capitulation, q, t). */
function bdmOptions(items: readonly string[]): BdmOptions {
  const out: Record<string, string | number> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    const key = BDM_KEYS[item.slice(0, Math.max(0, eq)).trim().toLowerCase()];
    if (eq <= 0 || !key) {
      throw new StatecraftError("SC_BARGAIN_UNKNOWN_PARAM", `unknown BDM parameter "${item}"`, {
        field: "--param",
        hint: `BDM parameters: ${Object.values(BDM_KEYS).join(", ")}`,
      });
    }
    const v = item.slice(eq + 1).trim();
    const numeric = key === "rounds" || key === "q" || key === "t";
    const n = Number(v);
    if (numeric && (v === "" || !Number.isFinite(n) || n < 0)) {
      throw new StatecraftError("SC_BARGAIN_BAD_PARAM", `${key} must be a number >= 0`, {
        field: key,
      });
    }
    out[key] = numeric ? n : v;
  }
  const allowed: Record<string, string[]> = {
    probability: ["scholz-code", "pairwise"],
    offerChoice: ["scholz-code", "least-move"],
    capitulation: ["scholz-code", "fixed"],
  };
  for (const [k, vals] of Object.entries(allowed)) {
    if (out[k] !== undefined && !vals.includes(String(out[k]))) {
      throw new StatecraftError("SC_BARGAIN_BAD_PARAM", `invalid value "${out[k]}" for ${k}`, {
        field: k,
        hint: `one of ${vals.join(", ")}`,
      });
    }
  }
  return out as BdmOptions;
}

function runModel(s: BargainScenario, which: "smp" | "bdm", params: string[]): BargainResult {
  if (which === "bdm") return new BdmModel(bdmOptions(params)).fit(s).predict();
  return runSmp(s, parseParameterList(params));
}

function sweepText(sum: SweepSummary, seconds: number): string {
  const f = (x: number) => x.toFixed(2);
  const lines = [
    `${sum.model.toUpperCase()} sweep: ${sum.runs} runs, seed ${sum.seed}, noise sd: salience ${sum.noise.salience}, position ${sum.noise.position}, capability ${sum.noise.capability} (${seconds.toFixed(1)} s)`,
    "",
    "Forecast (capability × salience weighted mean of final positions) per dimension:",
  ];
  const rows = [["dimension", "mean", "sd", "p05", "p25", "median", "p75", "p95"]];
  for (const [d, x] of Object.entries(sum.forecast)) {
    rows.push([d, f(x.mean), f(x.sd), f(x.p05), f(x.p25), f(x.median), f(x.p75), f(x.p95)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) {
    lines.push(
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join("  "),
    );
  }
  lines.push("", `Turns: median ${sum.turns.median}, range ${sum.turns.min}-${sum.turns.max}`);
  return lines.join("\n");
}

export function registerBargain(program: Command): void {
  const bargain = program
    .command("bargain")
    .description("Bargaining models: KTAB's Spatial Model of Politics and BDM's expected utility");

  bargain
    .command("run <file>")
    .description(
      "Run a scenario (KTAB .csv/.xml, BDM .csv, Statecraft .json/.yaml) and print the outcome",
    )
    .option("-m, --model <model>", "smp or bdm", "smp")
    .option(
      "-p, --param <NAME=VALUE>",
      "model parameter, repeatable (e.g. VictoryProbModel=Square, maxTurns=50; BDM: rounds=10)",
      collect,
      [],
    )
    .option("--json", "print the documented JSON shape")
    .option("--csv", "print positions and probabilities per turn, actor and dimension as CSV")
    .action(
      action(
        (
          file: string,
          opts: { model?: string; param: string[]; json?: boolean; csv?: boolean },
        ) => {
          if (opts.json && opts.csv) {
            throw new StatecraftError("SC_CLI_BAD_OPTION", "choose one of --json and --csv", {
              hint: "drop one of the two flags",
            });
          }
          const r = runModel(readScenario(file), model(opts.model), opts.param);
          if (opts.json) printJson(toBargainJson(r));
          else if (opts.csv) process.stdout.write(toBargainCsv(r));
          else process.stdout.write(toBargainSummary(r));
        },
      ),
    );

  bargain
    .command("sweep <file>")
    .description(
      "Monte Carlo over uncertain inputs: perturb saliences (and optionally positions, capabilities) and report the distribution of outcomes",
    )
    .option("-m, --model <model>", "smp or bdm", "smp")
    .option("-p, --param <NAME=VALUE>", "model parameter, repeatable", collect, [])
    .option("-n, --runs <n>", "number of runs", "1000")
    .option("--seed <n>", "base seed", "1")
    .option("--salience-noise <sd>", "sd of salience noise, points on 0-100", "5")
    .option("--position-noise <sd>", "sd of position noise, points on 0-100", "0")
    .option("--capability-noise <sd>", "sd of multiplicative (lognormal) capability noise", "0")
    .option("--threads <n>", "worker threads (0: run in this thread)", "2")
    .option("--json", "print the summary as JSON")
    .action(
      action(
        async (
          file: string,
          opts: {
            model?: string;
            param: string[];
            runs: string;
            seed: string;
            salienceNoise: string;
            positionNoise: string;
            capabilityNoise: string;
            threads: string;
            json?: boolean;
          },
        ) => {
          const num = (v: string, field: string, integer: boolean) => {
            const n = Number(v);
            if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
              throw new StatecraftError("SC_CLI_BAD_OPTION", `${field} must be a number >= 0`, {
                field,
              });
            }
            return n;
          };
          const s = readScenario(file);
          const which = model(opts.model);
          const runs = num(opts.runs, "--runs", true);
          if (runs < 1) {
            throw new StatecraftError("SC_CLI_BAD_OPTION", "--runs must be at least 1", {
              field: "--runs",
            });
          }
          const sweep = {
            runs,
            seed: num(opts.seed, "--seed", true),
            salienceNoise: num(opts.salienceNoise, "--salience-noise", false),
            positionNoise: num(opts.positionNoise, "--position-noise", false),
            capabilityNoise: num(opts.capabilityNoise, "--capability-noise", false),
            model: which,
            parameters: which === "smp" ? parseParameterList(opts.param) : undefined,
            bdm: which === "bdm" ? bdmOptions(opts.param) : undefined,
          };
          const bar = process.stderr.isTTY
            ? new cliProgress.SingleBar(
                {
                  stream: process.stderr,
                  format: "sweep [{bar}] {value}/{total} runs | {eta}s left",
                },
                cliProgress.Presets.shades_classic,
              )
            : undefined;
          bar?.start(runs, 0);
          const t0 = performance.now();
          try {
            const sum = await runSweepParallel(s, sweep, {
              threads: num(opts.threads, "--threads", true),
              onProgress: (done) => bar?.update(done),
            });
            bar?.stop();
            if (opts.json) printJson(sum);
            else print(sweepText(sum, (performance.now() - t0) / 1000));
          } finally {
            bar?.stop();
          }
        },
      ),
    );

  bargain
    .command("convert <file>")
    .description("Convert a scenario between formats")
    .requiredOption("--to <format>", "json, yaml, ktab-csv or ktab-xml")
    .action(
      action((file: string, opts: { to: string }) => {
        const s = readScenario(file);
        switch (opts.to) {
          case "json":
            printJson(scenarioToObject(s));
            break;
          case "yaml":
            process.stdout.write(toYaml(scenarioToObject(s)));
            break;
          case "ktab-csv":
            process.stdout.write(writeKtabCsv(s));
            break;
          case "ktab-xml":
            process.stdout.write(writeKtabXml(s));
            break;
          default:
            throw new StatecraftError("SC_CLI_BAD_OPTION", `unknown target format "${opts.to}"`, {
              field: "--to",
              hint: "json, yaml, ktab-csv or ktab-xml",
            });
        }
      }),
    );

  bargain
    .command("schema")
    .description("Print the JSON Schema of Statecraft's bargaining scenario format")
    .action(
      action(() => {
        printJson(z.toJSONSchema(scenarioFileSchema));
      }),
    );

  bargain
    .command("params")
    .description("List the SMP parameters, their KTAB names, values and defaults")
    .action(
      action(() => {
        const ktab = Object.fromEntries(
          Object.entries(KTAB_PARAMETER_NAMES).map(([k, v]) => [v, k]),
        );
        for (const [k, v] of Object.entries(DEFAULT_SMP_PARAMETERS)) {
          const values = SMP_PARAMETER_VALUES[k as keyof typeof SMP_PARAMETER_VALUES];
          print(
            `${k}${ktab[k] ? ` (${ktab[k]})` : ""}: default ${v}${values ? `; ${values.join(", ")}` : ""}`,
          );
        }
        print(
          `BDM (--model bdm): rounds (5), probability (scholz-code|pairwise), offerChoice (scholz-code|least-move), capitulation (scholz-code|fixed), q (1), t (1)`,
        );
      }),
    );
}
