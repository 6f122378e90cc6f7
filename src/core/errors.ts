/**
 * Every failure the library reports is a StatecraftError with a stable code (SC_<AREA>_<WHAT>),
 * so that the CLI, the HTTP API and scripts can branch on it, and users can search for it.
 * The library never prints; callers decide how to show an error.
 */
export interface ErrorLocation {
  /** File path or document id the error is about. */
  file?: string;
  /** 1-based line number inside `file`. */
  line?: number;
  /** 1-based column number inside `file`. */
  column?: number;
  /** Dotted path of the offending field, e.g. `principles[2].evidence[0].quote`. */
  field?: string;
}

export interface ErrorDetails extends ErrorLocation {
  /** What the user can do about it. */
  hint?: string;
  /** Underlying error, kept for debugging. */
  cause?: unknown;
}

export class StatecraftError extends Error {
  readonly code: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly hint?: string;

  constructor(code: string, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "StatecraftError";
    this.code = code;
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.field = details.field;
    this.hint = details.hint;
  }

  /** Plain-object form for JSON output (CLI `--json`, HTTP API). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { code: this.code, message: this.message };
    for (const k of ["file", "line", "column", "field", "hint"] as const) {
      if (this[k] !== undefined) out[k] = this[k];
    }
    return out;
  }

  /** One-line human form: `SC_X: message (file:line:col, field) hint`. */
  format(): string {
    let where = this.file ?? "";
    if (this.line !== undefined) where += `:${this.line}`;
    if (this.column !== undefined) where += `:${this.column}`;
    if (this.field) where += where ? `, ${this.field}` : this.field;
    const loc = where ? ` (${where})` : "";
    const hint = this.hint ? `\n  hint: ${this.hint}` : "";
    return `${this.code}: ${this.message}${loc}${hint}`;
  }
}

export function isStatecraftError(e: unknown): e is StatecraftError {
  return e instanceof StatecraftError;
}

/** Wraps anything thrown into a StatecraftError, keeping codes that are already there. */
export function asStatecraftError(e: unknown, code = "SC_INTERNAL"): StatecraftError {
  if (e instanceof StatecraftError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new StatecraftError(code, message, { cause: e });
}
