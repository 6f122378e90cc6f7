import assert from "node:assert/strict";
import { test } from "node:test";
import { bootstrapLta, bootstrapVics, percentileInterval } from "./bootstrap.ts";

test("percentile interval: linear interpolation between order statistics", () => {
  const v = Array.from({ length: 101 }, (_, i) => i / 100);
  const i = percentileInterval(v, 0.9);
  assert.ok(Math.abs(i.lo! - 0.05) < 1e-12 && Math.abs(i.hi! - 0.95) < 1e-12);
  assert.deepEqual(percentileInterval([], 0.95), { lo: null, hi: null });
});

test("VICS bootstrap: intervals bracket the estimate, NA stays NA, seeded and reproducible", () => {
  // Self: punish 1, oppose 1, appeal 4, promise 2, reward 2; no Other verbs.
  const codes = Uint8Array.from([0, 2, 3, 3, 3, 3, 4, 4, 5, 5]);
  const a = bootstrapVics(codes, { replicates: 500, seed: 5 });
  assert.ok(a.I1.lo! <= 0.6 && 0.6 <= a.I1.hi!);
  assert.deepEqual(a.P1, { lo: null, hi: null });
  assert.deepEqual(bootstrapVics(codes, { replicates: 500, seed: 5 }), a);
  // A single category has no sampling variation.
  const b = bootstrapVics(Uint8Array.from([3, 3, 3, 3]), { replicates: 100 });
  assert.deepEqual(b.I5appeal, { lo: 1, hi: 1 });
});

test("LTA bootstrap resamples units", () => {
  const counts = new Int32Array(2 * 14);
  counts[4] = 1; // unit 0: CC +1
  counts[14 + 5] = 1; // unit 1: CC -1
  const r = bootstrapLta({ n: 2, counts }, "per-response", { replicates: 400, seed: 2 });
  assert.deepEqual(r.CC, { lo: 0, hi: 1 });
  assert.deepEqual(r.BACE, { lo: null, hi: null });
});
