/**
 * The leader layer as a model of its own: the leader's doctrine passed through the apparatus.
 * The option's utility is the rational actor's doctrine-weighted terms and revealed values plus
 * the organisational features (the apparatus's routines), all fitted together in one penalised
 * conditional logit.
 * Swapping the doctrine (`--doctrine other.yaml`) keeps the fitted scales and the record and
 * changes only the leader's weights and stances: "what if another leader decided".
 */
import { createRng } from "../../core/rng.ts";
import type { DoctrineView } from "../doctrine-view.ts";
import { TERMS } from "../doctrine-view.ts";
import { mcIntervals, prediction, softmaxInPlace } from "../explain.ts";
import { DrawKernel, flexKernel, K_TERMS, utilities } from "../kernel.ts";
import { dot, fitLogit } from "../logit.ts";
import type {
  DecisionModel,
  LabelledCase,
  Prediction,
  PredictOptions,
  Scenario,
} from "../types.ts";
import { ORG_FEATURES, OrganisationalModel } from "./organisational.ts";
import { labelled, RationalActorModel } from "./rational.ts";

export interface LeaderOptions {
  doctrine: DoctrineView;
  lambda?: number;
  /** Prior scale of the doctrine terms. Default 2. */
  prior?: number;
  /** Prior θ of the organisational features. Default 0 each. */
  orgPrior?: number[];
  /** Fitted θ: 8 doctrine terms, the revealed-value term, then ORG_FEATURES. */
  theta?: number[];
  /** Token weights of the revealed-value lexicon (θ_r is in `theta`). */
  revealed?: Readonly<Record<string, number>>;
  /** Use the revealed-value term. Default true. */
  useRevealed?: boolean;
  halfLifeYears?: number;
  /** Fitted word weights of the wording lexicon. */
  lexicon?: Readonly<Record<string, number>>;
  /** Fitted token weights of the apparatus's habits lexicon. */
  habits?: Readonly<Record<string, number>>;
  /** Read the options' framing through the organisational features. Default true. */
  framing?: boolean;
}

export class LeaderModel implements DecisionModel {
  readonly id = "leader";
  readonly baseline = false;
  readonly ra: RationalActorModel;
  readonly org: OrganisationalModel;
  readonly lambda: number;
  private readonly prior: number[];

  constructor(opts: LeaderOptions) {
    this.ra = new RationalActorModel({
      doctrine: opts.doctrine,
      prior: opts.prior,
      useRevealed: opts.useRevealed,
      ...(opts.revealed && { revealed: { theta: 0, weights: { ...opts.revealed } } }),
    });
    this.org = new OrganisationalModel({
      doctrine: opts.doctrine,
      halfLifeYears: opts.halfLifeYears,
      framing: opts.framing,
      lexicon: opts.lexicon,
      habits: opts.habits,
      useHabits: opts.useRevealed,
    });
    this.lambda = opts.lambda ?? 1;
    this.prior = [
      ...TERMS.map(() => opts.prior ?? 1),
      0,
      ...(opts.orgPrior ?? ORG_FEATURES.map(() => 0)),
    ];
    if (opts.theta) this.setTheta(opts.theta);
  }

  get theta(): number[] {
    return [...this.ra.theta, this.ra.revealedTheta, ...this.org.theta];
  }

  setTheta(theta: readonly number[]): void {
    this.ra.theta = theta.slice(0, K_TERMS);
    this.ra.revealedTheta = theta[K_TERMS] ?? 0;
    this.org.theta = theta.slice(K_TERMS + 1);
  }

  /** Takes the organisational record from the cases without refitting θ. */
  remember(cases: readonly LabelledCase[]): this {
    this.org.remember(cases);
    return this;
  }

  fit(cases: readonly LabelledCase[]): this {
    const train = labelled(cases);
    this.ra.fitRevealed(train);
    this.org.fit(train);
    const data = train.map((c) => {
      const comp = this.ra.compile(c.scenario);
      const ra = this.ra.rows(comp);
      const rv = this.ra.trainingRevealed(c.scenario);
      const og = this.org.trainingRows(c.scenario);
      return {
        x: ra.map((r, m) => [...r, rv[m]!, ...og[m]!]),
        y: comp.optionIds.indexOf(c.chosen),
      };
    });
    this.setTheta(fitLogit(data, this.prior, this.lambda).theta);
    return this;
  }

  predict(scenario: Scenario, options: PredictOptions = {}): Prediction {
    const c = this.ra.compile(scenario);
    const M = c.optionIds.length;
    const coef = this.ra.coefficients();
    const ra = utilities(c, coef, new Float64Array(M));
    const scores = this.ra.revealedScores(scenario);
    const rvU = scores.map((v) => this.ra.revealedTheta * v);
    const feats = this.org.features(scenario);
    const orgU = feats.map((f) =>
      dot(
        ORG_FEATURES.map((k) => f[k]),
        this.org.theta,
      ),
    );
    const u = new Float64Array(M);
    for (let m = 0; m < M; m++) u[m] = ra[m]! + rvU[m]! + orgU[m]!;
    const util = Array.from(u);
    const p = softmaxInPlace(new Float64Array(u));
    const pred = prediction(
      c.optionIds,
      p,
      {
        model: this.id,
        summary: `Leader layer: ${this.ra.doctrine.leader}'s doctrine (${this.ra.doctrine.id}) through the apparatus's routines.`,
        details: {
          doctrine: this.ra.doctrine.id,
          theta: Object.fromEntries(
            [...TERMS, "revealed", ...ORG_FEATURES].map((t, k) => [t, this.theta[k]]),
          ),
        },
      },
      (m) => ({
        utility: util[m],
        terms: [
          ...this.ra.contributions(c, m, coef),
          ...this.ra.revealedContribution(scenario, m, scores[m]!),
          ...ORG_FEATURES.map((k, i) => {
            const detail = this.org.detail(scenario, m, k, feats[m]!);
            return {
              term: `apparatus.${k}`,
              value: feats[m]![k],
              contribution: this.org.theta[i]! * feats[m]![k],
              ...(detail && { detail }),
            };
          }),
        ],
      }),
    );
    if (options.draws && options.draws > 0) {
      const rng = createRng(options.seed ?? 1);
      const k = new DrawKernel(
        c,
        [coef],
        flexKernel(this.ra.doctrine),
        scenario.pressures,
        this.ra.pressureSd,
        this.ra.scaleSd,
      );
      const amp = Math.sqrt(3) * this.ra.scaleSd;
      pred.intervals = mcIntervals(c.optionIds, options.draws, rng, (r, out) => {
        k.draw(r, out);
        // One draw of the apparatus's overall scale, and one of the revealed term's, per draw.
        const orgScale = 1 + (2 * r.next() - 1) * amp;
        const rvScale = 1 + (2 * r.next() - 1) * amp;
        for (let m = 0; m < M; m++) out[m]! += orgU[m]! * orgScale + rvU[m]! * rvScale;
        softmaxInPlace(out, M);
      });
    }
    return pred;
  }
}
