import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { isStatecraftError, type StatecraftError } from "../core/errors.ts";
import { loadDoctrine, MAX_DOCTRINE_BYTES, parseDoctrine, readDoctrineFile } from "./load.ts";

/** A small valid doctrine; tests change one line and expect one located error. */
const BASE = `id: test_doctrine
leader: Test Leader
state: IRN
period: {from: "2000", to: null}
version: "1.0.0"
summary: A test doctrine.
principles:
  - id: dignity
    name: Dignity
    definition: Not yielding.
    weight: 0.5
    provenance: analyst
    analyst_note: For tests.
  - id: wisdom
    name: Wisdom
    definition: Careful assessment.
    weight: 0.4
    provenance: analyst
    analyst_note: For tests.
stances:
  - target: USA
    alignment: -0.5
    trust: -0.5
    note: Test stance.
    provenance: analyst
    analyst_note: For tests.
parameters:
  - id: term_weight.dignity
    value: 0.5
    meaning: Weight of dignity.
    provenance: analyst
    note: For tests.
`;

const lines = BASE.split("\n");
/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split("\n").findIndex((l) => l.includes(needle)) + 1;

function only(text: string): StatecraftError {
  const r = parseDoctrine(text, { file: "t.yaml" });
  assert.equal(r.issues.length, 1, r.issues.map((i) => i.format()).join("\n"));
  return r.issues[0]!;
}

test("the base doctrine is valid", () => {
  const r = parseDoctrine(BASE);
  assert.deepEqual(r.issues, []);
  assert.equal(r.doctrine?.principles.length, 2);
  assert.equal(r.doctrine?.hypothetical, false);
});

test("the same doctrine written as JSON is accepted", () => {
  const r = parseDoctrine(JSON.stringify(parseDoctrine(BASE).doctrine));
  assert.deepEqual(r.issues, []);
});

test("malformed YAML gives its line and column", () => {
  const text = BASE.replace("summary: A test doctrine.", 'summary: "unterminated');
  const e = parseDoctrine(text, { file: "t.yaml" }).issues[0]!;
  assert.equal(e.code, "SC_DOCTRINE_YAML");
  assert.equal(e.file, "t.yaml");
  assert.ok(e.line !== undefined && e.line >= lineOf(text, "unterminated"));
  assert.ok(e.column !== undefined);
});

test("a duplicate key is malformed YAML", () => {
  const e = only(BASE.replace("leader: Test Leader", "leader: Test Leader\nleader: Again"));
  assert.equal(e.code, "SC_DOCTRINE_YAML");
  assert.equal(e.line, 3);
});

test("an unknown field points at the key", () => {
  const text = BASE.replace("    weight: 0.4", "    weight: 0.4\n    colour: red");
  const e = only(text);
  assert.equal(e.code, "SC_DOCTRINE_UNKNOWN_FIELD");
  assert.equal(e.field, "principles[1].colour");
  assert.equal(e.line, lineOf(text, "colour"));
  assert.equal(e.column, 5);
});

test("a wrong type points at the value", () => {
  const text = BASE.replace("    weight: 0.4", "    weight: high");
  const e = only(text);
  assert.equal(e.code, "SC_DOCTRINE_WRONG_TYPE");
  assert.equal(e.field, "principles[1].weight");
  assert.equal(e.line, lineOf(text, "weight: high"));
  assert.equal(e.column, 13);
  assert.match(e.message, /expected number, found the string "high"/);
});

test("an unquoted version is a wrong type with a hint in the message", () => {
  const e = only(BASE.replace('version: "1.0.0"', "version: 1.0"));
  assert.equal(e.code, "SC_DOCTRINE_WRONG_TYPE");
  assert.equal(e.field, "version");
  assert.match(e.hint ?? "", /quote it/);
});

test("a weight out of range", () => {
  const text = BASE.replace("    weight: 0.4", "    weight: 1.4");
  const e = only(text);
  assert.equal(e.code, "SC_DOCTRINE_OUT_OF_RANGE");
  assert.equal(e.field, "principles[1].weight");
  assert.equal(e.line, lineOf(text, "weight: 1.4"));
  assert.match(e.message, /1\.4 is out of range \(must be at most 1\)/);
});

test("a stance alignment out of range", () => {
  const e = only(BASE.replace("alignment: -0.5", "alignment: -2"));
  assert.equal(e.code, "SC_DOCTRINE_OUT_OF_RANGE");
  assert.equal(e.field, "stances[0].alignment");
});

test("a duplicate id points at the second one", () => {
  const text = BASE.replace("  - id: wisdom", "  - id: dignity");
  const e = parseDoctrine(text).issues.find((i) => i.code === "SC_DOCTRINE_DUPLICATE_ID")!;
  assert.equal(e.field, "principles[1].id");
  assert.equal(e.line, 14);
  assert.equal(e.column, 9);
});

test("an unknown target code", () => {
  const text = BASE.replace("target: USA", "target: XYZ");
  const e = only(text);
  assert.equal(e.code, "SC_DOCTRINE_UNKNOWN_TARGET");
  assert.equal(e.field, "stances[0].target");
  assert.equal(e.line, lineOf(text, "target: XYZ"));
  assert.equal(e.column, 13);
});

test("a group code and an ISO3 code are both known targets", () => {
  assert.deepEqual(parseDoctrine(BASE.replace("target: USA", "target: P5+1")).issues, []);
  assert.deepEqual(parseDoctrine(BASE.replace("target: USA", "target: ISR")).issues, []);
});

test("a missing required field points at its parent", () => {
  const text = lines.filter((l) => !l.startsWith("leader:")).join("\n");
  const e = only(text);
  assert.equal(e.code, "SC_DOCTRINE_MISSING_FIELD");
  assert.equal(e.field, "leader");
  assert.equal(e.line, 1);
});

test("analyst provenance needs a note; text provenance needs evidence", () => {
  const noNote = only(
    BASE.replace("    analyst_note: For tests.\n  - id: wisdom", "  - id: wisdom"),
  );
  assert.equal(noNote.code, "SC_DOCTRINE_PROVENANCE");
  assert.equal(noNote.field, "principles[0].provenance");
  const noEvidence = only(
    BASE.replace(
      "    provenance: analyst\n    analyst_note: For tests.\n  - id: wisdom",
      "  - id: wisdom",
    ),
  );
  assert.equal(noEvidence.code, "SC_DOCTRINE_UNSUPPORTED");
  assert.equal(noEvidence.field, "principles[0].evidence");
});

test("a fitted parameter needs its fit run; a term weight must equal its principle's weight", () => {
  const fitted = only(
    BASE.replace("    provenance: analyst\n    note: For tests.", "    provenance: fitted"),
  );
  assert.equal(fitted.code, "SC_DOCTRINE_PROVENANCE");
  const mismatch = only(BASE.replace("    value: 0.5", "    value: 0.7"));
  assert.equal(mismatch.code, "SC_DOCTRINE_WEIGHT_MISMATCH");
  assert.equal(mismatch.field, "parameters[0].value");
});

test("an empty file and a comments-only file", () => {
  assert.equal(only("").code, "SC_DOCTRINE_EMPTY_FILE");
  assert.equal(only("  \n\n").code, "SC_DOCTRINE_EMPTY_FILE");
  assert.equal(only("# nothing here\n").code, "SC_DOCTRINE_EMPTY_FILE");
});

test("a file that is not a mapping", () => {
  const e = only("- a\n- b\n");
  assert.equal(e.code, "SC_DOCTRINE_WRONG_TYPE");
});

test("a file over 10 MB is refused before it is parsed", () => {
  const dir = mkdtempSync(join(tmpdir(), "doctrine-"));
  const path = join(dir, "big.yaml");
  writeFileSync(path, `summary: "${"x".repeat(MAX_DOCTRINE_BYTES)}"\n`);
  const r = readDoctrineFile(path);
  assert.equal(r.issues[0]?.code, "SC_DOCTRINE_FILE_TOO_LARGE");
  assert.equal(r.source, undefined);
  assert.throws(
    () => loadDoctrine(path),
    (e) => isStatecraftError(e) && e.code === "SC_DOCTRINE_FILE_TOO_LARGE",
  );
});

test("loadDoctrine throws coded errors only, with a count of further problems", () => {
  const dir = mkdtempSync(join(tmpdir(), "doctrine-"));
  assert.throws(
    () => loadDoctrine(join(dir, "missing.yaml")),
    (e) => isStatecraftError(e) && e.code === "SC_DOCTRINE_FILE_NOT_FOUND",
  );
  const path = join(dir, "two.yaml");
  writeFileSync(path, BASE.replace("weight: 0.4", "weight: 3").replace("target: USA", "target: 7"));
  assert.throws(
    () => loadDoctrine(path),
    (e) =>
      isStatecraftError(e) &&
      /and 1 more problems/.test(e.message) &&
      e.file === path &&
      e.line !== undefined,
  );
});
