/**
 * A text to profile: its id, text, optional sentence spans from the corpus (so offsets agree
 * with the store), the speaker context for Self resolution, and metadata for grouping.
 */
import type { Span, SpeakerContext } from "../text/types.ts";

export interface ProfileInput {
  id: string;
  text: string;
  sentences?: Span[];
  speaker?: SpeakerContext;
  meta?: Record<string, string | null | undefined>;
}
