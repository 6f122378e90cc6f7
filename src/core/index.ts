export * from "./errors.ts";
export * from "./rng.ts";
