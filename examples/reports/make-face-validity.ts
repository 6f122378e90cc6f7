// Regenerates face-validity-tables.{md,json}: `node --import tsx examples/reports/make-face-validity.ts`.
import { writeFaceValidityReport } from "../../src/profile/reports/face-validity.ts";

const file = await writeFaceValidityReport();
process.stdout.write(`wrote ${file}\n`);
