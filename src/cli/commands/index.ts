import type { Command } from "commander";

/** A CLI command module adds its commands to the program. One file per command family. */
export type Registrar = (program: Command) => void;

// One line per command family; each module owns its file under src/cli/commands/.
export const registrars: Registrar[] = [];
