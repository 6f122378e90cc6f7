/**
 * Decision engines for the server: one per doctrine (built from the fit file, as `statecraft
 * decide` does), kept while the doctrine file is unchanged, and backtests of the development set
 * cached per doctrine (they are deterministic and take seconds).
 */
import { statSync } from "node:fs";
import {
  type BacktestReport,
  backtest,
  compareDoctrines,
  DEV_SET_PATH,
  DecisionEngine,
  type DecisionOutput,
  type DoctrineView,
  type LabelledCase,
  loadScenarios,
  loadTrainingCases,
  MODEL_IDS,
  type ModelId,
  readFitFile,
  type Scenario,
  viewFromDoctrine,
} from "../decide/index.ts";
import type { Doctrine } from "../doctrine/index.ts";
import { evidenceEntries, normaliseWhitespace } from "../doctrine/index.ts";
import type { CitationLink, CitationLinker } from "./citations.ts";
import type { DoctrineLibrary } from "./doctrine-library.ts";

interface Prepared {
  mtime: number;
  doctrine: Doctrine;
  view: DoctrineView;
  engine: DecisionEngine;
}

export class DecideService {
  private prepared = new Map<string, Prepared>();
  private backtests = new Map<string, BacktestReport>();
  private devCases: LabelledCase[] | undefined;
  private trainingCases: LabelledCase[] | undefined;

  constructor(private doctrines: DoctrineLibrary) {}

  /**
   * The development decision points: listed in the workbench and backtested interactively (a
   * leave-one-out over the whole training set takes tens of seconds).
   */
  cases(): LabelledCase[] {
    this.devCases ??= loadScenarios(DEV_SET_PATH);
    return this.devCases;
  }

  /** Every bundled case: the organisational record and any on-the-fly fit. */
  training(): LabelledCase[] {
    this.trainingCases ??= loadTrainingCases();
    return this.trainingCases;
  }

  prepare(name: string): Prepared {
    const file = this.doctrines.file(name);
    const mtime = statSync(file.path).mtimeMs;
    const hit = this.prepared.get(name);
    if (hit && hit.mtime === mtime) return hit;
    const doctrine = this.doctrines.load(name).doctrine;
    const view = viewFromDoctrine(doctrine);
    const engine = new DecisionEngine({
      doctrine: view,
      training: this.training(),
      fit: readFitFile(),
    });
    const p = { mtime, doctrine, view, engine };
    this.prepared.set(name, p);
    return p;
  }

  decide(
    scenario: Scenario,
    doctrineName: string,
    opts: { models?: readonly ModelId[]; draws?: number; seed?: number },
    linker: CitationLinker,
  ): DecisionOutput & { doctrine: string } {
    const p = this.prepare(doctrineName);
    const out = p.engine.decide(scenario, { draws: opts.draws ?? 0, seed: opts.seed ?? 1 });
    if (opts.models) {
      for (const id of Object.keys(out.models) as ModelId[]) {
        if (!opts.models.includes(id)) delete out.models[id];
      }
    }
    linkEvidence(out, p.doctrine, linker);
    return { ...out, doctrine: doctrineName };
  }

  backtest(doctrineName: string, cv: "loo" | "none"): BacktestReport {
    const key = `${doctrineName}|${cv}|${this.doctrines.file(doctrineName).path}`;
    const hit = this.backtests.get(key);
    if (hit) return hit;
    const p = this.prepare(doctrineName);
    const fit = cv === "none" ? readFitFile() : undefined;
    const params = fit
      ? Object.fromEntries(Object.entries(fit.models).map(([k, v]) => [k, v!.params]))
      : undefined;
    const report = backtest(this.cases(), { models: [...MODEL_IDS], cv, doctrine: p.view, params });
    this.backtests.set(key, report);
    return report;
  }

  compare(a: string, b: string, model?: ModelId) {
    const ea = this.prepare(a).engine;
    const eb = this.prepare(b).engine;
    const m = model ?? ea.default;
    return {
      model: m,
      a,
      b,
      ...compareDoctrines(
        ea,
        eb,
        this.cases().map((c) => c.scenario),
        m,
      ),
    };
  }
}

/** Adds to each quote of an explanation the corpus passage it comes from, found via the doctrine. */
function linkEvidence(out: DecisionOutput, doctrine: Doctrine, linker: CitationLinker): void {
  const ranges = new Map<string, { start?: number; end?: number }>();
  for (const { evidence: e } of evidenceEntries(doctrine)) {
    ranges.set(`${e.doc}|${normaliseWhitespace(e.quote)}`, { start: e.start, end: e.end });
  }
  for (const m of Object.values(out.models)) {
    for (const r of m?.explanation.ranked ?? []) {
      for (const t of r.terms ?? []) {
        for (const ev of t.evidence ?? []) {
          const range = ranges.get(`${ev.source}|${normaliseWhitespace(ev.quote)}`);
          const link: CitationLink | null = range
            ? linker.link(ev.source, range.start, range.end)
            : null;
          (ev as typeof ev & { link?: CitationLink | null }).link = link;
        }
      }
    }
  }
}
