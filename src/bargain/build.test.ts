import assert from "node:assert/strict";
import { test } from "node:test";
import { isStatecraftError } from "../core/errors.ts";
import { scenarioFromOfficials, scenarioFromStances } from "./build.ts";
import { runSmp } from "./smp.ts";

const officials = {
  supreme_leader: "Leader L",
  president: "President P",
  foreign_minister: "Minister M",
  note: "an extra official is mentioned here",
};

test("scenarioFromOfficials: one actor per official role plus extra players", () => {
  const s = scenarioFromOfficials({
    name: "Talks",
    dimensions: ["Concessions"],
    officials,
    players: {
      supreme_leader: { capability: 100, position: [20], salience: [80] },
      president: { capability: 60, position: { Concessions: 70 }, salience: { Concessions: 60 } },
      foreign_minister: { capability: 30, position: [85], salience: [70] },
      security_council: { capability: 50, position: [40], salience: [50], description: "SNSC" },
    },
  });
  assert.deepEqual(
    s.actors.map((a) => [a.name, a.description]),
    [
      ["supreme_leader", "Leader L"],
      ["president", "President P"],
      ["foreign_minister", "Minister M"],
      ["security_council", "SNSC"],
    ],
  );
  const r = runSmp(s);
  assert.equal(r.actors.length, 4);
  const byHolder = scenarioFromOfficials({
    name: "Talks",
    dimensions: ["Concessions"],
    officials,
    naming: "holder",
    players: {
      supreme_leader: { capability: 100, position: [20], salience: [80] },
      president: { capability: 60, position: [70], salience: [60] },
      foreign_minister: { capability: 30, position: [85], salience: [70] },
    },
  });
  assert.deepEqual(
    byHolder.actors.map((a) => a.name),
    ["Leader L", "President P", "Minister M"],
  );
});

test("scenarioFromOfficials: missing judgements are coded errors", () => {
  assert.throws(
    () =>
      scenarioFromOfficials({
        name: "x",
        dimensions: ["D"],
        officials,
        players: { supreme_leader: { capability: 1, position: [1], salience: [1] } },
      }),
    (e) => isStatecraftError(e) && e.code === "SC_BARGAIN_BUILD_MISSING_PLAYER",
  );
  assert.throws(
    () =>
      scenarioFromOfficials({
        name: "x",
        dimensions: ["D", "E"],
        officials: { president: "P" },
        players: {
          president: { capability: 1, position: { D: 1 }, salience: [1, 1] },
          a: { capability: 1, position: [1, 2], salience: [1, 1] },
          b: { capability: 1, position: [3, 4], salience: [1, 1] },
        },
      }),
    (e) => isStatecraftError(e) && e.code === "SC_BARGAIN_BUILD_VALUE",
  );
});

test("scenarioFromStances: positions follow alignment, saliences its strength", () => {
  const doctrine = {
    stances: [
      { target: "AAA", alignment: 1, trust: 0.5 },
      { target: "BBB", alignment: -1 },
      { target: "CCC", alignment: 0 },
      { target: "DDD", alignment: 0.5 },
    ],
  };
  const s = scenarioFromStances({
    name: "Issue",
    dimension: "Issue",
    home: { name: "HOME", position: 20, capability: 100, salience: 80 },
    doctrine,
    capabilities: { AAA: 50, BBB: 150, CCC: 40 },
  });
  assert.deepEqual(
    s.actors.map((a) => [a.name, a.position[0], a.salience[0]]),
    [
      ["HOME", 20, 80],
      ["AAA", 20, 90],
      ["BBB", 100, 90],
      ["CCC", 60, 30],
    ],
  );
  const keyed = scenarioFromStances({
    name: "Issue",
    dimension: "Issue",
    home: { name: "HOME", position: 80, capability: 100, salience: 80 },
    doctrine: { stances: { AAA: { alignment: -1 }, BBB: { alignment: 1 } } },
    capabilities: { AAA: 1, BBB: 2 },
    positions: { BBB: 75 },
  });
  assert.deepEqual(
    keyed.actors.map((a) => a.position[0]),
    [80, 0, 75],
  );
  assert.ok(runSmp(s).turns >= 1);
});
