import type { Command } from "commander";
import { registerBargain } from "./bargain.ts";
import { registerBrief } from "./brief.ts";
import { registerCorpus } from "./corpus.ts";
import { registerDecide } from "./decide.ts";
import { registerDoctrine } from "./doctrine.ts";
import { registerEvents } from "./events.ts";
import { registerProfile } from "./profile.ts";
import { registerServe } from "./serve.ts";

/** A CLI command module adds its commands to the program. One file per command family. */
export type Registrar = (program: Command) => void;

// One line per command family; each module owns its file under src/cli/commands/.
export const registrars: Registrar[] = [
  registerCorpus,
  registerDoctrine,
  registerDecide,
  registerProfile,
  registerEvents,
  registerBargain,
  registerServe,
  registerBrief,
];
