/** Shapes of the API's answers, as far as the pages read them (the server's schemas are in /api/openapi.json). */

export interface DocSummary {
  id: string;
  version: number;
  title: string | null;
  speaker: string | null;
  post: string | null;
  country: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  license: string | null;
  format: string;
  collection: string | null;
  chars: number;
  words: number;
}

export interface Passage {
  id: string;
  docId: string;
  level: string;
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number | null;
}

export interface DocumentFull extends DocSummary {
  text: string;
  meta: Record<string, unknown>;
  passages: Passage[];
}

export interface SearchHit {
  passage: Passage;
  doc: DocSummary;
  score: number;
  snippet: string;
}

export interface IngestReport {
  files: number;
  added: number;
  newVersions: number;
  unchanged: number;
  passages: number;
  words: number;
  failed: Array<{ path: string; code: string; message: string; hint?: string }>;
  skipped: Array<{ path: string; reason: string }>;
  documents: Array<{ id: string; status: string }>;
}

export interface CitationLink {
  doc: string;
  start: number;
  end: number;
  passage: string | null;
  title: string | null;
  speaker: string | null;
  date: string | null;
}

export interface Interval {
  lo: number | null;
  hi: number | null;
}

export interface Profile {
  label: string;
  documents: number;
  words: number;
  sentences: number;
  vics: {
    n: { self: number; other: number };
    indices: Record<string, number | null>;
    intervals: Record<string, Interval>;
    holsti: {
      self: {
        type: string;
        strategy: number;
        control: number;
        cut: { rule: string; strategy: number; control: number };
      } | null;
      other: {
        type: string;
        strategy: number;
        control: number;
        cut: { rule: string; strategy: number; control: number };
      } | null;
    };
  };
  lta: {
    scores: Record<string, number | null>;
    intervals: Record<string, Interval>;
    levels: Record<string, Record<string, string | null>>;
    style: { style: string; worldview: string } | null;
    responses: number;
  };
  warnings: string[];
}

export interface NormGroup {
  label: string;
  norms: Record<string, { mean: number; low?: number; high?: number; sd: number }>;
}

export interface Evidence {
  doc: string;
  start?: number;
  end?: number;
  quote: string;
}

export interface Doctrine {
  id: string;
  leader: string;
  state: string;
  version: string;
  hypothetical: boolean;
  summary?: string;
  period: { from: string; to?: string | null };
  principles: Array<{
    id: string;
    name: string;
    definition: string;
    weight: number;
    evidence: Evidence[];
    provenance: string;
    analyst_note?: string;
  }>;
  pillars: Array<{
    id: string;
    title: string;
    summary: string;
    claims: Array<{ text: string; evidence: Evidence[] }>;
  }>;
  stances: Array<{
    target: string;
    target_name: string;
    alignment: number;
    trust: number;
    note?: string;
    evidence: Evidence[];
  }>;
  red_lines: Array<{
    id: string;
    statement: string;
    targets: string[];
    forbids: string[];
    evidence: Evidence[];
  }>;
  flexibility: Array<{ id: string; statement: string; evidence: Evidence[] }>;
  gaps: Array<{ id: string; description: string }>;
}

export interface ItemDiff {
  key: string;
  status: "added" | "removed" | "changed" | "same";
  changes: Array<{ field: string; a: unknown; b: unknown; delta?: number }>;
}

export interface Action {
  target: string;
  code: string;
}

export interface ScenarioOption {
  id: string;
  label: string;
  actions: Action[];
}

export interface Scenario {
  id: string;
  date: string;
  decider: string;
  officials: Record<string, string>;
  context: string;
  pressures: Record<string, number>;
  counterparts: string[];
  options: ScenarioOption[];
}

export interface TermContribution {
  term: string;
  value: number;
  contribution: number;
  detail?: string;
  evidence?: Array<{ quote: string; source: string; about: string; link?: CitationLink | null }>;
}

export interface ModelResult {
  probabilities: Record<string, number>;
  explanation: {
    model: string;
    summary: string;
    ranked: Array<{
      option: string;
      probability: number;
      utility?: number;
      terms?: TermContribution[];
    }>;
  };
  intervals?: Record<string, [number, number]>;
}

export interface Decision {
  scenario: string;
  doctrine: string;
  default: string;
  models: Record<string, ModelResult>;
}

export interface BacktestReport {
  cv: string;
  cases: number;
  doctrine: string;
  best?: string;
  models: Array<{
    model: string;
    baseline: boolean;
    accuracy: number;
    brier: number;
    logLoss: number;
    calibration: Array<{
      from: number;
      to: number;
      count: number;
      meanPredicted: number;
      observed: number;
    }>;
    predictions: Array<{
      case: string;
      chosen: string;
      top: string[];
      correct: number;
      pChosen: number;
    }>;
  }>;
}

export interface BargainRun {
  scenario: {
    name: string;
    description: string | null;
    dimensions: string[];
    actors: Array<{
      name: string;
      description: string | null;
      capability: number;
      position: number[];
      salience: number[];
    }>;
  };
  result: {
    model: string;
    turns: number;
    dimensions: string[];
    actors: string[];
    final: Record<string, number[]>;
    trajectory: Array<Record<string, number[]>>;
    probabilities: Array<Record<string, number>>;
    stop: string;
    explanation: string;
  };
}

export interface BriefSentence {
  kind: "extracted" | "templated" | "rephrased";
  text: string;
  cites: number[];
  attribution?: { type: string; label: string };
}

export interface BriefCitation {
  n: number;
  kind: "passage" | "data";
  doc?: string;
  passages?: string[];
  quote?: string;
  file?: string;
  field?: string;
}

export interface Briefing {
  title: string;
  sections: Array<{
    id: string;
    title: string;
    blocks: Array<{ kind: string; heading?: string; sentences: BriefSentence[] }>;
    notes?: string[];
  }>;
  sources: Array<{
    doc: string;
    title: string;
    date: string | null;
    speaker: string | null;
    url: string | null;
  }>;
  sourcesNote: string;
  citations: BriefCitation[];
  refused: unknown[];
}

export interface BriefingResult {
  briefing: Briefing;
  markdown: string;
  html: string;
}
