import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { asStatecraftError } from "../core/errors.ts";

/** Default store location, relative to the working directory. */
export const DEFAULT_DB = ".statecraft/statecraft.db";

/** The store path from `--db`, then `STATECRAFT_DB`, then the default; its folder is created. */
export function resolveDbPath(db?: string): string {
  const path = resolve(db ?? process.env.STATECRAFT_DB ?? DEFAULT_DB);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

export function print(text = ""): void {
  process.stdout.write(`${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** One JSON object per line, for streams of records. */
export function printJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function printError(e: unknown, json = false): void {
  const err = asStatecraftError(e);
  if (json) process.stderr.write(`${JSON.stringify({ error: err.toJSON() })}\n`);
  else process.stderr.write(`${err.format()}\n`);
}

/**
 * Wraps a command action: a thrown error is printed with its code and the process exits non-zero.
 * Internal (uncoded) errors also print their stack when STATECRAFT_DEBUG is set.
 */
export function action<A extends unknown[]>(
  fn: (...args: A) => unknown | Promise<unknown>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      const cmd = args[args.length - 1] as Command | undefined;
      const opts = (cmd && typeof cmd.opts === "function" ? cmd.opts() : {}) as { json?: boolean };
      printError(e, Boolean(opts.json));
      if (process.env.STATECRAFT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
      process.exitCode = 1;
    }
  };
}

/** Adds the `--db` option every store-backed command shares. */
export function withDb(cmd: Command): Command {
  return cmd.option("--db <path>", `SQLite store (default: $STATECRAFT_DB or ${DEFAULT_DB})`);
}
