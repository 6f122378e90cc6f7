import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDoctrineMarkdown, validateDoctrine } from "../../doctrine/index.ts";
import type { DemoStep } from "./steps.ts";

/** Validates the reference doctrine's every quote against the corpus and writes its page. */
export const doctrineStep: DemoStep = {
  name: "doctrine",
  async run({ corpus, outDir, repoRoot, print }) {
    const file = join(repoRoot, "doctrines/iran-khamenei.yaml");
    const report = await validateDoctrine(file, corpus);
    print(
      `doctrines/iran-khamenei.yaml: ${report.ok ? "valid" : "INVALID"}; ${report.quotes.verified}/${report.quotes.checked} quotes verified against the corpus`,
    );
    for (const issue of report.issues.slice(0, 5)) print(`  ${issue.format()}`);
    const d = report.doctrine;
    if (!d) return;
    print(
      `  ${d.principles.length} principles (${d.principles.map((p) => `${p.id} ${p.weight}`).join(", ")})`,
    );
    print(
      `  ${d.pillars.length} pillars, ${d.stances.length} stances, ${d.flexibility.length} flexibility rules, ${d.gaps.length} gaps`,
    );
    const out = join(outDir, "doctrine-iran-khamenei.md");
    writeFileSync(out, renderDoctrineMarkdown(d));
    print(`  page written to ${out}`);
  },
};
