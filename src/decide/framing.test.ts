import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { backtest } from "./backtest.ts";
import { holding, holdingMarkers, loadFraming } from "./framing.ts";
import { loadCaseFiles } from "./scenario.ts";
import { devCases, testDoctrine } from "./test-helpers.ts";

describe("option framing", () => {
  it("reads holding markers as whole words of the label, case-insensitively", () => {
    assert.deepEqual(holdingMarkers("Keep talking, but ONLY through Oman"), [
      "keep",
      "only",
      "through",
    ]);
    assert.deepEqual(holdingMarkers("Throughput and keeper stay unmarked"), []);
    const opt = { id: "keep_only_without", label: "Sign the agreement", actions: [] };
    assert.equal(holding(opt), 0, "the option id is never read");
    assert.equal(holding({ ...opt, label: "Sign without delay" }), 1);
  });

  it("rejects a malformed marker file with a coded error naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-framing-"));
    const file = join(dir, "framing.yaml");
    writeFileSync(file, 'version: "1"\nholding:\n  continuation: keep\n  restriction: []\n');
    assert.throws(
      () => loadFraming(file),
      (e: { code?: string; field?: string }) =>
        e.code === "SC_DECIDE_FRAMING" && e.field === "holding.continuation",
    );
  });
});

describe("several case files and held-out tests", () => {
  it("refuses a case id that appears in two files", () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-cases-"));
    const line = JSON.stringify({
      id: "x-1",
      date: "2020-01-01",
      decider: "IRN leadership",
      officials: { supreme_leader: "A", president: "B", foreign_minister: "C" },
      context: "c",
      pressures: {
        sanctions: 0,
        military_threat: 0,
        economic_crisis: 0,
        domestic_unrest: 0,
        isolation: 0,
      },
      counterparts: ["USA"],
      options: [
        { id: "a", label: "A", actions: [{ target: "USA", code: "036" }] },
        { id: "b", label: "B", actions: [{ target: "USA", code: "120" }] },
      ],
    });
    writeFileSync(join(dir, "a.jsonl"), `${line}\n`);
    writeFileSync(join(dir, "b.jsonl"), `${line}\n`);
    assert.throws(
      () => loadCaseFiles([join(dir, "a.jsonl"), join(dir, "b.jsonl")]),
      (e: { code?: string; file?: string }) =>
        e.code === "SC_DECIDE_DUPLICATE_ID" && e.file === join(dir, "b.jsonl"),
    );
  });

  it("a held-out test fits on the training cases only and refuses overlapping sets", () => {
    const cases = devCases();
    const train = cases.slice(0, 12);
    const test = cases.slice(12);
    const r = backtest(test, {
      models: ["leader", "uniform"],
      cv: "holdout",
      doctrine: testDoctrine(),
      train,
    });
    assert.equal(r.models[0]!.predictions.length, test.length);
    assert.throws(
      () =>
        backtest(test, {
          models: ["uniform"],
          cv: "holdout",
          doctrine: testDoctrine(),
          train: cases,
        }),
      (e: { code?: string }) => e.code === "SC_DECIDE_HOLDOUT",
    );
  });
});
