import assert from "node:assert/strict";
import { test } from "node:test";
import { isStatecraftError } from "../core/errors.ts";
import { defaultTargetRegistry, resolveTarget } from "./registry.ts";

test("P5+1 includes the United States", () => {
  const r = resolveTarget("P5+1");
  assert.ok(r.members.includes("USA"));
  assert.deepEqual(r.states, ["CHN", "DEU", "FRA", "GBR", "RUS", "USA"]);
});

test("membership follows dates", () => {
  assert.ok(!resolveTarget("BRICS", { at: "2015" }).states.includes("IRN"));
  assert.ok(resolveTarget("BRICS", { at: "2024-06" }).states.includes("IRN"));
  assert.ok(resolveTarget("EU", { at: "2019" }).states.includes("GBR"));
  assert.ok(!resolveTarget("EU", { at: "2021" }).states.includes("GBR"));
  assert.ok(resolveTarget("SCO", { at: "2023-07" }).states.includes("IRN"));
});

test("states come from the CAMEO code book, with names", () => {
  const reg = defaultTargetRegistry();
  assert.equal(reg.get("USA")?.name, "United States of America");
  assert.equal(reg.get("ISR")?.kind, "state"); // the code book's ISO column is malformed for Israel
  assert.deepEqual(resolveTarget("IRN").states, ["IRN"]);
  assert.ok(reg.groupsOf("ARE").includes("GCC"));
});

test("nested groups expand to their leaves; non-state actors have no states", () => {
  const r = resolveTarget("IRN_ALLIED_ARMED");
  assert.deepEqual(r.members, ["HEZ", "HAM", "HOU", "PMF"]);
  assert.deepEqual(r.states, []);
  assert.equal(resolveTarget("HEZ").kind, "armed_group");
});

test("an unknown code is a coded error", () => {
  assert.throws(
    () => resolveTarget("XYZ"),
    (e) => isStatecraftError(e) && e.code === "SC_DOCTRINE_UNKNOWN_TARGET",
  );
});
