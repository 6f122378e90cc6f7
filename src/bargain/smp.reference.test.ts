/**
 * The SMP against KTAB `smpc` reference runs (data/bargaining/ktab-outputs): same number of
 * turns, every position at every turn within 1e-9 on the 0-100 scale, and the reported
 * probabilities equal to KTAB's to 4 decimals.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { isStatecraftError } from "../core/errors.ts";
import { readKtabCsv } from "./ktab-csv.ts";
import { readKtabXml } from "./ktab-xml.ts";
import { BARGAINING_DATA, type ReferenceRun, readReferenceRun } from "./reference-data.ts";
import type { BargainResult } from "./smp.ts";
import { runSmp } from "./smp.ts";

const OUT = join(BARGAINING_DATA, "ktab-outputs");

function compare(name: string, r: BargainResult, ref: ReferenceRun, tol: number): void {
  assert.equal(r.turns, ref.turns, `${name}: turns`);
  for (let t = 0; t <= ref.turns; t++) {
    ref.positions[t]!.forEach((dims, a) => {
      dims.forEach((v, k) => {
        const got = r.positions[t]![a]![k]!;
        assert.ok(
          Math.abs(got - v) <= tol,
          `${name}: turn ${t} actor ${a} dim ${k}: ${got} vs ${v}`,
        );
      });
    });
  }
  if (ref.probabilities) {
    assert.equal(ref.probabilities.length, r.turns + 1, `${name}: probability history length`);
    ref.probabilities.forEach((row, t) => {
      row.forEach((p, a) => {
        const got = r.probabilities[t]![a]!;
        // KTAB prints with %.4f: the same rounding must give the same digits.
        assert.equal(got.toFixed(4), p, `${name}: prob turn ${t} actor ${a}: ${got} vs ${p}`);
      });
    });
  }
}

function inputFor(stem: string): string {
  for (const dir of ["ktab-inputs", "random-inputs"]) {
    const f = join(BARGAINING_DATA, dir, `${stem}.csv`);
    if (existsSync(f)) return f;
  }
  throw new Error(`no input for ${stem}`);
}

const csvRuns = readdirSync(OUT).filter((d) => d !== "xml-variants");

test("all 18 CSV reference runs are present", () => {
  assert.equal(csvRuns.length, 18);
});

for (const stem of csvRuns) {
  test(`CSV reference run ${stem} is reproduced`, () => {
    const file = inputFor(stem);
    const r = runSmp(readKtabCsv(readFileSync(file, "utf8"), file));
    // Stored at 4 decimals, and every SMP position is a multiple of 0.01 (1e-4 on [0,1]).
    compare(stem, r, readReferenceRun(join(OUT, stem), stem), 1e-9);
  });
}

test("first-turn risk attitudes of dummyData_3Dim match KTAB's log", () => {
  const file = inputFor("dummyData_3Dim");
  const r = runSmp(readKtabCsv(readFileSync(file, "utf8"), file));
  const R = (r.diagnostics.riskAttitudes as number[][])[0]!;
  assert.deepEqual(
    R.map((x) => x.toFixed(3)),
    ["-0.500", "-0.459", "-0.499", "-0.274", "1.000", "-0.232", "-0.430"],
  );
});

const XML = join(BARGAINING_DATA, "ktab-xml-variants");
const XML_OUT = join(OUT, "xml-variants");
// KTAB itself is not reproducible for these (thread-order dependent), see the research note 2.4.
const NOT_REPRODUCIBLE = ["StateTransitions-Stochastic", "VotingRule-ASymProsp"];
// These bargain rules do not round to 1e-4, and the stored outputs have 4 decimals: the
// comparison is then to the stored precision.
const UNROUNDED = ["InterVecBrgn-S2PMax", "BargnModel-PWCompInterp"];

test("XML parameter variants match KTAB where KTAB completed reproducibly", () => {
  const files = readdirSync(XML).filter((f) => f.endsWith(".xml"));
  assert.equal(files.length, 25);
  let compared = 0;
  for (const f of files) {
    const stem = f.replace(/\.xml$/, "");
    const variant = stem.split("__")[1]!;
    const scenario = readKtabXml(readFileSync(join(XML, f), "utf8"), f);
    if (variant === "BigRAdjust-Full") {
      assert.throws(
        () => runSmp(scenario),
        (e) => isStatecraftError(e) && e.code === "SC_BARGAIN_RISK_ESTIMATE",
      );
      continue;
    }
    const r = runSmp(scenario);
    if (NOT_REPRODUCIBLE.includes(variant)) {
      assert.deepEqual(runSmp(scenario).positions, r.positions, `${variant}: seeded rerun`);
      continue;
    }
    const tol = UNROUNDED.includes(variant) ? 0.00005 + 1e-9 : 1e-9;
    compare(variant, r, readReferenceRun(XML_OUT, stem), tol);
    compared++;
  }
  assert.equal(compared, 22);
});

test("smpExample-fixed.xml: parameters and ideal adjustments load; turn-0 probabilities match", () => {
  const file = join(BARGAINING_DATA, "ktab-inputs", "smpExample-fixed.xml");
  const s = readKtabXml(readFileSync(file, "utf8"), file);
  assert.equal(s.actors.length, 5);
  assert.equal(s.parameters?.stateTransitions, "Stochastic");
  assert.ok((s.idealAdjustment?.length ?? 0) > 1);
  const r = runSmp(s);
  const ref = readReferenceRun(XML_OUT, "smpExample-fixed");
  for (const [a, p] of ref.probabilities![0]!.entries()) {
    assert.equal(r.probabilities[0]![a]!.toFixed(4), p);
  }
  for (const [a, dims] of ref.positions[0]!.entries()) {
    for (const [k, v] of dims.entries()) assert.ok(Math.abs(r.positions[0]![a]![k]! - v) < 1e-9);
  }
});
