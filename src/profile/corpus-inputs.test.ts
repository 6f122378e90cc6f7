import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { openCorpus } from "../corpus/index.ts";
import { corpusInput, profileCorpus } from "./corpus-inputs.ts";
import { loadVicsDictionary } from "./data.ts";
import { codeInParallel } from "./pool.ts";
import { LeaderProfiler } from "./profiler.ts";

const root = resolve(import.meta.dirname, "../..");
const ungd = (f: string) => join(root, "examples/corpus/ungd", f);

test("corpus profiles use the stored sentence spans and group by year; workers give the same codings", async () => {
  const corpus = openCorpus(":memory:");
  try {
    for (const [f, date] of [
      ["IRN_2014.txt", "2014"],
      ["IRN_2015.txt", "2015"],
      ["IRN_2016.txt", "2016"],
      ["IRN_2017.txt", "2017"],
    ] as const) {
      await corpus.ingest([ungd(f)], { meta: { speaker: "Hassan Rouhani", country: "IRN", date } });
    }
    const docs = corpus.documents({ speaker: "Rouhani" });
    assert.equal(docs.length, 4);
    const input = corpusInput(corpus, docs[0]!.id);
    const stored = corpus.passages(docs[0]!.id, "sentence");
    assert.deepEqual(
      input.sentences,
      stored.map((p) => ({ start: p.start, end: p.end })),
    );

    const byYear = await profileCorpus(
      corpus,
      { country: "IRN" },
      { by: "year", replicates: 50, workers: 0 },
    );
    assert.deepEqual(
      byYear.map((p) => p.label),
      ["2014", "2015", "2016", "2017"],
    );
    // Offsets of coded verbs point into the stored text.
    const one = new LeaderProfiler({ explain: true, replicates: 0 }).code(input);
    for (const u of one.utterances)
      assert.ok(input.text.slice(u.start, u.end).includes(u.verb.split(/\s+/).pop()!));

    const inputs = docs.map((d) => corpusInput(corpus, d.id));
    const serial = inputs.map((x) => new LeaderProfiler({ explain: false }).code(x));
    const parallel = await codeInParallel(inputs, { workers: 2, batch: 1 });
    assert.deepEqual(parallel, serial);
  } finally {
    corpus.close();
  }
});

test("a corpus selection with no documents is a coded error", async () => {
  const corpus = openCorpus(":memory:");
  try {
    await assert.rejects(profileCorpus(corpus, { speaker: "Nobody" }), {
      code: "SC_PROFILE_NO_TEXTS",
    });
  } finally {
    corpus.close();
  }
});

test("a dictionary that puts one key in two categories is refused with file and field", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-profile-"));
  try {
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        version: "0",
        categories: Object.fromEntries(
          ["punish", "threaten", "oppose", "appeal", "promise", "reward"].map((c, i) => [
            c,
            { weight: i - 3, kind: "word" },
          ]),
        ),
        negation: {
          default: {
            reward: "oppose",
            promise: "oppose",
            appeal: "oppose",
            oppose: "appeal",
            threaten: "appeal",
            punish: "appeal",
          },
        },
        futureDeeds: { reward: "promise", punish: "threaten" },
        negationOverrides: {},
        verbs: { punish: ["attack"], appeal: ["attack"] },
      }),
    );
    assert.throws(
      () => loadVicsDictionary(file),
      (e: { code: string; file: string; field: string }) =>
        e.code === "SC_PROFILE_DATA" && e.file === file && e.field === "verbs.appeal",
    );
    writeFileSync(file, "{ not json");
    assert.throws(() => loadVicsDictionary(`${file}`), { code: "SC_PROFILE_DATA" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("CLI: profile without a selection is a coded error with a hint", () => {
  const r = spawnSync(
    process.execPath,
    [join(root, "bin/statecraft.js"), "profile", "--db", ":memory:"],
    { encoding: "utf8" },
  );
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /SC_CLI_BAD_OPTION: give --speaker or --country/);
});

test("unknown norm groups and Holsti rules fail before any text is coded", async () => {
  assert.throws(() => new LeaderProfiler({ vicsNormGroup: "nope" }), {
    code: "SC_PROFILE_NORM_GROUP",
  });
  assert.throws(() => new LeaderProfiler({ holstiRule: "nope" }), {
    code: "SC_PROFILE_HOLSTI_RULE",
  });
  assert.throws(() => new LeaderProfiler({ confidence: 95 }), { code: "SC_PROFILE_OPTION" });
  const corpus = openCorpus(":memory:");
  try {
    await assert.rejects(profileCorpus(corpus, { speaker: "x" }, { styleNormGroup: "nope" }), {
      code: "SC_PROFILE_NORM_GROUP",
    });
  } finally {
    corpus.close();
  }
});

test("CLI: profile --explain prints every coded verb with its entry and rule, and compare runs", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-profile-cli-"));
  try {
    const db = join(dir, "t.db");
    const bin = join(root, "bin/statecraft.js");
    const ing = spawnSync(
      process.execPath,
      [bin, "ingest", ungd("IRN_2014.txt"), ungd("USA_2014.txt"), "--db", db],
      { encoding: "utf8" },
    );
    assert.equal(ing.status, 0, ing.stderr);
    const r = spawnSync(
      process.execPath,
      [
        bin,
        "profile",
        "--country",
        "IRN",
        "--explain",
        "--replicates",
        "20",
        "--workers",
        "0",
        "--db",
        db,
      ],
      { encoding: "utf8" },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /## VICS: \d+ coded verbs/);
    assert.match(
      r.stdout,
      /(SELF|OTHER) ".+" \| .+ \| (punish|threaten|oppose|appeal|promise|reward) \([+-]\d\) \| .+ \| entry ".+" \| dictionary/,
    );
    assert.match(r.stdout, /## LTA: \d+ hits/);
    const c = spawnSync(
      process.execPath,
      [bin, "profile", "compare", "IRN", "USA", "--replicates", "20", "--workers", "0", "--db", db],
      { encoding: "utf8" },
    );
    assert.equal(c.status, 0, c.stderr);
    assert.match(c.stdout, /\| P1 \| .+ \| .+ \| .+ \| (overlap|differs|NA) \|/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
