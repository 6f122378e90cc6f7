import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { diffDoctrines, renderDiffMarkdown } from "./diff.ts";
import { findEvidence, renderEvidenceMarkdown } from "./evidence.ts";
import { loadDoctrine } from "./load.ts";
import { renderDoctrineJson, renderDoctrineMarkdown } from "./show.ts";
import { golden, HYPOTHETICAL, iranUnCorpus, REFERENCE, REPO, seedCorpus } from "./testing.ts";

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

test("show renders the reference doctrine (md and json)", () => {
  const { doctrine } = loadDoctrine(REFERENCE);
  const md = renderDoctrineMarkdown(doctrine);
  golden("show.golden.md", md);
  golden("show.golden.json", json(renderDoctrineJson(doctrine)));
  for (const section of [
    "## Principles",
    "## Pillars",
    "## Stances",
    "## Red lines",
    "## Flexibility",
    "## Parameters",
    "## Gaps",
  ])
    assert.ok(md.includes(section), section);
  assert.ok(md.includes("| USA (United States of America) | -0.9 | -0.9 | text |"));
});

test("show marks a hypothetical doctrine", () => {
  const md = renderDoctrineMarkdown(loadDoctrine(HYPOTHETICAL).doctrine);
  assert.ok(md.includes("**HYPOTHETICAL doctrine: not drawn from sources.**"));
});

test("diff compares the reference with the hypothetical successor (md and json)", () => {
  const a = loadDoctrine(REFERENCE).doctrine;
  const b = loadDoctrine(HYPOTHETICAL).doctrine;
  const d = diffDoctrines(a, b);
  golden("diff.golden.md", renderDiffMarkdown(d));
  golden("diff.golden.json", json(d));
  const usa = d.stances.find((s) => s.key === "USA")!;
  assert.equal(usa.status, "changed");
  assert.equal(usa.changes.find((c) => c.field === "alignment")?.delta, 0.5);
  assert.equal(d.stances.find((s) => s.key === "E3")?.status, "added");
  assert.equal(d.stances.find((s) => s.key === "HEZ")?.status, "removed");
  const self = diffDoctrines(a, a);
  assert.ok(
    [...self.principles, ...self.stances, ...self.parameters].every((i) => i.status === "same"),
  );
  assert.deepEqual(self.header, []);
});

test("evidence on the Iranian UN General Debate statements (1989-2024)", async () => {
  const corpus = await iranUnCorpus(1989);
  try {
    const { doctrine } = loadDoctrine(REFERENCE);
    const report = await findEvidence(doctrine, corpus, { country: "IRN", from: "1989", limit: 3 });
    golden("evidence.golden.md", renderEvidenceMarkdown(report));
    const recent = await findEvidence(doctrine, corpus, {
      country: "IRN",
      from: "2013",
      to: "2016",
      limit: 2,
    });
    golden("evidence.golden.json", json(recent));
    assert.equal(report.documents, 36);
    const usa = report.items.find((i) => i.kind === "stance" && i.id === "USA")!;
    assert.ok(usa.counts.supporting > usa.counts.contradicting);
    for (const item of report.items)
      for (const h of [...item.supporting, ...item.contradicting]) {
        const doc = corpus.document(h.evidence.doc)!;
        assert.equal(doc.text.slice(h.evidence.start, h.evidence.end), h.evidence.quote);
        assert.ok(h.reason.matched.length > 0);
      }
  } finally {
    corpus.close();
  }
});

test("evidence reads negation and the target's neighbourhood", async () => {
  const corpus = await seedCorpus();
  try {
    const { doctrine } = loadDoctrine(REFERENCE);
    const report = await findEvidence(doctrine, corpus, { limit: 10 });
    const usa = report.items.find((i) => i.id === "USA")!;
    assert.ok(usa.supporting.some((h) => h.reason.hostile.length > 0));
    const exp = report.items.find((i) => i.kind === "principle" && i.id === "expediency")!;
    assert.ok(exp.supporting.length > 0);
  } finally {
    corpus.close();
  }
});

test("CLI: validate passes on the reference and reports a located, coded error without a stack trace", () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [`${REPO}bin/statecraft.js`, "doctrine", ...args], {
      encoding: "utf8",
      cwd: REPO,
    });
  const ok = cli(["validate", "doctrines/iran-khamenei.yaml", "--ingest", "examples/corpus/seeds"]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(
    ok.stdout,
    /^ok: doctrines\/iran-khamenei\.yaml \((\d+) of \1 evidence quotes verified\)/,
  );
  const bad = cli(["show", "doctrines/does-not-exist.yaml"]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^SC_DOCTRINE_FILE_NOT_FOUND: /);
  assert.doesNotMatch(bad.stderr, /\n\s+at /);
});
