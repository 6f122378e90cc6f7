/**
 * KTAB's SMP scenario XML (`SMPModel::xmlRead`): `<Scenario>` with `name`, `desc`, `prngSeed`,
 * optional `ModelParameters`, `Dimensions/dName*`, `Actors/Actor*` (name, description,
 * capability, Position/dCoord*, Salience/dSal*) and `IdealAdjustment/iaPair*`.
 *
 * Differences from KTAB's reader, all in the lenient direction: a missing `IdealAdjustment`
 * means the identity (KTAB refuses the file), and the XSD spellings `Proportional`/`No` are
 * accepted for `Prop`/`None`. An empty `<dCoord>` is an error with its line, where KTAB's
 * shipped smpExample.xml simply fails to load.
 */
import type { Element, Node } from "domhandler";
import { parseDocument } from "htmlparser2";
import { StatecraftError } from "../core/errors.ts";
import type { SmpParameters } from "./params.ts";
import { KTAB_PARAMETER_NAMES, setParameter } from "./params.ts";
import type { BargainActor, BargainScenario, IdealAdjustment } from "./scenario.ts";
import { validateScenario } from "./scenario.ts";

function isElement(n: Node): n is Element {
  return (n as Element).name !== undefined && (n as Element).children !== undefined;
}

function children(el: Element, name?: string): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && (!name || c.name === name));
}

function textOf(el: Element): string {
  let s = "";
  for (const c of el.children) {
    if ((c as { data?: string }).data !== undefined && !isElement(c))
      s += (c as { data: string }).data;
    else if (isElement(c)) s += textOf(c);
  }
  return s.trim();
}

/** Parses KTAB scenario XML text. `file` is only used in error messages. */
export function readKtabXml(text: string, file?: string): BargainScenario {
  const src = text.replace(/^\uFEFF/, "");
  const lineAt = (idx: number | null | undefined): number | undefined => {
    if (idx == null) return undefined;
    let line = 1;
    for (let i = 0; i < idx && i < src.length; i++) if (src.charCodeAt(i) === 10) line++;
    return line;
  };
  const doc = parseDocument(src, { xmlMode: true, withStartIndices: true });
  const root = doc.children.find((c): c is Element => isElement(c) && c.name === "Scenario");
  if (!root) {
    throw new StatecraftError("SC_BARGAIN_XML", "no <Scenario> element", {
      file,
      hint: "KTAB SMP XML files have a <Scenario> root",
    });
  }
  const fail = (msg: string, el: Element | undefined, field: string, hint?: string): never => {
    throw new StatecraftError("SC_BARGAIN_XML", msg, {
      file,
      line: lineAt(el?.startIndex),
      field,
      hint,
    });
  };
  const one = (parent: Element, name: string, field: string): Element => {
    const el = children(parent, name)[0];
    if (!el) return fail(`missing <${name}>`, parent, field);
    return el;
  };
  const number = (el: Element, field: string): number => {
    const t = textOf(el);
    const n = t === "" ? Number.NaN : Number(t);
    if (!Number.isFinite(n))
      fail(`<${el.name}> must be a number, got "${t}"`, el, field, "fill in the value");
    return n;
  };

  const parameters: Partial<SmpParameters> = {};
  const mp = children(root, "ModelParameters")[0];
  if (mp) {
    for (const el of children(mp)) {
      if (!(el.name in KTAB_PARAMETER_NAMES)) {
        fail(
          `unknown model parameter <${el.name}>`,
          el,
          `ModelParameters.${el.name}`,
          `known: ${Object.keys(KTAB_PARAMETER_NAMES).join(", ")}`,
        );
      }
      setParameter(parameters, el.name, textOf(el), { file, line: lineAt(el.startIndex) });
    }
  }
  const dims = children(one(root, "Dimensions", "Dimensions"), "dName").map(textOf);
  const actorEls = children(one(root, "Actors", "Actors"), "Actor");
  const actors: BargainActor[] = actorEls.map((ae, i) => {
    const f = `Actors.Actor[${i}]`;
    const pos = children(one(ae, "Position", `${f}.Position`), "dCoord");
    const sal = children(one(ae, "Salience", `${f}.Salience`), "dSal");
    return {
      name: textOf(one(ae, "name", `${f}.name`)),
      description: children(ae, "description")[0] ? textOf(children(ae, "description")[0]!) : "",
      capability: number(one(ae, "capability", `${f}.capability`), `${f}.capability`),
      position: pos.map((el, k) => number(el, `${f}.Position.dCoord[${k}]`)),
      salience: sal.map((el, k) => number(el, `${f}.Salience.dSal[${k}]`)),
      line: lineAt(ae.startIndex),
    };
  });
  let idealAdjustment: IdealAdjustment[] | undefined;
  const ia = children(root, "IdealAdjustment")[0];
  if (ia) {
    idealAdjustment = children(ia, "iaPair").map((p, i) => ({
      adjusting: textOf(one(p, "adjustingIdeal", `IdealAdjustment.iaPair[${i}].adjustingIdeal`)),
      reference: textOf(one(p, "referencePos", `IdealAdjustment.iaPair[${i}].referencePos`)),
      adjust: number(
        one(p, "adjust", `IdealAdjustment.iaPair[${i}].adjust`),
        `IdealAdjustment.iaPair[${i}].adjust`,
      ),
    }));
  }
  const seedEl = children(root, "prngSeed")[0];
  return validateScenario({
    name: children(root, "name")[0] ? textOf(children(root, "name")[0]!) : "",
    description: children(root, "desc")[0] ? textOf(children(root, "desc")[0]!) : "",
    dimensions: dims,
    actors,
    parameters,
    idealAdjustment,
    seed: seedEl ? textOf(seedEl) : undefined,
    file,
  });
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const XML_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(KTAB_PARAMETER_NAMES).map(([k, v]) => [v, k]),
);

/** Writes a scenario as KTAB XML (with its parameters and ideal adjustments, if any). */
export function writeKtabXml(s: BargainScenario): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<Scenario>"];
  out.push(`  <name>${esc(s.name)}</name>`, `  <desc>${esc(s.description ?? "")}</desc>`);
  if (s.seed !== undefined) out.push(`  <prngSeed>${esc(s.seed)}</prngSeed>`);
  const params = Object.entries(s.parameters ?? {}).filter(([k]) => k in XML_NAMES);
  if (params.length) {
    out.push("  <ModelParameters>");
    for (const [k, v] of params) out.push(`    <${XML_NAMES[k]}>${v}</${XML_NAMES[k]}>`);
    out.push("  </ModelParameters>");
  }
  out.push(
    "  <Dimensions>",
    ...s.dimensions.map((d) => `    <dName>${esc(d)}</dName>`),
    "  </Dimensions>",
  );
  out.push("  <Actors>");
  for (const a of s.actors) {
    out.push(
      "    <Actor>",
      `      <name>${esc(a.name)}</name>`,
      `      <description>${esc(a.description ?? "")}</description>`,
      `      <capability>${a.capability}</capability>`,
      "      <Position>",
      ...a.position.map((p) => `        <dCoord>${p}</dCoord>`),
      "      </Position>",
      "      <Salience>",
      ...a.salience.map((p) => `        <dSal>${p}</dSal>`),
      "      </Salience>",
      "    </Actor>",
    );
  }
  out.push("  </Actors>");
  // KTAB's reader requires at least one pair; the identity entry of the first actor is neutral.
  const pairs = s.idealAdjustment?.length
    ? s.idealAdjustment
    : [{ adjusting: s.actors[0]!.name, reference: s.actors[0]!.name, adjust: 1 }];
  out.push("  <IdealAdjustment>");
  for (const p of pairs) {
    out.push(
      "    <iaPair>",
      `      <adjustingIdeal>${esc(p.adjusting)}</adjustingIdeal>`,
      `      <referencePos>${esc(p.reference)}</referencePos>`,
      `      <adjust>${p.adjust}</adjust>`,
      "    </iaPair>",
    );
  }
  out.push("  </IdealAdjustment>", "</Scenario>");
  return `${out.join("\n")}\n`;
}
