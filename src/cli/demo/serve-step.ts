import { serveUntilStopped } from "../commands/serve.ts";

/**
 * The end of `npm start`: in a terminal, builds the web app if needed and serves it on
 * 127.0.0.1 until Ctrl-C. Not in a terminal (CI, pipes), or with STATECRAFT_NO_SERVE=1, it only
 * says how to serve, so the demo still exits. STATECRAFT_PORT picks the port (default 4173).
 */
export async function serveAfterDemo(
  dbPath: string,
  print: (line?: string) => void,
): Promise<void> {
  const port = process.env.STATECRAFT_PORT ?? "4173";
  if (process.env.STATECRAFT_NO_SERVE === "1" || !process.stdout.isTTY) {
    print("\n== web app ==");
    print(
      `serve the workbench with: node bin/statecraft.js serve --db ${dbPath} (then open http://127.0.0.1:${port}/)`,
    );
    print(
      "(npm start serves it itself when run in a terminal; STATECRAFT_NO_SERVE=1 turns that off)",
    );
    return;
  }
  print("\n== web app ==");
  await serveUntilStopped({ port, host: "127.0.0.1", db: dbPath, build: true });
}
