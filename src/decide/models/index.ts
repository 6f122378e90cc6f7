/** Model registry: ids, construction from a doctrine and optional fitted parameters. */
import { StatecraftError } from "../../core/errors.ts";
import type { DoctrineView } from "../doctrine-view.ts";
import type { DecisionModel } from "../types.ts";
import { BASELINE_IDS, type BaselineId, BaselineModel } from "./baselines.ts";
import { GovernmentalModel } from "./governmental.ts";
import { LeaderModel } from "./leader.ts";
import { OrganisationalModel } from "./organisational.ts";
import { RationalActorModel } from "./rational.ts";

export const ALLISON_IDS = ["rational", "organisational", "governmental", "leader"] as const;
export const MODEL_IDS = [...ALLISON_IDS, ...BASELINE_IDS] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/** Fitted parameters per model, as stored in data/decide/fit.json. */
export interface ModelParams {
  theta?: number[];
  alpha?: number;
  /** Word weights of the wording lexicon (organisational and leader models). */
  lexicon?: Record<string, number>;
  /** Token weights of the habits lexicon (organisational and leader models). */
  habits?: Record<string, number>;
  /** The revealed-value term: θ_r and token weights (rational, governmental; leader: weights). */
  revealed?: { theta: number; weights: Record<string, number> };
}

export interface ModelSettings {
  /** Ridge strength λ of every fit. Default 1. */
  lambda?: number;
  /** Let the organisational and leader models read option labels (framing, wording). Default true. */
  framing?: boolean;
  /** Let the rational, governmental and leader models use the revealed-value term. Default true. */
  revealed?: boolean;
}

export function isModelId(id: string): id is ModelId {
  return (MODEL_IDS as readonly string[]).includes(id);
}

export function parseModelIds(list: string): ModelId[] {
  const ids = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids) {
    if (!isModelId(id)) {
      throw new StatecraftError("SC_DECIDE_UNKNOWN_MODEL", `unknown model "${id}"`, {
        field: "--models",
        hint: `models: ${MODEL_IDS.join(", ")}`,
      });
    }
  }
  return ids as ModelId[];
}

export function createModel(
  id: ModelId,
  doctrine: DoctrineView,
  params: ModelParams = {},
  settings: ModelSettings = {},
): DecisionModel {
  const { lambda, framing } = settings;
  const useRevealed = settings.revealed;
  switch (id) {
    case "rational":
      return new RationalActorModel({
        doctrine,
        lambda,
        theta: params.theta,
        revealed: params.revealed,
        useRevealed,
      });
    case "organisational":
      return new OrganisationalModel({
        doctrine,
        lambda,
        theta: params.theta,
        lexicon: params.lexicon,
        habits: params.habits,
        useHabits: useRevealed,
        framing,
      });
    case "governmental":
      return new GovernmentalModel({
        doctrine,
        lambda,
        theta: params.theta,
        alpha: params.alpha,
        revealed: params.revealed,
        useRevealed,
      });
    case "leader":
      return new LeaderModel({
        doctrine,
        lambda,
        theta: params.theta,
        lexicon: params.lexicon,
        habits: params.habits,
        revealed: params.revealed?.weights,
        useRevealed,
        framing,
      });
    default:
      return new BaselineModel(id as BaselineId);
  }
}

/** The learned parameters of a fitted model, for fit.json. */
export function modelParams(m: DecisionModel): ModelParams {
  const revealed = (ra: RationalActorModel) => ({
    theta: ra.revealedTheta,
    weights: ra.revealed.toJSON(),
  });
  if (m instanceof GovernmentalModel)
    return { theta: [...m.theta], alpha: m.alpha, revealed: revealed(m.ra) };
  if (m instanceof OrganisationalModel)
    return { theta: [...m.theta], lexicon: m.wording.toJSON(), habits: m.habits.toJSON() };
  if (m instanceof LeaderModel)
    return {
      theta: [...m.theta],
      lexicon: m.org.wording.toJSON(),
      habits: m.org.habits.toJSON(),
      revealed: revealed(m.ra),
    };
  if (m instanceof RationalActorModel) return { theta: [...m.theta], revealed: revealed(m) };
  return {};
}

export { BaselineModel, GovernmentalModel, LeaderModel, OrganisationalModel, RationalActorModel };
