/** Golden-output tests of `statecraft decide`, `decide --compare` and `backtest` (UPDATE_GOLDEN=1 rewrites). */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
// Paths relative to the repository root, so the goldens do not depend on the checkout location.
const TWO = "src/decide/testdata/two.jsonl";
const FIXTURE_DOCTRINE = "src/decide/fixtures/test-doctrine.yaml";
const SUCCESSOR_DOCTRINE = "src/decide/fixtures/successor-doctrine.yaml";

function cli(args: string[]): { out: string; err: string; status: number | null } {
  const r = spawnSync(process.execPath, ["bin/statecraft.js", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

function golden(name: string, actual: string): void {
  const file = here(`./testdata/${name}`);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, "utf8"));
}

describe("decide CLI", () => {
  it("prints the documented JSON shape, one object per scenario", () => {
    const r = cli(["decide", TWO, "--json", "--doctrine", FIXTURE_DOCTRINE, "--fit", "none"]);
    assert.equal(r.status, 0, r.err);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    for (const o of lines) {
      assert.deepEqual(Object.keys(o), ["scenario", "default", "models"]);
      assert.ok(o.models[o.default]);
      for (const m of Object.values(o.models) as {
        probabilities: Record<string, number>;
        explanation: unknown;
      }[]) {
        assert.deepEqual(Object.keys(m).slice(0, 2), ["probabilities", "explanation"]);
      }
    }
    golden("decide.golden.json", r.out);
  });

  it("explains the top option with terms and doctrine evidence", () => {
    const r = cli([
      "decide",
      TWO,
      "--model",
      "rational",
      "--doctrine",
      FIXTURE_DOCTRINE,
      "--fit",
      "none",
    ]);
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /top option: /);
    assert.match(r.out, /\[001_dcca0429d434bd18; principle /);
    golden("decide.golden.md", r.out);
  });

  it("lists the decisions that flip under another doctrine", () => {
    const r = cli([
      "decide",
      "--compare",
      FIXTURE_DOCTRINE,
      SUCCESSOR_DOCTRINE,
      "examples/decisions/iran-dev.jsonl",
      "--fit",
      "none",
    ]);
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /decisions flip/);
    golden("compare.golden.md", r.out);
  });

  it("backtests with leave-one-out in markdown and JSON", () => {
    const md = cli([
      "backtest",
      "examples/decisions/iran-dev.jsonl",
      "--doctrine",
      FIXTURE_DOCTRINE,
    ]);
    assert.equal(md.status, 0, md.err);
    assert.match(md.out, /\| uniform \| baseline \|/);
    golden("backtest.golden.md", md.out);
    const js = cli([
      "backtest",
      "examples/decisions/iran-dev.jsonl",
      "--doctrine",
      FIXTURE_DOCTRINE,
      "--models",
      "rational,uniform",
      "--json",
    ]);
    assert.equal(js.status, 0, js.err);
    const rep = JSON.parse(js.out);
    assert.equal(rep.cases, 20);
    assert.equal(rep.models.length, 2);
    golden("backtest.golden.json", js.out);
  });

  it("reports bad input with a code and location, never a stack trace", () => {
    const r = cli(["decide", FIXTURE_DOCTRINE, "--doctrine", FIXTURE_DOCTRINE]);
    assert.notEqual(r.status, 0);
    assert.match(r.err, /^SC_DECIDE_INVALID_SCENARIO: .*test-doctrine\.yaml:\d+/);
    assert.doesNotMatch(r.err, /\n\s+at /);
    const m = cli(["backtest", "examples/decisions/iran-dev.jsonl", "--models", "oracle"]);
    assert.match(m.err, /SC_DECIDE_UNKNOWN_MODEL/);
  });
});
