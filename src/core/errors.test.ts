import assert from "node:assert/strict";
import { test } from "node:test";
import { asStatecraftError, StatecraftError } from "./errors.ts";

test("StatecraftError formats code, location and hint", () => {
  const e = new StatecraftError("SC_X_Y", "bad thing", {
    file: "a.yaml",
    line: 3,
    column: 5,
    field: "principles[0].weight",
    hint: "use a number from 0 to 1",
  });
  assert.equal(
    e.format(),
    "SC_X_Y: bad thing (a.yaml:3:5, principles[0].weight)\n  hint: use a number from 0 to 1",
  );
  assert.deepEqual(e.toJSON(), {
    code: "SC_X_Y",
    message: "bad thing",
    file: "a.yaml",
    line: 3,
    column: 5,
    field: "principles[0].weight",
    hint: "use a number from 0 to 1",
  });
});

test("asStatecraftError keeps coded errors and wraps others", () => {
  const coded = new StatecraftError("SC_A", "a");
  assert.equal(asStatecraftError(coded), coded);
  assert.equal(asStatecraftError(new Error("boom")).code, "SC_INTERNAL");
});
