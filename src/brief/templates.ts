/**
 * The tool's own sentences. Each template renders a sentence from plain data; the data are stored
 * beside the sentence in the JSON, and the verifier renders them again and compares. Wording is
 * neutral by construction (the neutrality check in verify.ts also runs on every rendering).
 */
import { StatecraftError } from "../core/errors.ts";
import { isStopword } from "./style.ts";

type Data = Record<string, unknown>;

const num = (x: unknown, d = 2): string => {
  if (typeof x !== "number" || !Number.isFinite(x)) return "n/a";
  const s = x.toFixed(d);
  return s.startsWith("-") ? `−${s.slice(1)}` : s;
};
const str = (x: unknown): string => (typeof x === "string" ? x : String(x));
const arr = <T = Data>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : []);

/** "a, b and c" */
export function listText(items: string[], last = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

/**
 * Lower-cases a label's first letter when its first word is a function word or an -ing form
 * ("The triad ...", "Rejecting hegemony ..."); other capitals may be names and stay.
 */
export function lowerFirst(label: string): string {
  const first = (label.split(/\s+/)[0] ?? "").toLowerCase();
  if (label.startsWith("“")) return label;
  if (isStopword(first) || /^[a-z]+ing$/.test(first))
    return label[0]!.toLowerCase() + label.slice(1);
  return label;
}

function stanceWord(a: number): string {
  if (a <= -0.5) return "a hostile";
  if (a < -0.1) return "a wary";
  if (a <= 0.1) return "a neutral";
  if (a < 0.5) return "a cooperative";
  return "a closely aligned";
}

const PRESSURE_WORDS: Record<string, string> = {
  sanctions: "sanctions",
  military_threat: "military threat",
  economic_crisis: "economic crisis",
  domestic_unrest: "domestic unrest",
  isolation: "isolation",
};

export const TEMPLATES: Record<string, (d: Data) => string> = {
  tldr: (d) => {
    const themes = arr<string>(d.themes).map(lowerFirst);
    const list = themes.some((t) => t.includes(","))
      ? themes.length > 1
        ? `${themes.slice(0, -1).join("; ")}; and ${themes[themes.length - 1]}`
        : themes.join("")
      : listText(themes);
    return `In the ${num(d.sources, 0)} ${d.sources === 1 ? "source" : "sources"} used here, ${str(d.leader)}'s stated positions on ${str(d.topic)} concern ${list}.`;
  },
  principles: (d) =>
    `The doctrine file ${str(d.doctrine)} lists ${num(d.count, 0)} principles with weights set by an analyst; the highest weighted are ${listText(arr(d.top).map((p) => `${str(p.name).toLowerCase()} (${num(p.weight, 1)})`))}.`,
  stance: (d) =>
    `The doctrine records ${stanceWord(Number(d.alignment))} stance toward ${str(d.name)} (alignment ${num(d.alignment, 1)} and trust ${num(d.trust, 1)} on a −1 to +1 scale, values set by an analyst).`,
  alignments: (d) =>
    `Among the stances in the doctrine, the closest alignments are with ${listText(arr(d.targets).map((t) => `${str(t.name)} (${num(t.alignment, 1)})`))}.`,
  flexibility: (d) =>
    `The doctrine's flexibility rule “${str(d.id)}” permits tactical concessions toward ${listText(arr<string>(d.targets))} when ${listText(
      arr(d.conditions).map(
        (c) => `${PRESSURE_WORDS[str(c.pressure)] ?? str(c.pressure)} (${num(c.at_least, 1)})`,
      ),
      d.combine === "all" ? "and" : "or",
    )} reach${d.combine === "all" ? "" : "es"} the given level on a 0 to 1 scale (thresholds set by an analyst).`,
  vics: (d) =>
    `${d.leader === undefined ? "The" : `From ${str(d.leader)}'s own words in the corpus (${num(d.documents, 0)} ${d.documents === 1 ? "document" : "documents"}, ${num(d.words, 0)} words), the`} operational-code index ${str(d.index)} (${str(d.meaning)}) is ${num(d.value)}, with a ${num(Number(d.confidence) * 100, 0)}% bootstrap interval of ${num(d.lo)} to ${num(d.hi)} from ${num(d.n, 0)} coded utterances.`,
  lta: (d) =>
    `On the trait ${str(d.trait)} (${str(d.meaning)}), the same statements score ${num(d.value)}, with a ${num(Number(d.confidence) * 100, 0)}% bootstrap interval of ${num(d.lo)} to ${num(d.hi)} from ${num(d.units, 0)} coded units.`,
  backtest: (d) =>
    `In a leave-one-out backtest of doctrine ${str(d.doctrine)} on ${num(d.cases, 0)} labelled decisions (fit run ${str(d.run)}), the ${str(d.model)} model's top-1 accuracy is ${num(d.accuracy)} and its Brier score ${num(d.brier, 3)}, against ${num(d.baselineBrier, 3)} for the ${str(d.baseline)} baseline.`,
};

/** Renders a template; an unknown id is a coded error. */
export function renderTemplate(id: string, data: Data): string {
  const t = TEMPLATES[id];
  if (!t) {
    throw new StatecraftError("SC_BRIEF_UNKNOWN_TEMPLATE", `unknown template "${id}"`, {
      field: "template",
      hint: `known templates: ${Object.keys(TEMPLATES).join(", ")}`,
    });
  }
  return t(data);
}
