import type { Command } from "commander";
import { StatecraftError } from "../../core/errors.ts";
import { openCorpus } from "../../corpus/index.ts";
import { ensureWebBuilt, isLoopback, startServer } from "../../server/index.ts";
import { action, print, resolveDbPath, withDb } from "../context.ts";

interface ServeFlags {
  port: string;
  host: string;
  token?: string;
  db?: string;
  build: boolean;
}

/** Serves until SIGINT/SIGTERM; resolves when the server has closed. */
export async function serveUntilStopped(flags: ServeFlags): Promise<void> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StatecraftError("SC_CLI_BAD_OPTION", `not a port: ${flags.port}`, {
      field: "--port",
    });
  }
  if (flags.build) {
    if (ensureWebBuilt({ quiet: true })) print("built the web app (web/dist)");
  }
  const token = flags.token || process.env.STATECRAFT_TOKEN || undefined;
  // Refuse an unsafe bind before touching the store.
  if (!isLoopback(flags.host) && !token) {
    throw new StatecraftError(
      "SC_SERVER_TOKEN_REQUIRED",
      `binding to ${flags.host} needs a token`,
      {
        field: "--token",
        hint: "pass --token SECRET (or set STATECRAFT_TOKEN); clients send Authorization: Bearer SECRET",
      },
    );
  }
  const corpus = openCorpus(resolveDbPath(flags.db));
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ corpus, port, host: flags.host, token });
  } catch (e) {
    corpus.close();
    throw e;
  }
  print(`Statecraft is serving ${server.url}`);
  if (token)
    print(
      `open ${server.url}?token=<your token> once; API calls need Authorization: Bearer <token>`,
    );
  print(`API description: ${server.url}api/openapi.json  (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.close().then(() => {
        corpus.close();
        resolve();
      });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function registerServe(program: Command): void {
  withDb(
    program
      .command("serve")
      .description("serve the web app and the HTTP API (127.0.0.1 by default)")
      .option("--port <n>", "port (0 picks a free one)", "4173")
      .option(
        "--host <addr>",
        "interface to bind; anything but loopback needs --token",
        "127.0.0.1",
      )
      .option("--token <secret>", "bearer token required on every API call (or $STATECRAFT_TOKEN)")
      .option("--no-build", "do not build the web app when web/dist is missing or stale"),
  ).action(action((flags: ServeFlags) => serveUntilStopped(flags)));
}
