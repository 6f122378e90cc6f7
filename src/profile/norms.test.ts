import assert from "node:assert/strict";
import { test } from "node:test";
import { loadAnchors, loadLtaNorms, loadVicsNorms } from "./data.ts";
import { descriptor, ltaLevel, ltaLevels, normVics, rawDescriptor } from "./norms.ts";
import { computeIndices } from "./vics/indices.ts";

test("case A z-scores against the PsyCL all-leaders norms (profiling.md 10.1)", () => {
  const idx = computeIndices({ self: [1, 0, 1, 4, 2, 2], other: [2, 1, 3, 2, 1, 1] });
  const n = normVics(idx, loadVicsNorms(), "psycl-all");
  const expect: Record<string, number> = {
    P1: -4.39,
    P2: -3.31,
    P3: -2.99,
    P4a: 3.85,
    P5: 0.34,
    I1: 0.4,
    I2: 0.97,
    I3: -1.3,
    I4a: -0.4,
    I4b: 0.3,
    I5reward: 0.27,
    I5promise: 5.31,
    I5appeal: -1.33,
    I5oppose: -0.18,
    I5threaten: -0.99,
    I5punish: 0,
  };
  for (const [k, z] of Object.entries(expect)) {
    const got = n.scores[k as keyof typeof n.scores].z!;
    // The notes used unrounded norms; the data file stores 3 decimals, hence the tolerance.
    assert.ok(Math.abs(got - z) < 0.08, `${k}: ${got} vs ${z}`);
  }
  assert.equal(n.scores.P4b.status, "derived");
  assert.equal(n.scores.P1.status, "published");
});

test("a group without published norms marks every index missing", () => {
  const idx = computeIndices({ self: [1, 0, 1, 4, 2, 2], other: [2, 1, 3, 2, 1, 1] });
  const n = normVics(idx, loadVicsNorms(), "walker-20");
  assert.equal(n.scores.P1.status, "missing");
  assert.equal(n.scores.P1.z, null);
});

test("half-SD descriptors", () => {
  assert.equal(descriptor("P1", 2.3), "extremely friendly");
  assert.equal(descriptor("P2", -0.6), "somewhat pessimistic");
  assert.equal(descriptor("I1", 1.2), "definitely cooperative");
  assert.equal(descriptor("P3", 0.2), "average");
  assert.equal(descriptor("P4a", -1.7), "very low");
});

test("LTA high/moderate/low against the 87 heads of state (profiling.md 7.3)", () => {
  const g = loadLtaNorms().groups["heads-87"]!.norms;
  assert.equal(ltaLevel(0.6, g.BACE!), "high");
  assert.equal(ltaLevel(0.29, g.BACE!), "low");
  assert.equal(ltaLevel(0.81, g.SC!), "moderate");
  assert.equal(ltaLevel(0.57, g.DIS!), "high");
  assert.equal(ltaLevel(0.46, g.TASK!), "moderate");
  const levels = ltaLevels(
    { BACE: 0.6, PWR: 0.5, CC: 0.3, SC: null, TASK: 0.5, DIS: 0.4, IGB: 0.4 },
    loadLtaNorms(),
  );
  assert.equal(levels["heads-87"]!.BACE, "high");
  assert.equal(levels["heads-87"]!.SC, null);
  assert.equal(levels["leaders-122"]!.CC, "low");
});

test("raw-score anchors: the worked examples of Walker, Schafer & Young (profiling.md 7.2)", () => {
  const a = loadAnchors();
  assert.deepEqual(rawDescriptor("P2", -0.31, a), {
    label: "somewhat pessimistic",
    status: "inferred",
  });
  assert.equal(rawDescriptor("I2", 0.27, a)!.label, "somewhat cooperative");
  assert.deepEqual(rawDescriptor("P4a", 0.53, a), { label: "medium", status: "published" });
  assert.equal(rawDescriptor("P4b", 0.47, a)!.label, "medium");
  assert.equal(rawDescriptor("P3", 0.08, a)!.label, "very low");
  assert.equal(rawDescriptor("I3", 0.03, a)!.label, "very low");
  assert.equal(rawDescriptor("I4a", 0.57, a)!.label, "medium");
  assert.equal(rawDescriptor("I4b", 0.53, a)!.label, "medium");
  assert.equal(rawDescriptor("P1", null, a), null);
});
