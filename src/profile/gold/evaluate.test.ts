import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluateLta, evaluateVics, loadGold, runGold } from "./evaluate.ts";

test("VICS evaluation: per-category precision and recall on a hand-computed toy case", () => {
  const gold = [
    [
      { subject: "We", referent: "self" as const, verb: "help", category: "reward" as const },
      { subject: "They", referent: "other" as const, verb: "attack", category: "punish" as const },
    ],
    [{ subject: "We", referent: "self" as const, verb: "support", category: "appeal" as const }],
  ];
  const auto = [
    [
      { lemma: "help", referent: "self" as const, category: "reward" as const },
      { lemma: "attack", referent: "self" as const, category: "punish" as const },
    ],
    [
      { lemma: "support", referent: "self" as const, category: "promise" as const },
      { lemma: "meet", referent: "self" as const, category: "appeal" as const },
    ],
  ];
  const e = evaluateVics(gold, auto);
  assert.deepEqual(
    [e.categories.reward.tp, e.categories.reward.fp, e.categories.reward.fn],
    [1, 0, 0],
  );
  assert.deepEqual(
    [e.categories.punish.tp, e.categories.punish.fp, e.categories.punish.fn],
    [0, 1, 1],
  );
  assert.deepEqual(
    [e.categories.appeal.tp, e.categories.appeal.fp, e.categories.appeal.fn],
    [0, 1, 1],
  );
  assert.deepEqual([e.categories.promise.fp, e.categories.promise.precision], [1, 0]);
  assert.equal(e.overall.precision, 1 / 4);
  assert.equal(e.overall.recall, 1 / 3);
  // help and support are detected with the right referent; attack has the wrong one.
  assert.deepEqual([e.detection.tp, e.detection.fp, e.detection.fn], [2, 2, 1]);
  assert.equal(e.referentAccuracy, 2 / 3);
  assert.equal(e.categoryAccuracy, 1 / 2);
});

test("LTA evaluation: trait, polarity and overlapping words", () => {
  const e = evaluateLta(
    [
      [
        { trait: "CC", text: "perhaps", positive: true },
        { trait: "BACE", text: "bringing", positive: true },
      ],
    ],
    [
      [
        { trait: "CC", text: "Perhaps", positive: true },
        { trait: "BACE", text: "are bringing", positive: false },
      ],
    ],
  );
  assert.deepEqual(e["CC+"], { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  assert.equal(e["BACE+"]!.fn, 1);
  assert.equal(e["BACE-"]!.fp, 1);
});

test("the gold set has at least 150 sentences and 100 LTA items, and the evaluation runs on it", () => {
  const gold = loadGold();
  assert.ok(gold.length >= 150);
  assert.ok(gold.reduce((n, g) => n + (g.lta?.length ?? 0), 0) >= 100);
  const r = runGold(gold);
  const total = Object.values(r.vics.categories).reduce((n, p) => n + p.tp + p.fn, 0);
  assert.equal(total, r.vicsItems);
  for (const p of Object.values(r.lta)) {
    if (p.precision !== null) assert.ok(p.precision >= 0 && p.precision <= 1);
  }
});
