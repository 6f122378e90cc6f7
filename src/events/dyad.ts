/**
 * Relations between two actors over time: event counts and Goldstein sums per period and per
 * direction. Deduplication is explicit: raw GDELT rows count reports, not events, so events can
 * be collapsed by (date, source, target, code) before counting.
 */

/** The minimal event shape the relation functions need (coded events and imported GDELT rows). */
export interface EventRecord {
  date: string | null;
  source: string;
  target: string;
  code: string;
  goldstein: number;
  quadClass: number;
}

export type Period = "day" | "month" | "quarter" | "year";
export type Dedup = "none" | "daily" | "period";

export interface DyadOptions {
  /** Period to aggregate by (default "month"). */
  by?: Period;
  /**
   * "none": every record counts (GDELT raw counts = reports); "daily" (default): one event per
   * (day, source, target, code); "period": one per (period, source, target, code).
   */
  dedup?: Dedup;
  /** Match actors by prefix ("IRN" matches "IRNGOV", default true) or exactly. */
  prefix?: boolean;
}

export interface DyadRow {
  period: string;
  direction: "a->b" | "b->a";
  count: number;
  goldsteinSum: number;
  /** Counts per quad class 1..4. */
  quad: [number, number, number, number];
}

export function periodOf(date: string, by: Period): string {
  const y = date.slice(0, 4);
  const m = date.slice(5, 7) || "01";
  if (by === "year") return y;
  if (by === "quarter") return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
  if (by === "month") return `${y}-${m}`;
  return date.slice(0, 10);
}

/** Counts and Goldstein sums per period in each direction between actors a and b. */
export function dyad(
  events: Iterable<EventRecord>,
  a: string,
  b: string,
  options: DyadOptions = {},
): DyadRow[] {
  const by = options.by ?? "month";
  const dedup = options.dedup ?? "daily";
  const prefix = options.prefix ?? true;
  const is = (code: string, actor: string) => (prefix ? code.startsWith(actor) : code === actor);
  const seen = new Set<string>();
  const rows = new Map<string, DyadRow>();
  for (const e of events) {
    if (!e.date) continue;
    let direction: DyadRow["direction"];
    if (is(e.source, a) && is(e.target, b)) direction = "a->b";
    else if (is(e.source, b) && is(e.target, a)) direction = "b->a";
    else continue;
    const period = periodOf(e.date, by);
    if (dedup !== "none") {
      const when = dedup === "daily" ? e.date.slice(0, 10) : period;
      const key = `${when}|${e.source}|${e.target}|${e.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const k = `${period}|${direction}`;
    let row = rows.get(k);
    if (!row) {
      row = { period, direction, count: 0, goldsteinSum: 0, quad: [0, 0, 0, 0] };
      rows.set(k, row);
    }
    row.count++;
    row.goldsteinSum = Math.round((row.goldsteinSum + e.goldstein) * 100) / 100;
    if (e.quadClass >= 1 && e.quadClass <= 4) row.quad[e.quadClass - 1]!++;
  }
  return [...rows.values()].sort(
    (x, y) => x.period.localeCompare(y.period) || x.direction.localeCompare(y.direction),
  );
}
