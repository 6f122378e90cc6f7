import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { actionTokens } from "./action-tokens.ts";
import { loadLexicons } from "./lexicon-settings.ts";
import { fitLogit } from "./logit.ts";
import {
  createModel,
  modelParams,
  type OrganisationalModel,
  type RationalActorModel,
} from "./models/index.ts";
import { fitSparseLogit } from "./sparse-logit.ts";
import { TargetBook } from "./targets.ts";
import { devCases, testDoctrine } from "./test-helpers.ts";
import type { LabelledCase } from "./types.ts";
import { labelWords, wordingLexicon } from "./wording.ts";

describe("label words", () => {
  it("drops names, acronyms, function words and short words, and folds plurals", () => {
    assert.deepEqual(
      labelWords("Sign the Bushehr contract with Russia and open talks at the IAEA on sanctions"),
      ["sign", "contract", "open", "talk", "sanction"],
    );
    // The first word is read even when capitalised; "-ss" words keep their ending.
    assert.deepEqual(labelWords("Press Tehran's claims, and press again"), [
      "press",
      "claim",
      "again",
    ]);
  });

  it("rejects malformed settings with a coded error naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-lexicons-"));
    const file = join(dir, "lexicons.yaml");
    writeFileSync(
      file,
      [
        'version: "1"',
        "wording: { min_count: 0, lambda: 3, folds: 5, seed: 1, min_length: 3, stopwords: [] }",
        "revealed: { min_count: 4, lambda: 3, folds: 5, seed: 1 }",
        "",
      ].join("\n"),
    );
    assert.throws(
      () => loadLexicons(file),
      (e: { code?: string; field?: string }) =>
        e.code === "SC_DECIDE_LEXICONS" && e.field === "wording.min_count",
    );
  });
});

describe("sparse conditional logit", () => {
  it("finds the same optimum as the dense solver on one-hot rows", () => {
    const rows = [
      [[0, 2], [1], [3]],
      [[1, 2], [0], [3, 4]],
      [[4], [2, 3], [0, 1]],
      [[0], [1, 4], [2]],
      [[3], [0, 4], [1, 2]],
    ];
    const ys = [0, 1, 2, 0, 1];
    const K = 5;
    const sparse = fitSparseLogit(
      rows.map((r, i) => ({ rows: r, y: ys[i]! })),
      K,
      { lambda: 0.7 },
    );
    const dense = fitLogit(
      rows.map((r, i) => ({
        x: r.map((idx) => Array.from({ length: K }, (_, k) => (idx.includes(k) ? 1 : 0))),
        y: ys[i]!,
      })),
      new Array(K).fill(0),
      0.7,
    ).theta;
    for (let k = 0; k < K; k++) assert.ok(Math.abs(sparse[k]! - dense[k]!) < 1e-7, `w${k}`);
  });
});

describe("token lexicons", () => {
  const cases = (): LabelledCase[] =>
    devCases().map((s) => ({ scenario: s.scenario, chosen: s.chosen }));

  it("learns weights only for words that occur often enough, and scores labels by them", () => {
    const lex = wordingLexicon().fit(cases());
    assert.ok(lex.size > 5);
    const cfg = loadLexicons().wording;
    for (const w of lex.weights.keys()) assert.ok(!cfg.stopwords.has(w));
    const [first] = lex.weights.keys();
    const [s] = cases();
    const option = (label: string) => ({ id: "x", label, actions: [] });
    const twice = option(`Say ${first} twice: ${first}`);
    assert.ok(Math.abs(lex.score(twice, s!.scenario) - lex.weights.get(first!)!) < 1e-12);
    assert.equal(lex.score(option("Zyzzyva quux"), s!.scenario), 0, "unknown words say nothing");
  });

  it("is deterministic and does not depend on the order of the cases or options", () => {
    const a = wordingLexicon().crossFit(cases());
    const shuffled = cases()
      .reverse()
      .map((c) => ({
        ...c,
        scenario: { ...c.scenario, options: [...c.scenario.options].reverse() },
      }));
    const b = wordingLexicon().crossFit(shuffled);
    // Equal up to the rounding of sums taken in another order.
    const close = (x: number, y: number) => Math.abs(x - y) < 1e-9;
    const wa = a.lexicon.toJSON();
    const wb = b.lexicon.toJSON();
    assert.deepEqual(Object.keys(wa), Object.keys(wb));
    for (const w of Object.keys(wa)) assert.ok(close(wa[w]!, wb[w]!), w);
    assert.deepEqual(a.lexicon.toJSON(), wordingLexicon().crossFit(cases()).lexicon.toJSON());
    for (const c of shuffled) {
      const sa = [...a.outOfFold.get(c.scenario.id)!].reverse();
      const sb = b.outOfFold.get(c.scenario.id)!;
      sa.forEach((v, m) => {
        assert.ok(close(v, sb[m]!), c.scenario.id);
      });
    }
  });

  it("gives the training cases out-of-fold scores, not their own answer key", () => {
    const all = cases();
    const { lexicon, outOfFold } = wordingLexicon().crossFit(all);
    let differ = 0;
    for (const c of all) {
      const inSample = c.scenario.options.map((o) => lexicon.score(o, c.scenario));
      if (inSample.some((v, m) => Math.abs(v - outOfFold.get(c.scenario.id)![m]!) > 1e-9)) differ++;
    }
    assert.ok(differ > all.length / 2, `${differ} of ${all.length}`);
    // In sample the lexicon ranks the chosen option higher than out of fold does.
    const rank = (scores: number[], c: LabelledCase) => {
      const chosen = scores[c.scenario.options.findIndex((o) => o.id === c.chosen)]!;
      return scores.filter((v) => v > chosen).length;
    };
    const inRank = all.reduce(
      (s, c) =>
        s +
        rank(
          c.scenario.options.map((o) => lexicon.score(o, c.scenario)),
          c,
        ),
      0,
    );
    const oofRank = all.reduce((s, c) => s + rank(outOfFold.get(c.scenario.id)!, c), 0);
    assert.ok(inRank < oofRank, `${inRank} vs ${oofRank}`);
  });
});

describe("action tokens", () => {
  it("read each action as its code and its root by the target's stance", () => {
    const [c] = devCases();
    const book = new TargetBook(testDoctrine());
    const option = {
      id: "x",
      label: "ignored",
      actions: [
        { target: "USA", code: "036" },
        { target: "RUS", code: "057" },
        { target: "USA", code: "036" },
      ],
    };
    assert.deepEqual(actionTokens(option, c!.scenario, book), [
      "code:036",
      "root:03/hostile",
      "code:057",
      "root:05/aligned",
    ]);
  });
});

describe("lexicons in the models", () => {
  const cases = devCases();
  const doctrine = testDoctrine();

  it("store their weights with the fitted parameters and predict the same after a round trip", () => {
    const fitted = createModel("organisational", doctrine).fit(cases);
    const params = modelParams(fitted);
    assert.ok(Object.keys(params.lexicon ?? {}).length > 0);
    assert.ok(Object.keys(params.habits ?? {}).length > 0);
    const again = createModel("organisational", doctrine, params) as OrganisationalModel;
    again.remember(cases);
    for (const c of cases) {
      assert.deepEqual(
        again.predict(c.scenario).probabilities,
        fitted.predict(c.scenario).probabilities,
      );
    }
  });

  it("switch off for the ablations: no weights fitted, every score 0", () => {
    const org = createModel(
      "organisational",
      doctrine,
      {},
      { framing: false, revealed: false },
    ).fit(cases) as OrganisationalModel;
    const ra = createModel("rational", doctrine, {}, { revealed: false }).fit(
      cases,
    ) as RationalActorModel;
    assert.equal(org.wording.lexicon.size, 0);
    assert.equal(org.habits.lexicon.size, 0);
    assert.equal(ra.revealed.lexicon.size, 0);
    assert.equal(ra.revealedTheta, 0);
    for (const c of cases) {
      for (const f of org.features(c.scenario)) {
        assert.equal(f.wording, 0);
        assert.equal(f.habits, 0);
        assert.equal(f.holding, 0);
      }
      assert.ok(ra.revealedScores(c.scenario).every((v) => v === 0));
    }
  });

  it("explain an option's score by its tokens", () => {
    const ra = createModel("rational", doctrine).fit(cases) as RationalActorModel;
    const terms = ra.predict(cases[0]!.scenario).explanation.ranked.flatMap((r) => r.terms ?? []);
    const revealed = terms.find((t) => t.term === "revealed");
    assert.ok(revealed, "the revealed term is listed");
    assert.match(revealed!.detail ?? "", /code:\d{3} [+-]\d\.\d\d/);
  });
});
