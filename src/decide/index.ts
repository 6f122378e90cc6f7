/** Decisions: Allison's three models plus the leader layer, baselines, backtests and comparisons. */
export * from "./adapter.ts";
export * from "./backtest.ts";
export * from "./codebook.ts";
export * from "./doctrine-file.ts";
export * from "./doctrine-view.ts";
export * from "./engine.ts";
export * from "./fit-run.ts";
export * from "./metrics.ts";
export * from "./models/index.ts";
export * from "./scenario.ts";
export * from "./targets.ts";
export * from "./terms.ts";
export type * from "./types.ts";
export { PRESSURE_NAMES } from "./types.ts";
