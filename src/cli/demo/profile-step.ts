import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCompare, formatExplain, formatProfile, profileCorpus } from "../../profile/index.ts";
import type { DemoStep } from "./steps.ts";

/** Profiles Rouhani and Ahmadinejad from their UN statements and writes Rouhani's audit trail. */
export const profileStep: DemoStep = {
  name: "profile",
  async run({ corpus, outDir, print }) {
    const started = performance.now();
    const opts = { replicates: 500, seed: 1, explain: true };
    const [rouhani] = await profileCorpus(
      corpus,
      { speaker: "Rouhani", collection: "ungd" },
      { ...opts, label: "Rouhani" },
    );
    const [ahmadinejad] = await profileCorpus(
      corpus,
      { speaker: "Ahmadinejad", collection: "ungd" },
      { ...opts, label: "Ahmadinejad" },
    );
    print(
      `profiled in ${((performance.now() - started) / 1000).toFixed(1)} s (text layer + VICS + LTA, 500 bootstrap replicates)\n`,
    );
    print(formatCompare(rouhani!, ahmadinejad!));
    const file = join(outDir, "profile-rouhani.md");
    writeFileSync(
      file,
      `${formatProfile(rouhani!)}\n\n${formatExplain(rouhani!, (doc, s) => (doc ? corpus.passages(doc, "sentence")[s]?.text : undefined))}\n`,
    );
    const u = rouhani!.explanation!.utterances[0];
    if (u)
      print(
        `\naudit trail sample: ${u.referent.toUpperCase()} "${u.subject}" ${u.verb} -> ${u.category} (${u.weight}) via "${u.entry}" [${u.rule}]`,
      );
    print(`full profile and audit trail: ${file}`);
  },
};
