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

await buildProgram().parseAsync(process.argv);
