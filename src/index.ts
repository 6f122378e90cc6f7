/**
 * Statecraft's library API. Each module's public surface is re-exported as a namespace
 * (`import { corpus } from "statecraft"` then `corpus.openCorpus(...)`), so that names stay
 * unambiguous across modules; the most used entry points are also exported directly.
 */

export * as bargain from "./bargain/index.ts";
export * from "./core/index.ts";
export * as corpus from "./corpus/index.ts";
export { openCorpus } from "./corpus/index.ts";
export * as decide from "./decide/index.ts";
export * as doctrine from "./doctrine/index.ts";
export { loadDoctrine, validateDoctrine } from "./doctrine/index.ts";
export * as events from "./events/index.ts";
export * as profile from "./profile/index.ts";
export * as store from "./store/index.ts";
export * as text from "./text/index.ts";
