import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyStyle } from "./style.ts";

test("style vector from the research notes: Reactive", () => {
  const s = classifyStyle(
    {
      PWR: 0.45,
      BACE: 0.4,
      CC: 0.5,
      SC: 0.4,
      TASK: 0.65,
      DIS: 0.3,
      IGB: 0.3,
    },
    { normGroup: "heads-87" },
  );
  assert.equal(s!.constraints, "respect");
  assert.equal(s!.openness, "open");
  assert.equal(s!.motivation, "problem");
  assert.equal(s!.style, "Reactive");
  assert.equal(s!.worldview, "cooperative");
});

test("mean split vs +1 SD split changes the label", () => {
  const scores = { PWR: 0.55, BACE: 0.4, CC: 0.4, SC: 0.6, TASK: 0.5, DIS: 0.5, IGB: 0.3 };
  assert.equal(
    classifyStyle(scores, { split: "mean", normGroup: "heads-87" })!.style,
    "Evangelistic",
  );
  const sd = classifyStyle(scores, { split: "sd", normGroup: "heads-87" })!;
  assert.equal(sd.constraints, "respect");
  assert.equal(sd.style, "Consultative");
  assert.equal(
    classifyStyle(scores, { split: "mean", normGroup: "heads-87" })!.worldview,
    "competitive (out-group focus)",
  );
});

test("both CC and SC above their high cut-offs count as open", () => {
  const s = classifyStyle(
    { PWR: 0.7, BACE: 0.7, CC: 0.6, SC: 0.9, TASK: 0.7, DIS: 0.6, IGB: 0.6 },
    { normGroup: "heads-87" },
  );
  assert.equal(s!.openness, "open");
  assert.equal(s!.style, "Incremental");
  assert.equal(s!.worldview, "competitive");
});

test("a missing trait gives no style", () => {
  assert.equal(
    classifyStyle({ PWR: null, BACE: 0.4, CC: 0.5, SC: 0.4, TASK: 0.6, DIS: 0.3, IGB: 0.3 }),
    null,
  );
});

test("the default thresholds are the same-coder group (statecraft-ungd)", () => {
  const s = classifyStyle({
    PWR: 0.1,
    BACE: 0.6,
    CC: 0.8,
    SC: 0.4,
    TASK: 0.8,
    DIS: 0.05,
    IGB: 0.05,
  });
  assert.equal(s!.normGroup, "statecraft-ungd");
  assert.equal(s!.constraints, "challenge");
});
