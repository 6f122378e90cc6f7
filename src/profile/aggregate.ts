/**
 * Aggregation: a leader profile (VICS indices, LTA traits, intervals, norms, Holsti placement,
 * style, warnings) from the codings of one or more texts.
 */

import { StatecraftError } from "../core/errors.ts";
import { bootstrapLta, bootstrapVics } from "./bootstrap.ts";
import {
  loadAnchors,
  loadHolsti,
  loadLtaLexicon,
  loadLtaNorms,
  loadStyles,
  loadVicsDictionary,
  loadVicsNorms,
} from "./data.ts";
import { buildUnits, scoreUnits, totalCounts } from "./lta/score.ts";
import { classifyStyle } from "./lta/style.ts";
import { ltaLevels, normGroup, normVics, rawDescriptor } from "./norms.ts";
import {
  type DocumentCoding,
  type LeaderProfile,
  LTA_TRAITS,
  type LtaMode,
  VICS_INDICES,
  type VicsProfile,
  type VicsUtterance,
} from "./types.ts";
import { holstiCuts, placeHolsti } from "./vics/holsti.ts";
import { categoryIndex, computeIndices, countUtterances } from "./vics/indices.ts";

export interface AggregateOptions {
  /** LTA scoring: "per-response" (Hermann, default) or "whole-text" (leadeR). */
  ltaMode?: LtaMode;
  /** Words per response when texts are split into responses (default 100). */
  wordsPerResponse?: number;
  /** Bootstrap replicates (default 1000; 0 = no intervals). */
  replicates?: number;
  /** Interval coverage (default 0.95). */
  confidence?: number;
  /** Seed for the bootstrap (default 1). */
  seed?: number;
  /** Missing-data policy for VICS indices: "na" (default) or "zero" (PsyCL). */
  missing?: "na" | "zero";
  /** IQV categories (default 6). */
  iqvK?: number;
  /** VICS norm group (default from vics-norms.json: "psycl-all"). */
  vicsNormGroup?: string;
  /** Holsti cut rule (default from holsti.json: "norm-means"). */
  holstiRule?: string;
  /** Style thresholds: split at "mean" or "sd" (default from lta-styles.json). */
  styleSplit?: "mean" | "sd";
  /** LTA norm group for style thresholds (default "heads-87"). */
  styleNormGroup?: string;
  /** Attach the audit trail (every coded verb and LTA hit). Default false. */
  explain?: boolean;
}

/**
 * Fails fast on options that name data that does not exist (norm groups, Holsti rule), before any
 * text is coded. Raises SC_PROFILE_NORM_GROUP / SC_PROFILE_HOLSTI_RULE / SC_PROFILE_OPTION.
 */
export function checkAggregateOptions(opts: AggregateOptions): void {
  normGroup(loadVicsNorms(), opts.vicsNormGroup);
  normGroup(loadLtaNorms(), opts.styleNormGroup ?? loadStyles().normGroup);
  holstiCuts(opts.holstiRule, loadHolsti(), loadVicsNorms());
  const bad = (field: string, hint: string) =>
    new StatecraftError("SC_PROFILE_OPTION", `invalid option ${field}`, { field, hint });
  if (opts.confidence !== undefined && !(opts.confidence > 0 && opts.confidence < 1)) {
    throw bad("confidence", "a coverage between 0 and 1, e.g. 0.95");
  }
  if (
    opts.replicates !== undefined &&
    !(Number.isInteger(opts.replicates) && opts.replicates >= 0)
  ) {
    throw bad("replicates", "a whole number >= 0");
  }
  if (opts.wordsPerResponse !== undefined && !(opts.wordsPerResponse > 0)) {
    throw bad("wordsPerResponse", "a positive number of words, e.g. 100");
  }
}

export function buildProfile(
  label: string,
  docs: DocumentCoding[],
  opts: AggregateOptions = {},
): LeaderProfile {
  const mode = opts.ltaMode ?? "per-response";
  const styles = loadStyles();
  const wpr = opts.wordsPerResponse ?? styles.minimum.wordsPerResponse;
  const boot = { replicates: opts.replicates, confidence: opts.confidence, seed: opts.seed };
  const indexOpts = { missing: opts.missing, iqvK: opts.iqvK };

  const utterances: VicsUtterance[] = [];
  let words = 0;
  let sentences = 0;
  for (const d of docs) {
    for (const u of d.utterances) utterances.push(u);
    words += d.words;
    sentences += d.sentenceWords.length;
  }
  const counts = countUtterances(utterances);
  const indices = computeIndices(counts, indexOpts);
  const codes = new Uint8Array(utterances.length);
  utterances.forEach((u, i) => {
    codes[i] = categoryIndex(u.category) + (u.referent === "self" ? 0 : 6);
  });
  const vicsNorms = loadVicsNorms();
  const anchors = loadAnchors();
  const vics = {
    counts,
    n: {
      self: counts.self.reduce((a, b) => a + b, 0),
      other: counts.other.reduce((a, b) => a + b, 0),
    },
    indices,
    intervals: bootstrapVics(codes, boot, indexOpts),
    norms: normVics(indices, vicsNorms, opts.vicsNormGroup),
    anchors: Object.fromEntries(
      VICS_INDICES.map((k) => [k, rawDescriptor(k, indices[k], anchors)]),
    ) as VicsProfile["anchors"],
    holsti: placeHolsti(indices, holstiCuts(opts.holstiRule, loadHolsti(), vicsNorms)),
  };

  const units = buildUnits(docs, wpr);
  const scores = scoreUnits(units, mode);
  const responses = units.n;
  const lta = {
    mode,
    counts: totalCounts(units),
    scores,
    intervals: bootstrapLta(units, mode, boot),
    levels: ltaLevels(scores, loadLtaNorms()),
    style: classifyStyle(scores, { split: opts.styleSplit, normGroup: opts.styleNormGroup }),
    responses,
  };

  const warnings: string[] = [];
  const min = styles.minimum;
  if (words < min.words) {
    warnings.push(
      `only ${words} words: LTA needs at least ${min.words} (PsyCL: 4,000) for a stable profile`,
    );
  }
  if (responses < min.responses) {
    warnings.push(
      `only ${responses} responses of ~${wpr} words: Hermann asks for at least ${min.responses}`,
    );
  }
  if (vics.n.other === 0)
    warnings.push("no Other verbs coded: P-1, P-2, P-3 and P-5 are not available");
  if (vics.n.self === 0)
    warnings.push("no Self verbs coded: the instrumental indices are not available");
  for (const t of LTA_TRAITS) {
    const c = lta.counts[t];
    if (c.positive + c.negative === 0)
      warnings.push(`${t}: nothing coded, the trait is not available`);
  }

  const profile: LeaderProfile = {
    label,
    documents: docs.length,
    words,
    sentences,
    vics,
    lta,
    warnings,
    provenance: {
      vicsDictionary: loadVicsDictionary().version,
      ltaLexicon: loadLtaLexicon().version,
      vicsNorms: vicsNorms.version,
      ltaNorms: loadLtaNorms().version,
      styles: styles.version,
      holsti: loadHolsti().version,
      anchors: anchors.version,
      ltaMode: mode,
      wordsPerResponse: wpr,
      replicates: opts.replicates ?? 1000,
      confidence: opts.confidence ?? 0.95,
      seed: opts.seed ?? 1,
      missing: opts.missing ?? "na",
    },
  };
  if (opts.explain) {
    profile.explanation = {
      utterances,
      hits: docs.flatMap((d) => d.hits),
      skipped: docs.flatMap((d) => d.skipped ?? []),
    };
  }
  return profile;
}
