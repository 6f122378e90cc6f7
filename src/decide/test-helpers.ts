/** Shared fixtures of the decision tests. */
import { fileURLToPath } from "node:url";
import { loadDoctrineView } from "./doctrine-file.ts";
import { DEV_SET_PATH } from "./fit-run.ts";
import { loadScenarios } from "./scenario.ts";

export const FIXTURE_DOCTRINE = fileURLToPath(
  new URL("./fixtures/test-doctrine.yaml", import.meta.url),
);
export const SUCCESSOR_DOCTRINE = fileURLToPath(
  new URL("./fixtures/successor-doctrine.yaml", import.meta.url),
);
export const testDoctrine = () => loadDoctrineView(FIXTURE_DOCTRINE);
export const devCases = () => loadScenarios(DEV_SET_PATH);
