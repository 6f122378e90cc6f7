import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildBriefing,
  renderHtml,
  renderJson,
  renderMarkdown,
  verifyBriefing,
} from "../../brief/index.ts";
import type { DemoStep } from "./steps.ts";

/** Writes the Ali Khamenei briefing (seed essay and briefing, his 1987 UN statement, the reference doctrine) as md, html and json. */
export const briefStep: DemoStep = {
  name: "brief",
  async run({ corpus, outDir, repoRoot, print }) {
    const started = performance.now();
    const b = await buildBriefing(corpus, {
      leader: "Ali Khamenei",
      doctrineFile: join(repoRoot, "doctrines/iran-khamenei.yaml"),
      recordOptions: { replicates: 500, seed: 1 },
    });
    const seconds = (performance.now() - started) / 1000;
    const base = join(outDir, "briefing-ali-khamenei");
    writeFileSync(`${base}.md`, renderMarkdown(b));
    writeFileSync(`${base}.html`, renderHtml(b));
    writeFileSync(`${base}.json`, renderJson(b));
    const report = verifyBriefing(b, corpus);
    const kp = b.sections.find((s) => s.id === "key_points");
    print(`${b.title}: built in ${seconds.toFixed(1)} s`);
    print(`  key points: ${kp?.blocks.map((x) => x.heading).join(" | ")}`);
    print(
      `  verifier: ${report.verified} of ${report.sentences} sentences supported, ${report.citations.verified} of ${report.citations.checked} citations resolved; ${b.refused.length} refused while writing`,
    );
    print(`  sources (${b.sources.length}): ${b.sources.map((s) => s.doc).join(", ")}`);
    print(`  wrote ${base}.md, .html and .json (check with: statecraft brief verify ${base}.json)`);
  },
};
