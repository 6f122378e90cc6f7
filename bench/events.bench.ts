/**
 * Event coder throughput and GDELT import.
 * 1. GDELT 1.0 import: a generated 1-million-row file (58 tab-separated columns, seeded) in a temp
 *    folder, streamed into a temporary store; rows/s and peak memory (reported first, so the
 *    figure is the import's own).
 * 2. Coding: sentences coded per second (text layer + coder, one thread) on the UN General Debate
 *    subset with the vendored Phoenix dictionaries; dictionary load time separately.
 */
import {
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRng } from "../src/core/rng.ts";
import { EventCoder, importGdeltRows, readGdelt } from "../src/events/index.ts";
import { openStore } from "../src/store/index.ts";
import { dataPath, peakRssMb, report, round } from "./harness.ts";

const ROWS = Number(process.env.BENCH_GDELT_ROWS ?? 1_000_000);
const ACTORS = [
  "USA",
  "IRN",
  "IRNGOV",
  "USAGOV",
  "ISR",
  "RUS",
  "CHN",
  "GBR",
  "FRA",
  "DEU",
  "IRQ",
  "SYR",
  "SAU",
  "TUR",
  "",
  "GOV",
  "MIL",
];
const CODES = [
  "010",
  "020",
  "036",
  "040",
  "042",
  "043",
  "051",
  "057",
  "111",
  "112",
  "120",
  "130",
  "138",
  "163",
  "173",
  "190",
  "193",
  "195",
];

async function writeGdelt(path: string, rows: number): Promise<number> {
  const rng = createRng(7);
  const out = createWriteStream(path);
  const f = new Array<string>(58).fill("");
  let bytes = 0;
  let buf = "";
  for (let i = 0; i < rows; i++) {
    const y = 2015 + rng.int(5 + 1);
    const m = String(1 + rng.int(11 + 1)).padStart(2, "0");
    const d = String(1 + rng.int(27 + 1)).padStart(2, "0");
    const code = CODES[rng.int(CODES.length - 1 + 1)]!;
    const root = code.slice(0, 2);
    const r = Number(root);
    f[0] = String(400000000 + i);
    f[1] = `${y}${m}${d}`;
    f[2] = `${y}${m}`;
    f[3] = String(y);
    f[4] = String(y + Number(m) / 12);
    f[5] = ACTORS[rng.int(ACTORS.length - 1 + 1)]!;
    f[6] = "NAME";
    f[15] = ACTORS[rng.int(ACTORS.length - 1 + 1)]!;
    f[16] = "OTHER";
    f[25] = "1";
    f[26] = code;
    f[27] = code;
    f[28] = root;
    f[29] = String(r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4);
    f[30] = (rng.next() * 20 - 10).toFixed(1);
    f[31] = String(1 + rng.int(20 - 1 + 1));
    f[32] = String(1 + rng.int(5 - 1 + 1));
    f[33] = String(1 + rng.int(20 - 1 + 1));
    f[34] = (rng.next() * 10 - 5).toFixed(2);
    f[56] = `${y}${m}${d}`;
    f[57] = `http://news.example.org/${i}`;
    buf += `${f.join("\t")}\n`;
    if (buf.length > 1 << 20) {
      bytes += buf.length;
      if (!out.write(buf)) await new Promise<void>((res) => out.once("drain", () => res()));
      buf = "";
    }
  }
  bytes += buf.length;
  out.write(buf);
  await new Promise<void>((res) => out.end(() => res()));
  return bytes;
}

const dir = mkdtempSync(join(tmpdir(), "sc-bench-events-"));
try {
  const file = join(dir, "gdelt.export.CSV");
  await writeGdelt(file, ROWS);
  const mb = statSync(file).size / 1e6;
  const db = openStore(join(dir, "store.db"));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const n = await importGdeltRows(db, readGdelt(file));
  const secs = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1e6;
  db.close();
  report({
    name: "events gdelt import",
    figures: {
      rows: n,
      file_mb: round(mb, 1),
      wall_s: round(secs, 2),
      cpu_s: round(cpu, 2),
      rows_per_wall_s: Math.round(n / secs),
      rows_per_cpu_s: Math.round(n / cpu),
      peak_rss_mb: peakRssMb(),
    },
    target: "streaming, bounded memory",
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ungd = dataPath("corpora/ungd", "examples/corpus/ungd");
const limit = Number(process.env.BENCH_EVENTS_FILES ?? Number.POSITIVE_INFINITY);
const files = readdirSync(ungd)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, limit);
const l0 = performance.now();
const coder = new EventCoder();
const loadS = (performance.now() - l0) / 1000;
const texts = files.map((f) => readFileSync(join(ungd, f), "utf8"));
// The speaker's country from speeches.jsonl, so Self resolution runs as in `events code --corpus`.
const countryOf = new Map<string, string>();
try {
  for (const line of readFileSync(join(ungd, "speeches.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { file?: string; country_iso3?: string };
    if (r.file && r.country_iso3) countryOf.set(r.file, r.country_iso3);
  }
} catch {
  // no metadata: code without speakers
}
const speakerOf = (f: string) => {
  const country = countryOf.get(f);
  return country ? { speaker: { country } } : {};
};
for (const t of texts.slice(0, 3)) coder.code({ docId: "warm", text: t });
let sentences = 0;
let events = 0;
const cpu0 = process.cpuUsage();
const c0 = performance.now();
texts.forEach((text, i) => {
  const r = coder.code({ docId: files[i]!, text, ...speakerOf(files[i]!) });
  events += r.events.length;
  sentences += r.sentences;
});
const cs = (performance.now() - c0) / 1000;
const cpuU = process.cpuUsage(cpu0);
const cpuS = (cpuU.user + cpuU.system) / 1e6;
report({
  name: "events coding ungd",
  figures: {
    documents: texts.length,
    sentences,
    events,
    dictionary_load_s: round(loadS, 2),
    wall_s: round(cs, 2),
    cpu_s: round(cpuS, 2),
    sentences_per_cpu_s: Math.round(sentences / cpuS),
    sentences_per_wall_s: Math.round(sentences / cs),
  },
  target: ">= 5,000 sentences/s/core",
});
