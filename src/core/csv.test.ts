import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCsv, parseCsvObjects } from "./csv.ts";

test("parseCsv: quoted fields, doubled quotes, embedded commas and newlines, CRLF", () => {
  assert.deepEqual(parseCsv('a,"b, c","say ""hi"""\r\n1,"two\nlines",3\n'), [
    ["a", "b, c", 'say "hi"'],
    ["1", "two\nlines", "3"],
  ]);
  assert.deepEqual(parseCsv("x,y"), [["x", "y"]]);
});

test("parseCsvObjects keys rows by the header and skips blank lines", () => {
  assert.deepEqual(parseCsvObjects("code,goldstein\n010,-1.0\n\n190,-10\n"), [
    { code: "010", goldstein: "-1.0" },
    { code: "190", goldstein: "-10" },
  ]);
});
