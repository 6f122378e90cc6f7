/**
 * KTAB's SMP scenario CSV (`SMPModel::csvRead`):
 *
 *   <name>,<description>,<numActors>,<numDims>[,ignored...]
 *   Actor,Description,Power,<dim-0 name>,<label>,<dim-1 name>,<label>,...
 *   <actor>,<description>,<power>,<pos 0>,<sal 0>,<pos 1>,<sal 1>,...     (numActors rows)
 *
 * Positions and saliences are on the 0-100 scale. Trailing commas and CRLF line ends are
 * allowed; lines after the last actor are ignored, as KTAB does. Surrounding whitespace of
 * names is trimmed (KTAB keeps it, which never affects the dynamics but makes names awkward).
 */
import { StatecraftError } from "../core/errors.ts";
import type { BargainActor, BargainScenario } from "./scenario.ts";
import { validateScenario } from "./scenario.ts";

/** Splits one CSV line into fields; double quotes group text and are removed. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function num(
  text: string | undefined,
  file: string | undefined,
  line: number,
  field: string,
  column: number,
): number {
  const t = (text ?? "").trim();
  const n = t === "" ? Number.NaN : Number(t);
  if (!Number.isFinite(n)) {
    throw new StatecraftError(
      "SC_BARGAIN_CSV_NUMBER",
      `expected a number for ${field}, got "${t}"`,
      {
        file,
        line,
        column,
        field,
        hint: "KTAB CSV rows are: name, description, power, then position and salience per dimension",
      },
    );
  }
  return n;
}

/** Parses KTAB scenario CSV text. `file` is only used in error messages. */
export function readKtabCsv(text: string, file?: string): BargainScenario {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const head = splitCsvLine(lines[0] ?? "");
  if (head.length < 4) {
    throw new StatecraftError(
      "SC_BARGAIN_CSV_HEADER",
      "first line must be: name, description, actors, dimensions",
      {
        file,
        line: 1,
        hint: "e.g. MyScenario,Description,7,3",
      },
    );
  }
  const nActors = num(head[2], file, 1, "number of actors", 3);
  const nDims = num(head[3], file, 1, "number of dimensions", 4);
  if (!Number.isInteger(nActors) || nActors < 3 || nActors > 250) {
    throw new StatecraftError(
      "SC_BARGAIN_CSV_HEADER",
      `number of actors must be 3-250, got ${nActors}`,
      {
        file,
        line: 1,
        field: "numActors",
      },
    );
  }
  if (!Number.isInteger(nDims) || nDims < 1) {
    throw new StatecraftError(
      "SC_BARGAIN_CSV_HEADER",
      `number of dimensions must be >= 1, got ${nDims}`,
      {
        file,
        line: 1,
        field: "numDims",
      },
    );
  }
  const labels = splitCsvLine(lines[1] ?? "");
  if (labels.length < 3 + 2 * nDims) {
    throw new StatecraftError(
      "SC_BARGAIN_CSV_HEADER",
      `second line has ${labels.length} labels; ${3 + 2 * nDims} needed for ${nDims} dimensions`,
      {
        file,
        line: 2,
        hint: "Actor,Description,Power, then a position and a salience label per dimension",
      },
    );
  }
  const dimensions: string[] = [];
  for (let k = 0; k < nDims; k++) dimensions.push(labels[3 + 2 * k]!.trim());
  const actors: BargainActor[] = [];
  for (let a = 0; a < nActors; a++) {
    const lineNo = a + 3;
    const raw = lines[a + 2];
    if (raw === undefined || raw.trim() === "") {
      throw new StatecraftError(
        "SC_BARGAIN_CSV_ROWS",
        `expected ${nActors} actor rows, found ${a}`,
        {
          file,
          line: lineNo,
          hint: "the header's actor count must match the rows",
        },
      );
    }
    const f = splitCsvLine(raw);
    if (f.length < 3 + 2 * nDims) {
      throw new StatecraftError(
        "SC_BARGAIN_CSV_ROWS",
        `actor row has ${f.length} fields; ${3 + 2 * nDims} needed`,
        {
          file,
          line: lineNo,
          hint: "name, description, power, then position and salience per dimension",
        },
      );
    }
    const position: number[] = [];
    const salience: number[] = [];
    for (let k = 0; k < nDims; k++) {
      position.push(num(f[3 + 2 * k], file, lineNo, `position on ${dimensions[k]}`, 4 + 2 * k));
      salience.push(num(f[4 + 2 * k], file, lineNo, `salience on ${dimensions[k]}`, 5 + 2 * k));
    }
    actors.push({
      name: f[0]!.trim(),
      description: f[1]!.trim(),
      capability: num(f[2], file, lineNo, "power", 3),
      position,
      salience,
      line: lineNo,
    });
  }
  return validateScenario({
    name: head[0]!.trim(),
    description: head[1]!.trim(),
    dimensions,
    actors,
    file,
  });
}

function csvField(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes a scenario in KTAB's CSV format (parameters and ideal adjustments are not representable). */
export function writeKtabCsv(s: BargainScenario): string {
  const rows = [
    [csvField(s.name), csvField(s.description ?? ""), s.actors.length, s.dimensions.length].join(
      ",",
    ),
    [
      "Actor",
      "Description",
      "Power",
      ...s.dimensions.flatMap((d) => [csvField(d), `${csvField(d)} Salience`]),
    ].join(","),
  ];
  for (const a of s.actors) {
    const cells: (string | number)[] = [
      csvField(a.name),
      csvField(a.description ?? ""),
      a.capability,
    ];
    a.position.forEach((p, k) => {
      cells.push(p, a.salience[k]!);
    });
    rows.push(cells.join(","));
  }
  return `${rows.join("\n")}\n`;
}
