/**
 * Voting rules and victory-probability models of KTAB's PCE (research note 1.4-1.5): how one
 * voter's utility difference becomes a vote, and how two coalition strengths become the
 * probability that one side wins.
 */
import { StatecraftError } from "../core/errors.ts";

/** How a voter's utility difference between two options becomes a vote (KTAB `VotingRule`). */
export type VotingRule = "Binary" | "PropBin" | "Prop" | "PropCbc" | "Cubic" | "ASymProsp";
/** How coalition strengths become a pairwise victory probability (KTAB `VictoryProbModel`). */
export type VictoryModel = "Linear" | "Square" | "Quartic" | "Octic" | "Binary";
/** How pairwise victory probabilities become option probabilities (KTAB `PCEModel`). */
export type PceModel = "Conditional" | "MarkovUniform" | "MarkovIncentive";

export const VOTING_RULES: readonly VotingRule[] = [
  "Binary",
  "PropBin",
  "Prop",
  "PropCbc",
  "Cubic",
  "ASymProsp",
];
export const VICTORY_MODELS: readonly VictoryModel[] = [
  "Linear",
  "Square",
  "Quartic",
  "Octic",
  "Binary",
];
export const PCE_MODELS: readonly PceModel[] = ["Conditional", "MarkovUniform", "MarkovIncentive"];

/** Coalition floor added to every coalition strength (KTAB constant). */
export const COALITION_FLOOR = 1e-8;
/** Saturation scale of the binary vote: |Δ| >= this gives a full vote. */
export const BINARY_VOTE_TOLERANCE = 1e-8;

function clipUnit(x: number): number {
  return Math.min(1, Math.max(-1, x));
}

/** Shape of the vote as a function of the utility difference `d = uA − uB`, before weighting. */
export function voteShape(rule: VotingRule, d: number): number {
  switch (rule) {
    case "Prop":
      return d;
    case "Binary":
      return clipUnit(d / BINARY_VOTE_TOLERANCE);
    case "PropBin":
      return 0.8 * d + 0.2 * clipUnit(d / BINARY_VOTE_TOLERANCE);
    case "PropCbc":
      return 0.5 * d + 0.5 * d * d * d;
    case "Cubic":
      return d * d * d;
    case "ASymProsp":
      // Losses weigh more than gains (prospect-theory flavour); zero stays zero.
      return d < 0 ? d : d > 0 ? (2 / 3) * d : 0;
  }
}

/**
 * Signed vote of one voter with weight `w` between options A and B: positive supports A.
 * A weight of zero or less is an error (KTAB aborts): a voter without capability cannot vote.
 */
export function vote(rule: VotingRule, w: number, uA: number, uB: number): number {
  if (!(w > 0)) {
    throw new StatecraftError(
      "SC_BARGAIN_NONPOSITIVE_WEIGHT",
      `vote weight must be > 0, got ${w}`,
      {
        hint: "every actor needs a positive capability and a positive total salience",
      },
    );
  }
  return w * voteShape(rule, uA - uB);
}

/** Probability that the side with coalition strength `s1` beats the side with `s2`. */
export function victoryProbability(model: VictoryModel, s1: number, s2: number): number {
  let x1: number;
  let x2: number;
  switch (model) {
    case "Linear":
      x1 = s1;
      x2 = s2;
      break;
    case "Square":
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case "Quartic":
      x1 = s1 * s1 * s1 * s1;
      x2 = s2 * s2 * s2 * s2;
      break;
    case "Octic": {
      const a = s1 * s1 * s1 * s1;
      const b = s2 * s2 * s2 * s2;
      x1 = a * a;
      x2 = b * b;
      break;
    }
    case "Binary":
      // A 10% margin is decisive; in between, a linear ramp on the strength share.
      if (s1 >= 1.1 * s2) {
        x1 = 1;
        x2 = 1e-6;
      } else if (s2 >= 1.1 * s1) {
        x1 = 1e-6;
        x2 = 1;
      } else {
        const r = s1 / (s1 + s2);
        x1 = (2.1 * r - 1) / 0.1;
        x2 = 1 - x1;
      }
      break;
  }
  return x1 / (x1 + x2);
}
