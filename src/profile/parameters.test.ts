import assert from "node:assert/strict";
import { test } from "node:test";
import { buildProfile } from "./aggregate.ts";
import { codeDocument } from "./code-document.ts";
import { profileParameters } from "./parameters.ts";
import { fixture } from "./testing/fixture.ts";

test("profile indices become doctrine parameters with provenance text and quoted evidence", () => {
  const a = fixture([
    {
      text: "We support the talks.",
      clauses: [{ subject: "We", referent: "self", verb: "support", lemma: "support" }],
    },
    {
      text: "They attacked our ships.",
      clauses: [{ subject: "They", referent: "other", verb: "attacked", lemma: "attack" }],
    },
  ]);
  const p = buildProfile("t", [codeDocument("d1", a)], { replicates: 20, explain: true });
  const params = profileParameters(p, { textOf: () => a.text });
  const i1 = params.find((x) => x.id === "opcode.i1")!;
  assert.equal(i1.value, 1);
  assert.equal(i1.provenance, "text");
  assert.equal(i1.evidence[0]!.quote, "We support the talks.");
  const p1 = params.find((x) => x.id === "opcode.p1")!;
  assert.equal(p1.value, -1);
  assert.equal(p1.min, -1);
  assert.match(p1.evidence[0]!.quote, /attacked/);
  for (const x of params) assert.match(x.id, /^[a-z][a-z0-9_]*(\.[a-z0-9_+]+)*$/);
});
