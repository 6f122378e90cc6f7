import assert from "node:assert/strict";
import { test } from "node:test";
import { codeDocument } from "./code-document.ts";
import { fitNorms } from "./fit-norms.ts";
import { fixture } from "./testing/fixture.ts";

const doc = (speaker: string, self: string[], other: string[]) => {
  const specs = [
    ...self.map((v) => ({
      text: `We ${v} them.`,
      clauses: [{ subject: "We", referent: "self" as const, verb: v, lemma: v }],
    })),
    ...other.map((v) => ({
      text: `They ${v} us.`,
      clauses: [{ subject: "They", referent: "other" as const, verb: v, lemma: v }],
    })),
  ];
  return codeDocument(speaker, fixture(specs), {}, { speaker, country: "XXX" });
};

test("fitted norms: mean and sample SD across speakers, small speakers left out", () => {
  // I-1: speaker a = 1 (support), b = 0 (support, oppose), c = -1 (attack) but c is too small.
  const a = doc("Ann Smith", ["support", "support"], ["attack"]);
  const b = doc("Bob Jones", ["support", "oppose"], ["help"]);
  const c = doc("Cy Small", ["attack"], []);
  c.words = 1;
  a.words = 50;
  b.words = 50;
  const n = fitNorms([a, b, c], { minWords: 10, name: "t" });
  assert.equal(n.vics.n, 2);
  assert.deepEqual(
    n.speakers.map((s) => s.key),
    ["XXX|jones", "XXX|smith"],
  );
  assert.equal(n.vics.norms.I1!.mean, 0.5);
  assert.equal(n.vics.norms.I1!.sd, Math.round(Math.SQRT1_2 * 1e4) / 1e4);
  assert.equal(n.vics.norms.P1!.mean, 0); // -1 and +1
  assert.equal(n.vics.provenance, "fitted");
});
