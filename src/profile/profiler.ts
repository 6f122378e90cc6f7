/**
 * The library API, following the shared model contract: configure (constructor options with
 * defaults), fit (code the texts and build the aggregate profile; learned state only set here),
 * transform (per-text profiles with their explanation).
 */
import { StatecraftError } from "../core/errors.ts";
import { analyze } from "../text/index.ts";
import { type AggregateOptions, buildProfile, checkAggregateOptions } from "./aggregate.ts";
import { type CodingOptions, codeDocument } from "./code-document.ts";
import type { ProfileInput } from "./input.ts";
import type { DocumentCoding, LeaderProfile } from "./types.ts";

export interface ProfilerOptions extends CodingOptions, AggregateOptions {
  /** Label of the fitted (aggregate) profile (default "profile"). */
  label?: string;
}

export type Profilable = ProfileInput | DocumentCoding;

function isCoding(x: Profilable): x is DocumentCoding {
  return Array.isArray((x as DocumentCoding).utterances);
}

export class LeaderProfiler {
  readonly options: Readonly<ProfilerOptions>;
  /** Codings of the fitted texts (set by fit). */
  codings_?: DocumentCoding[];
  /** The aggregate profile over the fitted texts (set by fit). */
  profile_?: LeaderProfile;

  constructor(options: ProfilerOptions = {}) {
    // Results carry their explanation unless the caller turns it off (explain: false).
    this.options = { explain: true, ...options };
    checkAggregateOptions(this.options);
  }

  getParams(): ProfilerOptions {
    return { ...this.options };
  }

  /** Extraction for one text (analysis through the text layer, then VICS and LTA coding). */
  code(input: Profilable): DocumentCoding {
    if (isCoding(input)) return input;
    const analysis = analyze(input.text, { sentences: input.sentences, speaker: input.speaker });
    return codeDocument(input.id, analysis, this.options, input.meta);
  }

  fit(inputs: Profilable[]): this {
    const codings = inputs.map((x) => this.code(x));
    this.codings_ = codings;
    this.profile_ = buildProfile(this.options.label ?? "profile", codings, this.options);
    return this;
  }

  /** One profile per text, each with its own intervals and audit trail (unless explain: false). */
  transform(inputs: Profilable[]): LeaderProfile[] {
    return inputs.map((x) => {
      const c = this.code(x);
      return buildProfile(c.id, [c], this.options);
    });
  }

  fitTransform(inputs: Profilable[]): LeaderProfile[] {
    this.fit(inputs);
    return this.codings_!.map((c) => buildProfile(c.id, [c], this.options));
  }

  /** The fitted aggregate profile. */
  profile(): LeaderProfile {
    if (!this.profile_) {
      throw new StatecraftError("SC_PROFILE_NOT_FITTED", "the profiler has not been fitted", {
        hint: "call fit(texts) first",
      });
    }
    return this.profile_;
  }
}
