import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { isStatecraftError } from "../core/errors.ts";
import { detectFormat, parseScenarioText, scenarioToObject } from "./formats.ts";
import { readKtabCsv, writeKtabCsv } from "./ktab-csv.ts";
import { readKtabXml, writeKtabXml } from "./ktab-xml.ts";
import { parseParameterList, resolveParameters } from "./params.ts";
import { BARGAINING_DATA } from "./reference-data.ts";
import { runSmp } from "./smp.ts";

const coded = (code: string) => (e: unknown) => {
  assert.ok(isStatecraftError(e), `not a StatecraftError: ${String(e)}`);
  assert.equal(e.code, code, e.message);
  return true;
};

test("every KTAB input, XML variant and random scenario loads", () => {
  let n = 0;
  for (const dir of ["ktab-inputs", "ktab-xml-variants", "random-inputs"]) {
    for (const f of readdirSync(join(BARGAINING_DATA, dir))) {
      const text = readFileSync(join(BARGAINING_DATA, dir, f), "utf8");
      const s = parseScenarioText(text, f);
      assert.ok(s.actors.length >= 3 && s.dimensions.length >= 1, f);
      n++;
    }
  }
  assert.equal(n, 10 + 25 + 12);
});

test("KTAB CSV details: header, dimension names, trailing commas, CRLF, 0-100 scale", () => {
  const f = join(BARGAINING_DATA, "ktab-inputs", "dummyData_6Dim.csv");
  const s = readKtabCsv(readFileSync(f, "utf8"), f);
  assert.equal(s.actors.length, 27);
  assert.deepEqual(s.dimensions.slice(0, 2), ["Dim0 Position", "Dim1 Position"]);
  const a = readKtabCsv(
    readFileSync(join(BARGAINING_DATA, "ktab-inputs", "dummyData_3Dim.csv"), "utf8"),
  );
  const b = readKtabCsv(
    readFileSync(join(BARGAINING_DATA, "ktab-inputs", "dummyData_3Dim-no-final-comma.csv"), "utf8"),
  );
  assert.deepEqual(a.actors, b.actors);
  assert.equal(a.actors[0]!.capability, 102.543);
  assert.deepEqual(a.actors[0]!.position, [75.79, 6.37, 70.45]);
});

const csv = (rows: string[]) =>
  ["Test,desc,3,2", "Actor,Description,Power,D1,S1,D2,S2", ...rows].join("\n");
const ok3 = ["A,,10,10,40,20,40", "B,,20,50,30,60,30", "C,,30,90,50,80,20"];

test("degenerate inputs are coded errors with the actor's line", () => {
  assert.throws(
    () => readKtabCsv(csv([ok3[0]!, "B,,20,50,0,60,0", ok3[2]!]), "t.csv"),
    (e) => coded("SC_BARGAIN_ZERO_SALIENCE")(e) && (e as { line?: number }).line === 4,
  );
  assert.throws(
    () => readKtabCsv(csv([ok3[0]!, ok3[1]!, "C,,0,90,50,80,20"]), "t.csv"),
    (e) => coded("SC_BARGAIN_ZERO_CAPABILITY")(e) && (e as { line?: number }).line === 5,
  );
  assert.throws(
    () => readKtabCsv(csv(["A,,10,50,40,50,40", "B,,20,50,30,50,30", "C,,30,50,50,50,20"])),
    coded("SC_BARGAIN_IDENTICAL_POSITIONS"),
  );
  assert.throws(
    () => readKtabCsv(csv([ok3[0]!, "B,,20,50,60,60,50", ok3[2]!])),
    coded("SC_BARGAIN_SALIENCE_SUM"),
  );
  assert.throws(
    () => readKtabCsv(csv([ok3[0]!, "B,,20,150,30,60,30", ok3[2]!])),
    coded("SC_BARGAIN_POSITION_RANGE"),
  );
  assert.throws(
    () => readKtabCsv(csv([ok3[0]!, "B,,x,50,30,60,30", ok3[2]!])),
    coded("SC_BARGAIN_CSV_NUMBER"),
  );
  assert.throws(() => readKtabCsv(csv([ok3[0]!, ok3[1]!])), coded("SC_BARGAIN_CSV_ROWS"));
  assert.throws(() => readKtabCsv("x\n"), coded("SC_BARGAIN_CSV_HEADER"));
  assert.throws(
    () => readKtabCsv(csv([ok3[0]!, ok3[0]!, ok3[2]!])),
    coded("SC_BARGAIN_DUPLICATE_ACTOR"),
  );
});

test("KTAB CSV and XML writers round-trip", () => {
  const f = join(BARGAINING_DATA, "ktab-xml-variants", "dummyData_3Dim__VotingRule-Cubic.xml");
  const s = readKtabXml(readFileSync(f, "utf8"), f);
  assert.equal(s.parameters?.votingRule, "Cubic");
  const back = readKtabXml(writeKtabXml(s));
  assert.deepEqual(
    back.actors.map(({ line: _l, ...a }) => a),
    s.actors.map(({ line: _l, ...a }) => a),
  );
  assert.deepEqual(back.parameters, s.parameters);
  const c = readKtabCsv(writeKtabCsv(s));
  assert.deepEqual(
    c.actors.map((a) => [a.name, a.capability, a.position, a.salience]),
    s.actors.map((a) => [a.name, a.capability, a.position, a.salience]),
  );
});

test("KTAB XML errors: empty coordinate and unknown parameter value carry a line", () => {
  const f = join(BARGAINING_DATA, "ktab-xml-variants", "dummyData_3Dim__defaults.xml");
  const text = readFileSync(f, "utf8");
  const empty = text.replace("<dCoord>75.79</dCoord>", "<dCoord></dCoord>");
  assert.throws(
    () => readKtabXml(empty, "x.xml"),
    (e) => coded("SC_BARGAIN_XML")(e) && typeof (e as { line?: number }).line === "number",
  );
  const bad = text.replace("<PCEModel>Conditional</PCEModel>", "<PCEModel>Bogus</PCEModel>");
  assert.throws(() => readKtabXml(bad, "x.xml"), coded("SC_BARGAIN_BAD_PARAM"));
  assert.throws(() => readKtabXml("<nope/>", "x.xml"), coded("SC_BARGAIN_XML"));
});

const yamlScenario = `version: 1
name: Test
dimensions: [Policy]
parameters:
  VictoryProbModel: Square
actors:
  - name: A
    capability: 10
    position: [10]
    salience: [50]
  - name: B
    capability: 20
    position: [60]
    salience: [70]
  - name: C
    capability: 30
    position: [90]
    salience: [40]
`;

test("Statecraft YAML and JSON scenarios load, run, and report schema errors with lines", () => {
  const s = parseScenarioText(yamlScenario, "t.yaml");
  assert.equal(s.parameters?.victoryModel, "Square");
  const r = runSmp(s);
  assert.ok(r.turns >= 1);
  const json = JSON.stringify(scenarioToObject(s));
  assert.deepEqual(
    parseScenarioText(json, "t.json").actors.map((a) => a.position),
    [[10], [60], [90]],
  );
  const bad = yamlScenario.replace("capability: 20", "capability: twenty");
  assert.throws(
    () => parseScenarioText(bad, "t.yaml"),
    (e) => coded("SC_BARGAIN_SCHEMA")(e) && (e as { line?: number }).line === 12,
  );
  const zero = yamlScenario.replace("salience: [70]", "salience: [0]");
  assert.throws(
    () => parseScenarioText(zero, "t.yaml"),
    (e) => coded("SC_BARGAIN_ZERO_SALIENCE")(e) && (e as { line?: number }).line === 11,
  );
  assert.throws(() => parseScenarioText("a: [", "t.yaml"), coded("SC_BARGAIN_PARSE"));
  assert.throws(() => parseScenarioText("", "t.txt"), coded("SC_BARGAIN_FORMAT"));
  assert.equal(detectFormat("x.csv", "Actor,Capability,Position,Salience\n"), "bdm-csv");
});

test("parameters: KTAB and camelCase names, XSD aliases, coded errors", () => {
  const p = parseParameterList([
    "VictoryProbModel=Octic",
    "pceModel=MarkovUniform",
    "VotingRule=Proportional",
    "maxTurns=7",
  ]);
  assert.deepEqual(p, {
    victoryModel: "Octic",
    pceModel: "MarkovUniform",
    votingRule: "Prop",
    maxTurns: 7,
  });
  assert.equal(resolveParameters({ bigRAdjust: "Half" }).bigRAdjust, "Half");
  assert.throws(() => parseParameterList(["Nope=1"]), coded("SC_BARGAIN_UNKNOWN_PARAM"));
  assert.throws(() => parseParameterList(["BigRRange=Huge"]), coded("SC_BARGAIN_BAD_PARAM"));
  assert.throws(() => parseParameterList(["maxTurns=-2"]), coded("SC_BARGAIN_BAD_PARAM"));
  assert.throws(() => parseParameterList(["maxTurns"]), coded("SC_BARGAIN_BAD_PARAM"));
});

test("property: arbitrary text never crashes a reader (only coded errors)", () => {
  const base = csv(ok3);
  fc.assert(
    fc.property(
      fc.string({ maxLength: 200 }),
      fc.integer({ min: 0, max: base.length }),
      fc.constantFrom("x.csv", "x.xml", "x.yaml", "x.json"),
      (junk, at, name) => {
        const text = name === "x.csv" ? base.slice(0, at) + junk + base.slice(at) : junk;
        try {
          parseScenarioText(text, name);
        } catch (e) {
          assert.ok(isStatecraftError(e), `${name}: ${String(e)}`);
        }
      },
    ),
    { seed: 5, numRuns: 1500 },
  );
});
