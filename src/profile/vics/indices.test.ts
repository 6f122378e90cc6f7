import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { computeIndices, iqv } from "./indices.ts";

const close = (a: number | null, b: number, eps = 1e-9): void => {
  assert.ok(a !== null && Math.abs(a - b) < eps, `${a} != ${b}`);
};

// Counts in the order punish, threaten, oppose, appeal, promise, reward (profiling.md 7.1).
test("case A: every index against the hand-computed vector", () => {
  const x = computeIndices({ self: [1, 0, 1, 4, 2, 2], other: [2, 1, 3, 2, 1, 1] });
  close(x.P1, -0.2);
  close(x.P2, -4 / 30);
  close(x.P3, 0.04);
  close(x.P4a, 0.5);
  close(x.P4b, 0.5);
  close(x.P5, 0.98);
  close(x.I1, 0.6);
  close(x.I2, 10 / 30);
  close(x.I3, 0.112);
  close(x.I4a, 0.4);
  close(x.I4b, 0.6);
  close(x.I5punish, 0.1);
  close(x.I5threaten, 0);
  close(x.I5oppose, 0.1);
  close(x.I5appeal, 0.4);
  close(x.I5promise, 0.2);
  close(x.I5reward, 0.2);
});

test("case B: one category only (IQV 0, predictability 1)", () => {
  const x = computeIndices({ self: [0, 0, 0, 5, 0, 0], other: [0, 0, 0, 0, 0, 4] });
  close(x.P1, 1);
  close(x.P2, 1);
  close(x.P3, 1);
  close(x.P4a, 5 / 9);
  close(x.P4b, 4 / 9);
  close(x.P5, 4 / 9);
  close(x.I1, 1);
  close(x.I2, 1 / 3);
  close(x.I3, 1);
  close(x.I4a, 0);
  close(x.I4b, 0);
  close(x.I5appeal, 1);
});

test("case C: no Self verbs gives NA instrumental indices; zero policy gives 0", () => {
  const x = computeIndices({ self: [0, 0, 0, 0, 0, 0], other: [2, 1, 3, 2, 1, 1] });
  assert.equal(x.I1, null);
  assert.equal(x.I4b, null);
  assert.equal(x.I5appeal, null);
  close(x.P4a, 0);
  close(x.P5, 1);
  const z = computeIndices(
    { self: [0, 0, 0, 0, 0, 0], other: [2, 1, 3, 2, 1, 1] },
    { missing: "zero" },
  );
  assert.equal(z.I1, 0);
});

test("no Other verbs: P-1..P-3 and P-5 are NA, P-4 computed", () => {
  const x = computeIndices({ self: [1, 0, 1, 4, 2, 2], other: [0, 0, 0, 0, 0, 0] });
  assert.equal(x.P1, null);
  assert.equal(x.P2, null);
  assert.equal(x.P3, null);
  assert.equal(x.P5, null);
  close(x.P4a, 1);
  close(x.P4b, 0);
  // PsyCL convention: a zero denominator gives 0, so P-3 = 0 and P-5 = 1.
  const z = computeIndices(
    { self: [1, 0, 1, 4, 2, 2], other: [0, 0, 0, 0, 0, 0] },
    { missing: "zero" },
  );
  close(z.P3, 0);
  close(z.P5, 1);
});

test("all deeds: I-4b is 0 and I-2 is the deed balance", () => {
  const x = computeIndices({ self: [3, 0, 0, 0, 0, 1], other: [0, 0, 0, 0, 0, 1] });
  close(x.I4b, 0);
  close(x.I2, (-9 + 3) / 12);
  close(x.I1, -0.5);
  close(x.I4a, 0.5);
});

test("nothing coded: everything NA", () => {
  const x = computeIndices({ self: [0, 0, 0, 0, 0, 0], other: [0, 0, 0, 0, 0, 0] });
  for (const v of Object.values(x)) assert.equal(v, null);
});

test("IQV: six-category form and its edge cases", () => {
  close(iqv([2, 1, 3, 2, 1, 1]), 0.96);
  close(iqv([1, 0, 1, 4, 2, 2]), 0.888);
  assert.equal(iqv([0, 0, 5, 0, 0, 0]), 0);
  assert.equal(iqv([1, 0, 0, 0, 0, 0]), 0);
  close(iqv([1, 1, 1, 1, 1, 1]), 1);
});

test("property: ranges hold and the I-5 proportions sum to 1", () => {
  const counts = fc.array(fc.nat(20), { minLength: 6, maxLength: 6 });
  fc.assert(
    fc.property(counts, counts, (self, other) => {
      const x = computeIndices({ self, other });
      for (const k of ["P1", "P2", "I1", "I2"] as const) {
        const v = x[k];
        if (v !== null) assert.ok(v >= -1 - 1e-12 && v <= 1 + 1e-12);
      }
      for (const k of ["P3", "P4a", "P4b", "P5", "I3", "I4a", "I4b"] as const) {
        const v = x[k];
        if (v !== null) assert.ok(v >= -1e-12 && v <= 1 + 1e-12, `${k}=${v}`);
      }
      if (x.I5appeal !== null) {
        const s =
          x.I5punish! + x.I5threaten! + x.I5oppose! + x.I5appeal! + x.I5promise! + x.I5reward!;
        assert.ok(Math.abs(s - 1) < 1e-9);
      }
    }),
  );
});
