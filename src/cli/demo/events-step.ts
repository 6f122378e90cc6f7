import { dyad, EventCoder, storedDocumentInput } from "../../events/index.ts";
import type { DemoStep } from "./steps.ts";

/** Codes Iran's UN statements into CAMEO events and shows the Iran-US record. */
export const eventsStep: DemoStep = {
  name: "events",
  run({ corpus, print }) {
    const coder = new EventCoder();
    const docs = corpus.documents({ country: "IRN", from: "1989" });
    const started = performance.now();
    const events = [];
    let sentences = 0;
    for (const d of docs) {
      const rec = corpus.document(d.id);
      if (!rec) continue;
      const input = storedDocumentInput(corpus, rec);
      sentences += input.sentences?.length ?? 0;
      events.push(...coder.code(input).events);
    }
    const seconds = (performance.now() - started) / 1000;
    print(
      `coded ${sentences} sentences of ${docs.length} Iranian UN statements (1989-2024) in ${seconds.toFixed(1)} s: ${events.length} events`,
    );
    const byRoot = new Map<string, number>();
    for (const e of events) byRoot.set(e.root, (byRoot.get(e.root) ?? 0) + 1);
    print(
      `  by CAMEO root: ${[...byRoot]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([r, n]) => `${r}:${n}`)
        .join(" ")}`,
    );
    const example = events.find((e) => e.source.startsWith("IRN") && e.target.startsWith("USA"));
    if (example) {
      const s = example.sentenceText;
      print(
        `  example: ${example.source} -[${example.code}, Goldstein ${example.goldstein}]-> ${example.target} (${example.docId}, pattern ${example.pattern})`,
      );
      print(`    "${s.slice(0, 160)}${s.length > 160 ? "..." : ""}"`);
    }
    print("  Iran -> United States by year (events, Goldstein sum):");
    for (const r of dyad(events, "IRN", "USA", { by: "year", dedup: "none" })) {
      if (r.direction === "a->b")
        print(`    ${r.period}  ${String(r.count).padStart(3)}  ${r.goldsteinSum.toFixed(1)}`);
    }
  },
};
