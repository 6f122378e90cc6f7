import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { StatecraftError } from "../core/errors.ts";
import { DEV_SET_PATH } from "./fit-run.ts";
import { parseScenarios } from "./scenario.ts";

const dev = readFileSync(DEV_SET_PATH, "utf8");

function fails(text: string, file: string, code: string): StatecraftError {
  try {
    parseScenarios(text, file);
  } catch (e) {
    assert.ok(e instanceof StatecraftError, String(e));
    assert.equal(e.code, code, e.message);
    return e;
  }
  assert.fail("expected an error");
}

describe("scenario loading", () => {
  it("reads the 20 dev cases and keeps the answer key apart", () => {
    const cases = parseScenarios(dev, "dev.jsonl");
    assert.equal(cases.length, 20);
    for (const c of cases) {
      assert.ok(c.chosen);
      const s = c.scenario as unknown as Record<string, unknown>;
      for (const k of ["chosen", "sources", "note", "pressures_note"])
        assert.equal(k in s, false, k);
      for (const o of c.scenario.options) assert.equal("posture" in o, false);
    }
  });

  it("reads JSON arrays and YAML with the same result", () => {
    const cases = parseScenarios(dev, "dev.jsonl");
    const raw = dev
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(parseScenarios(JSON.stringify(raw, null, 1), "dev.json"), cases);
    const yaml = raw.map((r) => `- ${JSON.stringify(r)}`).join("\n");
    assert.deepEqual(parseScenarios(yaml, "dev.yaml"), cases);
  });

  it("locates a bad JSONL line", () => {
    const lines = dev.trim().split("\n");
    lines[2] = lines[2]!.slice(0, 40);
    const e = fails(lines.join("\n"), "x.jsonl", "SC_DECIDE_PARSE");
    assert.equal(e.line, 3);
  });

  it("names the field and line of a schema error", () => {
    const lines = dev.trim().split("\n");
    const rec = JSON.parse(lines[4]!);
    rec.pressures.sanctions = 1.5;
    lines[4] = JSON.stringify(rec);
    const e = fails(lines.join("\n"), "x.jsonl", "SC_DECIDE_INVALID_SCENARIO");
    assert.equal(e.line, 5);
    assert.equal(e.field, "pressures.sanctions");
  });

  it("locates YAML errors by line and column", () => {
    const yaml = [
      "id: a",
      "date: 2020-01-01",
      "decider: IRN leadership",
      "officials: {}",
      "context: c",
      "pressures: {sanctions: 0.1, military_threat: 0.1, economic_crisis: 0.1, domestic_unrest: 0.1, isolation: 0.1}",
      "counterparts: [USA]",
      "options:",
      "  - {id: x, label: X, actions: [{target: USA, code: '036'}]}",
      "  - {id: y, label: Y, actions: [{target: USA, code: '999'}]}",
    ].join("\n");
    const e = fails(yaml, "s.yaml", "SC_DECIDE_INVALID_SCENARIO");
    assert.equal(e.line, 10);
    assert.equal(e.field, "options[1].actions[0].code");
    assert.match(e.message, /unknown CAMEO/);
  });

  it("rejects unknown fields, a chosen outside the options, duplicates and empty input", () => {
    const rec = JSON.parse(dev.split("\n")[0]!);
    fails(JSON.stringify({ ...rec, extra: 1 }), "a.json", "SC_DECIDE_INVALID_SCENARIO");
    fails(JSON.stringify({ ...rec, chosen: "nope" }), "a.json", "SC_DECIDE_INVALID_SCENARIO");
    fails(`${JSON.stringify(rec)}\n${JSON.stringify(rec)}`, "a.jsonl", "SC_DECIDE_DUPLICATE_ID");
    fails("  \n", "a.jsonl", "SC_DECIDE_EMPTY");
    fails("[1, 2", "a.json", "SC_DECIDE_PARSE");
  });
});
