import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isStatecraftError } from "../core/errors.ts";
import {
  PCE_MODELS,
  type PceModel,
  pce,
  VICTORY_MODELS,
  VOTING_RULES,
  type VotingRule,
  victoryProbability,
  vote,
} from "./pce.ts";

const near = (a: number, b: number, tol = 1e-12) =>
  assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

test("vote shapes follow the KTAB voting rules", () => {
  near(vote("Prop", 2, 0.7, 0.2), 2 * 0.5);
  assert.equal(vote("Binary", 3, 0.7, 0.2), 3);
  assert.equal(vote("Binary", 3, 0.2, 0.7), -3);
  assert.ok(Math.abs(vote("PropBin", 1, 0.7, 0.2) - (0.8 * 0.5 + 0.2)) < 1e-15);
  assert.equal(vote("Cubic", 1, 0.5, 0), 0.125);
  assert.equal(vote("PropCbc", 1, 0.5, 0), 0.25 + 0.0625);
  near(vote("ASymProsp", 1, 0.3, 0), (2 / 3) * 0.3);
  assert.equal(vote("ASymProsp", 1, 0, 0.3), -0.3);
  assert.throws(
    () => vote("Prop", 0, 1, 0),
    (e) => isStatecraftError(e) && e.code === "SC_BARGAIN_NONPOSITIVE_WEIGHT",
  );
});

test("victory probability models", () => {
  assert.equal(victoryProbability("Linear", 3, 1), 0.75);
  near(victoryProbability("Square", 3, 1), 0.9);
  assert.ok(Math.abs(victoryProbability("Quartic", 3, 1) - 81 / 82) < 1e-15);
  assert.ok(victoryProbability("Binary", 1.2, 1) > 0.999);
  near(victoryProbability("Binary", 1, 1), 0.5);
});

test("a clear Condorcet winner gets the highest probability under every model", () => {
  // Three voters, three options; option 1 is everyone's first or second choice.
  const u = [
    [1, 0.8, 0],
    [0, 0.8, 1],
    [0.3, 1, 0.2],
  ];
  for (const pceModel of PCE_MODELS) {
    const r = pce(u, [1, 1, 1], { pceModel });
    const best = r.probabilities.indexOf(Math.max(...r.probabilities));
    assert.equal(best, 1, pceModel);
    assert.ok(r.explanation.includes(pceModel));
  }
});

test("hand-computed two-option Conditional PCE", () => {
  // Voter weights 2 and 1; voter 0 prefers option 0 by 0.5, voter 1 prefers option 1 by 0.25.
  const r = pce(
    [
      [1, 0.5],
      [0.25, 0.5],
    ],
    [2, 1],
  );
  const c01 = 1e-8 + 1;
  const c10 = 1e-8 + 0.25;
  assert.ok(Math.abs(r.coalitions[0]![1]! - c01) < 1e-15);
  assert.ok(Math.abs(r.coalitions[1]![0]! - c10) < 1e-15);
  const p0 = c01 / (c01 + c10);
  assert.ok(Math.abs(r.probabilities[0]! - p0) < 1e-12);
});

test("shape errors are coded", () => {
  assert.throws(
    () => pce([[1, 2]], [1, 2]),
    (e) => isStatecraftError(e) && e.code === "SC_BARGAIN_PCE_SHAPE",
  );
  assert.throws(
    () => pce([[1, 2], [1]], [1, 1]),
    (e) => isStatecraftError(e) && e.code === "SC_BARGAIN_PCE_SHAPE",
  );
});

const utilMatrix = (voters: number, options: number) =>
  fc.array(
    fc.array(
      fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
      { minLength: options, maxLength: options },
    ),
    {
      minLength: voters,
      maxLength: voters,
    },
  );

const arbCase = fc
  .record({ voters: fc.integer({ min: 1, max: 6 }), options: fc.integer({ min: 1, max: 6 }) })
  .chain(({ voters, options }) =>
    fc.record({
      u: utilMatrix(voters, options),
      w: fc.array(fc.double({ min: 1, max: 100, noNaN: true }), {
        minLength: voters,
        maxLength: voters,
      }),
      vr: fc.constantFrom(...VOTING_RULES),
      vpm: fc.constantFrom(...VICTORY_MODELS),
      pcem: fc.constantFrom<PceModel>(...PCE_MODELS),
    }),
  );

test("property: probabilities are in [0,1] and sum to 1", () => {
  fc.assert(
    fc.property(arbCase, ({ u, w, vr, vpm, pcem }) => {
      const r = pce(u, w, { votingRule: vr, victoryModel: vpm, pceModel: pcem });
      const s = r.probabilities.reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(s - 1) < 1e-9, `sum ${s}`);
      for (const p of r.probabilities) assert.ok(p >= 0 && p <= 1 + 1e-12);
    }),
    { seed: 7, numRuns: 300 },
  );
});

test("property: reordering voters changes nothing; reordering options permutes the result", () => {
  // Symmetric rules only: ASymProsp depends on option order by construction (KTAB's scan).
  fc.assert(
    fc.property(arbCase, fc.integer({ min: 0, max: 1000 }), ({ u, w, vr, vpm, pcem }, rot) => {
      const rule: VotingRule = vr === "ASymProsp" ? "Prop" : vr;
      const opts = { votingRule: rule, victoryModel: vpm, pceModel: pcem } as const;
      const base = pce(u, w, opts).probabilities;
      const n = u.length;
      const k = rot % n;
      const u2 = [...u.slice(k), ...u.slice(0, k)];
      const w2 = [...w.slice(k), ...w.slice(0, k)];
      const r2 = pce(u2, w2, opts).probabilities;
      base.forEach((p, i) => {
        near(p, r2[i]!, 1e-9);
      });
      const M = u[0]!.length;
      const perm = Array.from({ length: M }, (_, i) => (i + rot) % M);
      const u3 = u.map((row) => perm.map((m) => row[m]!));
      const r3 = pce(u3, w, opts).probabilities;
      perm.forEach((m, i) => {
        near(base[m]!, r3[i]!, 1e-6);
      });
    }),
    { seed: 11, numRuns: 200 },
  );
});

test("property: scaling all weights by a constant changes nothing (up to the 1e-8 floor)", () => {
  fc.assert(
    fc.property(arbCase, fc.double({ min: 0.5, max: 1000, noNaN: true }), (c, scale) => {
      const opts = { votingRule: c.vr, victoryModel: c.vpm, pceModel: c.pcem };
      const a = pce(c.u, c.w, opts).probabilities;
      const b = pce(
        c.u,
        c.w.map((x) => x * scale),
        opts,
      ).probabilities;
      a.forEach((p, i) => {
        near(p, b[i]!, 1e-5);
      });
    }),
    { seed: 13, numRuns: 200 },
  );
});
