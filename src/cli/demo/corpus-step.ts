import { join } from "node:path";
import { summarizeIngest } from "../commands/corpus.ts";
import type { DemoStep } from "./steps.ts";

/** Ingests the bundled example corpus and shows what is in it and how search answers. */
export const corpusStep: DemoStep = {
  name: "corpus",
  async run({ corpus, repoRoot, print }) {
    const started = performance.now();
    const report = await corpus.ingest([join(repoRoot, "examples/corpus")]);
    const seconds = (performance.now() - started) / 1000;
    print(summarizeIngest(report));
    print(`ingest took ${seconds.toFixed(1)} s`);
    const docs = corpus.documents();
    const byCollection = new Map<string, number>();
    const byCountry = new Map<string, number>();
    for (const d of docs) {
      byCollection.set(d.collection ?? "-", (byCollection.get(d.collection ?? "-") ?? 0) + 1);
      if (d.country) byCountry.set(d.country, (byCountry.get(d.country) ?? 0) + 1);
    }
    print(
      `\ncorpus: ${docs.length} documents, ${docs.reduce((a, d) => a + d.words, 0).toLocaleString("en")} words`,
    );
    print(`  by collection: ${[...byCollection].map(([k, v]) => `${k} ${v}`).join(", ")}`);
    print(
      `  by country: ${[...byCountry]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
    for (const q of ['"heroic flexibility"', "Look East Russia China"]) {
      print(`\nsearch ${q}:`);
      for (const h of corpus.search(q, { limit: 3 })) {
        print(
          `  ${h.doc.id} [${h.passage.start}-${h.passage.end}] ${h.snippet.slice(0, 160)}${h.snippet.length > 160 ? "..." : ""}`,
        );
      }
    }
    const iran = corpus.search("sanctions", { country: "IRN", from: "2013", to: "2020", limit: 2 });
    print(`\nsearch sanctions --country IRN --from 2013 --to 2020:`);
    for (const h of iran) print(`  ${h.doc.id} (${h.doc.speaker}) ${h.snippet.slice(0, 160)}...`);
  },
};
