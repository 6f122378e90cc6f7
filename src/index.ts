/** Statecraft's library API. Each module re-exports its public surface from its index.ts. */
export * from "./core/index.ts";
