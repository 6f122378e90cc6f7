/** Bargaining: the PCE core, KTAB's Spatial Model of Politics and the BDM expected-utility model. */
export * from "./pce.ts";
