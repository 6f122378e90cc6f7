export * from "./csv.ts";
export * from "./errors.ts";
export * from "./rng.ts";
export * from "./spawn-worker.ts";
