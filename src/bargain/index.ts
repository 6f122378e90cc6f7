/**
 * Bargaining: the Probabilistic Condorcet Election core, KTAB's Spatial Model of Politics, Bueno
 * de Mesquita's expected-utility model, scenario formats, sweeps and scenario builders.
 * Touches no storage: readers take text, writers return text.
 */
export * from "./bdm.ts";
export * from "./build.ts";
export * from "./formats.ts";
export * from "./ktab-csv.ts";
export * from "./ktab-xml.ts";
export * from "./output.ts";
export * from "./params.ts";
export * from "./pce.ts";
export * from "./scenario.ts";
export * from "./smp.ts";
export * from "./sweep.ts";
export { type ParallelOptions, runSweepParallel } from "./sweep-parallel.ts";
