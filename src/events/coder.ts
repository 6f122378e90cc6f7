/**
 * The CAMEO coder: for each clause of the text layer, the verb pattern gives the event code, the
 * subject gives the source actor and the object (else the prepositional complements, in order)
 * gives the target; passives swap to the by-agent. One event per (source, code, target) per
 * sentence. Reported speech codes the reported clause and the reporting clause as a statement.
 */
import { analyze } from "../text/index.ts";
import type { AnalyzeOptions, Clause, SpeakerContext, TextAnalysis } from "../text/types.ts";
import { type ActorDictionaries, resolveActors } from "./actors.ts";
import { cameoCodes, quadOfRoot, rootOf } from "./codebook.ts";
import { loadActors, loadAgents } from "./dictionaries.ts";
import {
  intentCode,
  isAdjectivalParticiple,
  moodOf,
  requestedBy,
  selfPhraseKind,
} from "./modality.ts";
import { findNominals, type NominalRoles } from "./nominal.ts";
import { loadPatterns, type PatternSet, type VerbPattern } from "./patterns.ts";
import type { ActorMention, CodedEvent, CodeResult, NoMatch } from "./types.ts";

const CODEBOOKS = new URL("../../data/codebooks/", import.meta.url).pathname;

/** The vendored Phoenix dictionaries (countries, international, non-state military; agents), plus a small supplement. */
export const DEFAULT_ACTOR_FILES = [
  `${CODEBOOKS}cameo_actor_dictionary_countries.csv`,
  `${CODEBOOKS}cameo_actor_dictionary_international.csv`,
  `${CODEBOOKS}cameo_actor_dictionary_nonstate_military.csv`,
  // UN organs by title and regions whose names hold a country's ("Latin America").
  new URL("../../data/events/actors-supplement.csv", import.meta.url).pathname,
];
export const DEFAULT_AGENT_FILES = [`${CODEBOOKS}cameo_agents.csv`];

export interface CoderOptions {
  /** Actor dictionary CSVs (default: the vendored Phoenix dictionaries). */
  actorFiles?: string[];
  /** Agent dictionary CSVs (default: the vendored Phoenix agents). */
  agentFiles?: string[];
  /** Verb-pattern YAML (default: data/events/verb-patterns.yaml). */
  patternsFile?: string;
  /** Emit the reporting clause of reported speech as a statement event (default true). */
  statements?: boolean;
  /**
   * Emit an event with an empty target when the source and the verb are found but no target
   * actor is named ("Iraq refused to withdraw", "We condemn terrorism"), as GDELT does (default
   * true). PETRARCH emits only complete dyads; the gold command turns this off to compare.
   */
  untargeted?: boolean;
  /**
   * Code announced or intended acts as CAMEO intents or threats ("will cooperate" 030, "seeks to
   * occupy" 138) instead of as the act (default true). TABARI's and PETRARCH's dictionaries ignore
   * tense; the gold command turns this off to compare with them.
   */
  intents?: boolean;
  /**
   * Code event nouns with their actors ("the Iraqi aggression against Iran" → IRQ→IRN 190),
   * dated like the document (default true). Such events are often past events the speaker
   * refers to; their pattern id starts with "nominal:".
   */
  nominal?: boolean;
}

export interface DocumentInput {
  docId: string;
  text: string;
  /** ISO date (partial allowed), used for the events and for dated dictionary entries. */
  date?: string | null;
  /** Sentence spans from the store, so sentence indices agree with it. */
  sentences?: AnalyzeOptions["sentences"];
  /**
   * The speaker, for first-person statements: a clause whose subject is Self ("we", "our
   * country", the speaker's state) gets `selfActor` as its source when the dictionaries find none.
   */
  speaker?: SpeakerContext;
  /** Actor code for Self (default: the speaker's country + "GOV", e.g. "IRNGOV"). */
  selfActor?: string;
}

export interface CodeOptions {
  /** Collect sentences that produced no event, with reasons. */
  explain?: boolean;
}

/** "must", "should", "have to", "ought to", "need to": an obligation, not an act. */
function isObligation(c: Clause): boolean {
  return c.verb.auxiliaries.some(
    (x) => x === "must" || x === "should" || x === "have to" || x === "ought" || x === "ought to",
  );
}

interface ResolvedNominal {
  roles: NominalRoles;
  sources: ActorMention[];
  targets: ActorMention[];
}

/** A subject that is only "it", "he" or "she". */
function isThirdSingular(a: TextAnalysis, c: Clause): boolean {
  const s = c.subject!;
  if (!s.pronoun) return false;
  const t = a.tokens[s.head]!;
  return (
    t.start === s.start &&
    t.end === s.end &&
    (t.norm === "it" || t.norm === "he" || t.norm === "she")
  );
}

/**
 * What the speaker asks for when saying another actor must (demand, 10x) or should (appeal, 02x)
 * do an act: withdrawing → 106 / 025, a ceasefire → 107 / 025, other yielding → 100 / 025,
 * meeting or negotiating → 108 / 026, anything else → 100 / 020.
 */
function obligationCode(act: string, must: boolean): string {
  const root = act.slice(0, 2);
  if (act === "087") return must ? "106" : "025";
  if (act === "0871") return must ? "107" : "025";
  if (root === "08") return must ? "100" : "025";
  if (root === "04") return must ? "108" : "026";
  return must ? "100" : "020";
}

/** True when an infinitive in the same sentence takes its subject from this clause. */
function controls(a: TextAnalysis, c: Clause): boolean {
  const next = a.clauses[c.index + 1];
  return next !== undefined && next.controller === c.index && next.nonFinite === "infinitive";
}

function dateNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Number(m[1]) * 10000 + Number(m[2] ?? "01") * 100 + Number(m[3] ?? "01");
}

/** Token range of a phrase (from its head outwards, within [start, end)). */
function tokenRange(
  a: TextAnalysis,
  p: { start: number; end: number; head: number },
): [number, number] {
  let s = p.head;
  while (s > 0 && a.tokens[s - 1]!.start >= p.start) s--;
  let e = p.head + 1;
  while (e < a.tokens.length && a.tokens[e]!.end <= p.end) e++;
  return [s, e];
}

export class EventCoder {
  readonly dicts: ActorDictionaries;
  readonly patterns: PatternSet;
  readonly statements: boolean;
  readonly untargeted: boolean;
  readonly intents: boolean;
  readonly nominal: boolean;

  constructor(options: CoderOptions = {}) {
    this.dicts = {
      actors: loadActors(options.actorFiles ?? DEFAULT_ACTOR_FILES),
      agents: loadAgents(options.agentFiles ?? DEFAULT_AGENT_FILES),
    };
    this.patterns = loadPatterns(options.patternsFile);
    this.statements = options.statements ?? true;
    this.untargeted = options.untargeted ?? true;
    this.intents = options.intents ?? true;
    this.nominal = options.nominal ?? true;
  }

  private actorsOf(
    a: TextAnalysis,
    p: { start: number; end: number; head: number } | null,
    date: number | null,
  ): ActorMention[] {
    if (!p) return [];
    const [s, e] = tokenRange(a, p);
    return resolveActors(this.dicts, a.tokens, s, e, date, a.text);
  }

  /**
   * "Iraq invaded Kuwait and then it refused ...": the single named actor that is the subject of
   * the nearest earlier clause of the same sentence (not Self, not agent-only). Across sentences
   * "it" too often names a thing ("the resolution ... It calls on").
   */
  private antecedent(a: TextAnalysis, ci: number, date: number | null): ActorMention[] {
    const sent = a.clauses[ci]!.sentence;
    for (let k = ci - 1; k >= 0; k--) {
      const p = a.clauses[k]!;
      if (p.sentence < sent) break;
      if (!p.subject || p.subjectInherited || p.subject.referent === "self") continue;
      if (p.subject.pronoun) continue;
      const found = this.actorsOf(a, p.voice === "passive" ? null : p.subject, date);
      if (found.length === 1 && !found[0]!.code.startsWith("---")) {
        return [
          {
            code: found[0]!.code,
            matched: [`${a.clauses[ci]!.subject!.text} (= ${found[0]!.matched.join(" ")})`],
          },
        ];
      }
      if (found.length > 1) return [];
    }
    return [];
  }

  /** Event nouns of the sentence with their resolved actors (named sources only). */
  private resolveNominals(
    a: TextAnalysis,
    sent: TextAnalysis["sentences"][number],
    date: number | null,
    country: string | undefined,
    selfActor: string | null,
  ): ResolvedNominal[] {
    const out: ResolvedNominal[] = [];
    if (!this.nominal || this.patterns.nominals.size === 0) return out;
    for (const n of findNominals(
      a.tokens,
      sent.tokenStart,
      sent.tokenEnd,
      this.patterns.nominals,
    )) {
      const noun = a.tokens[n.noun]!;
      if (noun.negated || noun.quoted) continue;
      let sources: ActorMention[] = [];
      for (const [s, e] of n.source) {
        sources = resolveActors(this.dicts, a.tokens, s, e, date, a.text).filter(
          (m) => !m.code.startsWith("---"),
        );
        if (sources.length > 0) break;
      }
      if (sources.length === 0) continue;
      let targets: ActorMention[] = [];
      for (const [s, e] of n.target) {
        if (country && selfActor) {
          const kind = selfPhraseKind(a.tokens, s, e, this.patterns.selfNouns);
          if (kind) {
            const t0 = a.tokens[s]!;
            const t1 = a.tokens[e - 1]!;
            const matched = [a.text.slice(t0.start, t1.end)];
            targets = [{ code: kind === "government" ? selfActor : country, matched }];
            break;
          }
        }
        targets = resolveActors(this.dicts, a.tokens, s, e, date, a.text);
        if (targets.length > 0) break;
      }
      out.push({ roles: n, sources, targets });
    }
    return out;
  }

  /** Events named by nouns in the sentence ("the Iraqi aggression against our country"). */
  private nominalEvents(
    a: TextAnalysis,
    sent: TextAnalysis["sentences"][number],
    doc: Omit<DocumentInput, "text">,
    nominals: ResolvedNominal[],
  ): Array<Omit<CodedEvent, "id">> {
    const out: Array<Omit<CodedEvent, "id">> = [];
    const book = cameoCodes();
    for (const { roles: n, sources, targets } of nominals) {
      const noun = a.tokens[n.noun]!;
      const code = n.entry.code;
      const root = rootOf(code);
      const cb = book.get(code);
      for (const src of sources) {
        const ts: Array<ActorMention | null> = targets.length > 0 ? targets : [null];
        for (const t of ts) {
          if (t && t.code === src.code) continue;
          if (!t && !this.untargeted) continue;
          out.push({
            docId: doc.docId,
            date: doc.date ?? null,
            sentence: sent.index,
            sentenceText: sent.text,
            source: src.code,
            target: t?.code ?? "",
            code,
            root,
            quadClass: cb?.quadClass || quadOfRoot(root),
            goldstein: cb && Number.isFinite(cb.goldstein) ? cb.goldstein : 0,
            pattern: `nominal:${n.entry.noun}`,
            sourceText: src.matched,
            targetText: t?.matched ?? [],
            verb: noun.text,
            reported: false,
          });
        }
      }
    }
    return out;
  }

  private findPattern(a: TextAnalysis, c: Clause): VerbPattern | null {
    const keys = c.verb.particle
      ? [`${c.verb.lemma} ${c.verb.particle}`, c.verb.lemma]
      : [c.verb.lemma];
    const from = c.verb.head + 1;
    let to = c.tokenEnd ?? from;
    // "refused even to consider that timetable": the infinitive's words tell what was refused.
    for (let k = c.index + 1; k < a.clauses.length; k++) {
      const next = a.clauses[k]!;
      if (next.controller !== c.index || next.nonFinite !== "infinitive") break;
      to = Math.max(to, next.tokenEnd ?? to);
    }
    // "demanded that Israel withdraw": the requested clause tells what was demanded.
    const next = a.clauses[c.index + 1];
    if (next && requestedBy(a, next, this.patterns) === c) to = Math.max(to, next.tokenEnd ?? to);
    const after = new Set<string>();
    for (let k = from; k < to; k++) {
      after.add(a.tokens[k]!.lemma);
      after.add(a.tokens[k]!.norm);
    }
    for (const key of keys) {
      for (const p of this.patterns.byVerb.get(key) ?? []) {
        if (p.words.size === 0) return p;
        for (const w of p.words) if (after.has(w)) return p;
      }
    }
    return null;
  }

  /** Codes an analysed text. */
  codeAnalysis(
    a: TextAnalysis,
    doc: Omit<DocumentInput, "text">,
    opts: CodeOptions = {},
  ): CodeResult {
    const date = dateNumber(doc.date);
    const book = cameoCodes();
    const country = doc.speaker?.country?.toUpperCase();
    const selfActor = doc.selfActor ?? (country ? `${country}GOV` : null);
    const events: CodedEvent[] = [];
    const unmatched: NoMatch[] = [];
    for (const sent of a.sentences) {
      const seen = new Set<string>();
      const reasons: string[] = [];
      const before = events.length;
      const drafts: Array<{ clause: Clause | null; ev: Omit<CodedEvent, "id"> }> = [];
      const nominals = this.resolveNominals(a, sent, date, country, selfActor ?? null);
      for (let ci = sent.clauseStart; ci < sent.clauseEnd; ci++) {
        const c = a.clauses[ci]!;
        // A gerund after a preposition ("in helping", "from claiming") names an activity, often of
        // someone else; only "by/through + gerund" (the means of the subject's own act) is coded.
        if (c.nonFinite === "participle" && c.verb.head > 0) {
          const before = a.tokens[c.verb.head - 1]!;
          if (before.pos === "ADP" && before.norm !== "by" && before.norm !== "through") {
            reasons.push(`"${c.verb.text}" is a gerund after "${before.text}"`);
            continue;
          }
        }
        if (c.condition) {
          reasons.push(`"${c.verb.text}" is inside an if/unless clause`);
          continue;
        }
        const pattern = this.findPattern(a, c);
        if (!pattern) {
          reasons.push(
            `no verb pattern for "${c.verb.text}" (lemma ${c.verb.lemma}${c.verb.particle ? ` ${c.verb.particle}` : ""})`,
          );
          continue;
        }
        let code = pattern.code;
        const mood = moodOf(a, c, this.patterns);
        if (mood.unasserted) {
          reasons.push(`"${c.verb.text}" asserts no act: ${mood.unasserted}`);
          continue;
        }
        if (isAdjectivalParticiple(a.tokens, c)) {
          reasons.push(`"${c.verb.text}" is a participle used as an adjective`);
          continue;
        }
        if (c.object && this.patterns.nonTargets.has(c.object.headLemma)) {
          reasons.push(`"${c.object.text}" is not an actor an event can be aimed at`);
          continue;
        }
        const obliged = country !== undefined && isObligation(c);
        if (obliged && c.subject?.referent === "self") {
          reasons.push(`"${c.verb.text}" is what the speaker's side ought to do, not an act`);
          continue;
        }
        if (mood.negated) {
          if (!pattern.negatedCode) {
            reasons.push(
              `"${c.verb.text}" is negated${mood.by ? ` by "${mood.by}"` : ""} (pattern ${pattern.id})`,
            );
            continue;
          }
          code = pattern.negatedCode;
        }
        // An announced or intended act is an intent (cooperative) or a threat (force).
        // A first-person verb of saying is a speech act even when wanted ("I want to express our
        // thanks"): performed by being said.
        const performative =
          c.nonFinite === "infinitive" &&
          c.verb.isWord &&
          c.subject?.pronoun &&
          c.subject.referent === "self";
        if (mood.intended && this.intents && !performative) code = intentCode(code);
        const isStatement = rootOf(code) === "01";
        if (isStatement && !this.statements) continue;
        const passive = c.voice === "passive";
        const byAgent = passive
          ? (c.complements.find((x) => x.preposition === "by") ?? null)
          : null;
        let sources = passive ? this.actorsOf(a, byAgent, date) : this.actorsOf(a, c.subject, date);
        if (!passive && c.subject?.referent === "self" && selfActor) {
          // "we", "Iran" → the speaker's state; "my Government" (agent only) → the state's agent.
          // Only pronouns and "our/my" + a noun of the state: "our great Prophet" is not the state.
          const [ss, se] = tokenRange(a, c.subject);
          const selfState =
            c.subject.pronoun || selfPhraseKind(a.tokens, ss, se, this.patterns.selfNouns) !== null;
          if (sources.length === 0 && selfState)
            sources = [{ code: selfActor, matched: [c.subject.text] }];
          else if (country) {
            sources = sources.map((m) =>
              m.code.startsWith("---")
                ? { code: country + m.code.slice(3), matched: m.matched }
                : m,
            );
          }
        }
        const selfSource = !passive && c.subject?.referent === "self";
        if (sources.length === 0 && !passive && c.subject && isThirdSingular(a, c)) {
          sources = this.antecedent(a, ci, date);
        }
        if (sources.length === 0) {
          reasons.push(
            `no source actor for "${c.verb.text}" in "${(passive ? byAgent?.text : c.subject?.text) ?? "(no subject)"}"`,
          );
          continue;
        }
        // Target: the object (the subject, for a passive), else the complements in order, else a
        // participle that modifies the object ("the roads leading into Mordor"). A named actor
        // (country, IGO, group) anywhere in these wins over an agent-only one ("---CVL").
        // An appeal or a demand is aimed at its addressee ("urged Iraq", "called on X", "appealed
        // to X"), not at whatever the requested act concerns ("urge respect for ... Iraq").
        const addressed = ["02", "10"].includes(rootOf(code));
        const candidates: Array<{ start: number; end: number; head: number } | null> = [
          passive ? c.subject : c.object,
          ...c.complements.filter(
            (x) =>
              x !== byAgent &&
              (!addressed ||
                x.preposition === "to" ||
                x.preposition === "on" ||
                x.preposition === "upon"),
          ),
        ];
        for (let k = ci + 1; k < sent.clauseEnd; k++) {
          const p = a.clauses[k]!;
          if (p.nonFinite !== "participle" || p.start > c.end + 1) break;
          candidates.push(p.object, ...p.complements);
        }
        let targets: ActorMention[] = [];
        let fallback: ActorMention[] = [];
        for (const phrase of candidates) {
          // "We condemn the Iraqi aggression against Kuwait": an attitude to an act is directed
          // at whoever did it.
          const act = phrase ? nominals.find((x) => x.roles.noun === phrase.head) : undefined;
          if (act) {
            const doers = act.sources.filter((t) => !sources.some((x) => x.code === t.code));
            if (doers.length > 0) {
              targets = doers;
              break;
            }
          }
          if (phrase && country && selfActor) {
            const [ps, pe] = tokenRange(a, phrase);
            const kind = selfPhraseKind(a.tokens, ps, pe, this.patterns.selfNouns);
            if (kind) {
              // "against our country", "invited us": the speaker's state as the target.
              if (!sources.some((x) => x.code.startsWith(country))) {
                const code = kind === "government" ? selfActor : country;
                targets = [{ code, matched: [a.text.slice(phrase.start, phrase.end)] }];
                break;
              }
              continue;
            }
          }
          // The speaker's own state is not the target of its own acts ("I assure him of the
          // cooperation of the delegation of the Islamic Republic of Iran").
          const found = this.actorsOf(a, phrase, date).filter(
            (t) =>
              !sources.some((s) => s.code === t.code) &&
              !(selfSource && country && t.code.startsWith(country)),
          );
          if (found.length === 0) continue;
          const named = found.filter((t) => !t.code.startsWith("---"));
          if (named.length > 0) {
            targets = named;
            break;
          }
          if (fallback.length === 0) fallback = found;
        }
        if (targets.length === 0) targets = fallback;
        if (targets.length === 0 && addressed) {
          // "We demand that Israel withdraw": the demand is aimed at the requested clause's subject.
          const next = a.clauses[ci + 1];
          if (next && next.sentence === c.sentence && requestedBy(a, next, this.patterns) === c) {
            targets = this.actorsOf(a, next.subject, date).filter(
              (t) => !sources.some((x) => x.code === t.code),
            );
          }
        }
        const pairs: Array<[ActorMention, ActorMention | null]> = [];
        if (targets.length > 0) {
          for (const s of sources)
            for (const t of targets) if (s.code !== t.code) pairs.push([s, t]);
        } else if (sources.length > 1 && pattern.mutual) {
          // A compound subject with no other party acts on each other ("X and Y renewed ties").
          for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, t]);
        } else if (isStatement) pairs.push([sources[0]!, null]);
        else if (
          this.untargeted &&
          Number(rootOf(code)) <= 17 &&
          (c.object || c.complements.length > 0 || controls(a, c))
        ) {
          // A named source acting on something unnamed ("Iraq refused to withdraw"); force with
          // no named target is mostly figurative in speeches ("fight poverty"), so not coded.
          for (const x of sources) if (!x.code.startsWith("---")) pairs.push([x, null]);
        }
        if (pairs.length === 0) {
          reasons.push(`no target actor for "${c.verb.text}" (pattern ${pattern.id})`);
          continue;
        }
        let coded: Array<[ActorMention, ActorMention | null, string]> = pairs.map(([s, t]) => [
          s,
          t,
          code,
        ]);
        if (obliged) {
          // "Iraq must withdraw from Kuwait": not an act of Iraq but the speaker's demand on it
          // (must, have to → 100) or appeal (should, ought to → 020).
          if (!selfActor || sources.every((x) => x.code.startsWith("---"))) {
            reasons.push(`"${c.verb.text}" is an obligation of an unnamed actor`);
            continue;
          }
          const demand = c.verb.auxiliaries.some((x) => x === "must" || x === "have to");
          const self: ActorMention = { code: selfActor, matched: [] };
          const asked = obligationCode(code, demand);
          coded = sources.filter((x) => !x.code.startsWith("---")).map((x) => [self, x, asked]);
        }
        if (pattern.reciprocalCode && !obliged && code === pattern.code && targets.length > 0) {
          for (const [s, t] of pairs) if (t) coded.push([t, s, pattern.reciprocalCode]);
        }
        for (const [s, t, code] of coded) {
          const cb = book.get(code);
          const root = rootOf(code);
          const key = `${s.code}|${code}|${t?.code ?? ""}`;
          if (seen.has(key)) continue;
          seen.add(key);
          drafts.push({
            clause: c,
            ev: {
              docId: doc.docId,
              date: doc.date ?? null,
              sentence: sent.index,
              sentenceText: sent.text,
              source: s.code,
              target: t?.code ?? "",
              code,
              root,
              quadClass: cb?.quadClass || quadOfRoot(root),
              goldstein: cb && Number.isFinite(cb.goldstein) ? cb.goldstein : 0,
              pattern: obliged ? `${pattern.id}+obligation` : pattern.id,
              sourceText: s.matched,
              targetText: t?.matched ?? [],
              verb: c.verb.text,
              reported: c.reportedBy !== undefined,
            },
          });
        }
      }
      if (nominals.length > 0) {
        for (const ev of this.nominalEvents(a, sent, doc, nominals)) {
          const key = `${ev.source}|${ev.code}|${ev.target}`;
          if (seen.has(key)) continue;
          seen.add(key);
          drafts.push({ clause: null, ev });
        }
      }
      // A clause whose infinitive complement coded an event ("vowed to wage war") adds nothing
      // of its own unless its pattern was specific.
      for (const d of drafts) {
        const clause = d.clause;
        if (clause) {
          const child = drafts.find(
            (x) => x.clause?.controller === clause.index && x.clause.nonFinite === "infinitive",
          );
          const generic =
            (this.patterns.byVerb.get(clause.verb.lemma) ?? []).find((p) => p.id === d.ev.pattern)
              ?.words.size === 0;
          if (child && generic) continue;
        }
        events.push({ id: `${doc.docId}:${sent.index}:${events.length - before}`, ...d.ev });
      }
      if (opts.explain && events.length === before) {
        unmatched.push({
          docId: doc.docId,
          sentence: sent.index,
          sentenceText: sent.text,
          reasons: reasons.length > 0 ? reasons : ["no clause (no verb group) found"],
        });
      }
    }
    return { events, sentences: a.sentences.length, unmatched };
  }

  /** Analyses and codes one document. */
  code(doc: DocumentInput, opts: CodeOptions = {}): CodeResult {
    const a = analyze(doc.text, {
      ...(doc.sentences ? { sentences: doc.sentences } : {}),
      ...(doc.speaker ? { speaker: doc.speaker } : {}),
    });
    return this.codeAnalysis(a, doc, opts);
  }
}
