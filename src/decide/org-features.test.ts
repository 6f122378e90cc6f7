import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { menuPositions } from "./menu.ts";
import { provocations } from "./provocations.ts";
import { reciprocity } from "./reciprocity.ts";
import { TargetBook } from "./targets.ts";
import { testDoctrine } from "./test-helpers.ts";
import type { Scenario } from "./types.ts";

function scenario(context: string, options: Scenario["options"]): Scenario {
  return {
    id: "t-1",
    date: "2019-07-19",
    decider: "IRN leadership",
    officials: { supreme_leader: "A", president: "B", foreign_minister: "C" },
    context,
    pressures: {
      sanctions: 0.5,
      military_threat: 0.5,
      economic_crisis: 0.5,
      domestic_unrest: 0.5,
      isolation: 0.5,
    },
    counterparts: ["GBR"],
    options,
  };
}

const OPTIONS: Scenario["options"] = [
  { id: "talk", label: "Talk", actions: [{ target: "GBR", code: "036" }] },
  { id: "protest", label: "Protest", actions: [{ target: "GBR", code: "114" }] },
  { id: "seize", label: "Seize a ship", actions: [{ target: "GBR", code: "171" }] },
  { id: "strike", label: "Strike", actions: [{ target: "GBR", code: "195" }] },
];

describe("menu position", () => {
  it("marks the interior steps and the top rung, whatever the option order", () => {
    const m = menuPositions(scenario("", OPTIONS));
    assert.deepEqual(
      m.map((x) => x.interior),
      [0, 1, 1, 0],
    );
    assert.deepEqual(
      m.map((x) => x.top_rung),
      [0, 0, 0, 1],
    );
    const r = menuPositions(scenario("", [...OPTIONS].reverse()));
    assert.deepEqual(
      r.map((x) => x.top_rung),
      [1, 0, 0, 0],
    );
  });

  it("counts every option that ties for the most severe action", () => {
    const tie = [
      ...OPTIONS,
      { id: "raid", label: "Raid", actions: [{ target: "GBR", code: "190" }] },
    ];
    assert.deepEqual(
      menuPositions(scenario("", tie)).map((x) => x.top_rung),
      [0, 0, 0, 1, 1],
    );
  });
});

describe("provocations and reciprocity", () => {
  const book = new TargetBook(testDoctrine());
  const context =
    "On 4 July 2019 British forces seized the Iranian supertanker Grace 1 off Gibraltar. Iraq signed a trade accord with Kuwait.";

  it("finds material blows against Iranian actors in the context, and nothing else", () => {
    const blows = provocations(scenario(context, OPTIONS));
    assert.deepEqual(
      blows.map((b) => [b.source, b.code]),
      [["GBR", "171"]],
    );
    assert.deepEqual(
      provocations(scenario("Iraq signed a trade accord with Kuwait.", OPTIONS)),
      [],
    );
  });

  it("scores answers in kind against the striking party by matching severity", () => {
    const s = scenario(context, OPTIONS);
    const blows = provocations(s);
    const score = s.options.map((o) => reciprocity(s, o, blows, book));
    assert.equal(score[0], 0, "talks answer nothing");
    assert.equal(score[1], 0, "a verbal protest is not a material answer");
    assert.equal(score[2], 1, "a seizure for a seizure");
    assert.ok(score[3]! > 0 && score[3]! < 1, "a strike answers, at a different severity");
    const quiet = scenario("Iraq signed a trade accord with Kuwait.", OPTIONS);
    assert.deepEqual(
      quiet.options.map((o) => reciprocity(quiet, o, provocations(quiet), book)),
      [0, 0, 0, 0],
    );
  });
});
