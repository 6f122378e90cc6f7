import assert from "node:assert/strict";
import { test } from "node:test";
import { withArticle } from "./faq.ts";
import { displayName, loadedTerms, quoteLoaded, stem } from "./style.ts";
import { listText, lowerFirst, renderTemplate } from "./templates.ts";
import { planBullets } from "./themes.ts";

test("names lose honorifics and shouting case", () => {
  assert.equal(displayName("Mr. Hassan Rouhani"), "Hassan Rouhani");
  assert.equal(displayName("ALI  KHAMENEI"), "Ali Khamenei");
  assert.equal(displayName("Ayatollah Seyyed Ali Khamenei"), "Ali Khamenei");
  assert.equal(displayName("Mahmoud Ahmadinejad"), "Mahmoud Ahmadinejad");
});

test("loaded terms are found outside quotations only, and labels quote them", () => {
  assert.deepEqual(loadedTerms("the martyred Leader"), ["martyr*"]);
  assert.deepEqual(loadedTerms("the “martyred” Leader"), []);
  assert.deepEqual(loadedTerms("a sanctions regime"), []);
  assert.equal(
    quoteLoaded("Heroic flexibility and domestic stability"),
    "“Heroic flexibility” and domestic stability",
  );
  assert.equal(quoteLoaded("Gulf neighbours"), "Gulf neighbours");
});

test("templates: lists, articles, first letters", () => {
  assert.equal(listText(["a", "b", "c"]), "a, b and c");
  assert.equal(listText(["a", "b"], "or"), "a or b");
  assert.equal(withArticle("United States of America"), "the United States of America");
  assert.equal(withArticle("European Union"), "the European Union");
  assert.equal(withArticle("China"), "China");
  assert.equal(
    withArticle("France, Germany and the United Kingdom"),
    "France, Germany and the United Kingdom",
  );
  assert.equal(lowerFirst("The triad"), "the triad");
  assert.equal(lowerFirst("Rejecting hegemony"), "rejecting hegemony");
  assert.equal(lowerFirst("Gulf neighbours"), "Gulf neighbours");
  assert.match(
    renderTemplate("tldr", {
      leader: "X",
      topic: "foreign policy",
      sources: 1,
      themes: ["A, b", "C"],
    }),
    /in the 1 source used here/i,
  );
  assert.throws(() => renderTemplate("nope", {}), { code: "SC_BRIEF_UNKNOWN_TEMPLATE" });
  assert.equal(stem("sanctions"), stem("sanction"));
  assert.equal(stem("negotiated"), stem("negotiate"));
});

test("bullets: at most six, best first in source order, extras join the closest bullet", () => {
  const t = (id: string, salience: number, words: string, places: string[] = []) => ({
    id,
    salience,
    stems: new Set(words.split(" ")),
    places: new Set(places),
  });
  const themes = [
    t("a", 0.9, "dignity"),
    t("b", 0.5, "east russia china", ["essay#4"]),
    t("c", 0.8, "region"),
    t("d", 0, "apparatus"),
    t("e", 0.7, "gulf"),
    t("f", 0.6, "flexibility"),
    t("g", 0.9, "hegemony"),
    t("h", 0.4, "brics sco", ["essay#4"]),
  ];
  const plan = planBullets(themes, 6);
  assert.deepEqual(
    plan.bullets.map((b) => b.map((x) => x.id).join("+")),
    ["a", "b+h", "c", "e", "f", "g"],
  );
  assert.deepEqual(
    plan.left.map((x) => x.id),
    ["d"],
  );
});
