/** Puts the app on a port. Binding anywhere but loopback requires a bearer token. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { StatecraftError } from "../core/errors.ts";
import { type AppOptions, createApp } from "./app.ts";
import { SERVER_CODES } from "./errors.ts";

export interface ServeOptions extends AppOptions {
  /** Port (default 4173; 0 picks a free one). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4173/ */
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return (
    ["127.0.0.1", "localhost", "::1", "[::1]"].includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  const loopback = isLoopback(host);
  if (!loopback && !opts.token) {
    throw new StatecraftError(SERVER_CODES.tokenRequired, `binding to ${host} needs a token`, {
      field: "--token",
      hint: "pass --token SECRET (or set STATECRAFT_TOKEN); clients send Authorization: Bearer SECRET",
    });
  }
  if (opts.token !== undefined && !/^[\x21-\x7e]{16,256}$/.test(opts.token)) {
    throw new StatecraftError(
      SERVER_CODES.invalidRequest,
      "the token must be 16-256 printable characters",
      {
        field: "--token",
        hint: "e.g. a random hex string: `openssl rand -hex 24`",
      },
    );
  }
  const { app } = createApp({ ...opts, loopbackOnly: opts.loopbackOnly ?? loopback });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: opts.port ?? 4173, hostname: host },
      (info: AddressInfo) => {
        const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${shown}:${info.port}/`,
          port: info.port,
          host: info.address,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new StatecraftError(
          "SC_SERVER_LISTEN",
          `cannot listen on ${host}:${opts.port ?? 4173}: ${e.code ?? e.message}`,
          {
            hint: e.code === "EADDRINUSE" ? "pick another --port (0 picks a free one)" : undefined,
            cause: e,
          },
        ),
      ),
    );
  });
}
