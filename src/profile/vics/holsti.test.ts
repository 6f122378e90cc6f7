import assert from "node:assert/strict";
import { test } from "node:test";
import { holstiCuts, placeHolsti, quadrant } from "./holsti.ts";
import { computeIndices } from "./indices.ts";

test("quadrants: cooperative/low = A, cooperative/high = C, conflictual/low = DEF, conflictual/high = B", () => {
  const cut = { strategy: 0, control: 0.5 };
  assert.equal(quadrant(0.5, 0.2, cut), "A");
  assert.equal(quadrant(0.5, 0.8, cut), "C");
  assert.equal(quadrant(-0.5, 0.2, cut), "DEF");
  assert.equal(quadrant(-0.5, 0.8, cut), "B");
  assert.equal(quadrant(0, 0.5, cut), "DEF");
});

test("Self uses I-1/P-4a and Other P-1/P-4b; the cut rule is recorded", () => {
  const idx = computeIndices({ self: [1, 0, 1, 4, 2, 2], other: [2, 1, 3, 2, 1, 1] });
  const raw = placeHolsti(idx, holstiCuts("raw-midpoint"));
  assert.equal(raw.self!.type, "A"); // I-1 .6 > 0, P-4a .5 not > .5
  assert.equal(raw.other!.type, "DEF"); // P-1 -.2, P-4b .5
  assert.equal(raw.self!.cut.rule, "raw-midpoint");
  const norm = placeHolsti(idx, holstiCuts("norm-means"));
  assert.equal(norm.self!.type, "C"); // I-1 .6 > .533, P-4a .5 > .199
  assert.equal(norm.other!.type, "DEF"); // P-1 -.2 < .347, P-4b .5 < .801
  assert.match(norm.self!.cut.rule, /psycl-all/);
  assert.throws(() => holstiCuts("nope"), /SC_PROFILE_HOLSTI_RULE|unknown Holsti/);
});
