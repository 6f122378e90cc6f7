import assert from "node:assert/strict";
import { test } from "node:test";
import type { DocumentCoding, LtaHit, Trait } from "../types.ts";
import { buildUnits, chunkResponses, scoreUnits, totalCounts } from "./score.ts";

const hit = (trait: Trait, positive: boolean, sentence: number): LtaHit => ({
  trait,
  positive,
  sentence,
  start: 0,
  end: 1,
  text: "x",
  rule: "test",
});

test("responses: sentences are grouped into >= 100-word responses; a short tail joins the last", () => {
  assert.deepEqual(chunkResponses([60, 50, 100, 30, 10]), [0, 2]);
  assert.deepEqual(chunkResponses([60, 50, 100, 30, 30]), [0, 2, 3]);
  assert.deepEqual(chunkResponses([40]), [0]);
  assert.deepEqual(chunkResponses([]), []);
});

test("per-response averaging vs whole-text pooling on a hand-computed vector", () => {
  // Response 1 (sentences 0-1): CC 1 high of 1. Response 2 (sentences 2): CC 1 high of 4.
  const doc: DocumentCoding = {
    id: "d",
    words: 300,
    sentenceWords: [50, 50, 200],
    utterances: [],
    hits: [
      hit("CC", true, 0),
      hit("CC", true, 2),
      hit("CC", false, 2),
      hit("CC", false, 2),
      hit("CC", false, 2),
      hit("TASK", false, 2),
    ],
  };
  const units = buildUnits([doc]);
  assert.equal(units.n, 2);
  const per = scoreUnits(units, "per-response");
  const whole = scoreUnits(units, "whole-text");
  assert.equal(per.CC, (1 + 0.25) / 2); // Hermann: mean of response percentages
  assert.equal(whole.CC, 2 / 5); // leadeR: pooled X / (X + OX)
  assert.equal(per.TASK, 0);
  assert.equal(per.SC, null); // nothing coded
  assert.deepEqual(totalCounts(units).CC, { positive: 2, negative: 3 });
  // A resample that picks the second response twice.
  assert.equal(scoreUnits(units, "per-response", Int32Array.from([1, 1])).CC, 0.25);
});
