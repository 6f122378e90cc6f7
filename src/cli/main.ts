import { Command } from "commander";
import { registrars } from "./commands/index.ts";

export function buildProgram(): Command {
  const program = new Command()
    .name("statecraft")
    .description(
      "Foreign-policy analysis: corpus, profiles, events, doctrine, decisions, bargaining, briefings",
    )
    .version("0.1.0")
    .showHelpAfterError();
  for (const register of registrars) register(program);
  return program;
}

// A closed pipe (`statecraft ... | head`) ends output quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

await buildProgram().parseAsync(process.argv);
