/**
 * Scenario pressures measured from the event record instead of by judgement.
 *
 * For a state S at date D, over the window [D - windowDays, D) (default 365 days), with each event
 * weighted by exp(-age / halfLifeDays · ln 2) (default half-life 90 days) so recent events count more:
 *
 * - `military_threat` = weighted count of material-conflict events (quad class 4: CAMEO roots
 *   15-20) and military threats (codes 138x) directed AT S, divided by the weighted count of all
 *   events directed at S, then scaled by a saturating volume factor 1 - exp(-n / volumeScale)
 *   (default scale 20 events) so that one hostile event among two does not read as maximal threat.
 * - `isolation` = weighted share of conflictual events (quad classes 3 and 4) among all events
 *   between S and other states in either direction, times the same volume factor, plus 0 when there
 *   are no events (no record is not evidence of isolation).
 *
 * Both lie in [0, 1]. The result lists the counts it used so a reader can check it.
 */
import type { EventRecord } from "./dyad.ts";

export interface PressureOptions {
  /** Days before the date that count (default 365). */
  windowDays?: number;
  /** Half-life of an event's weight, in days (default 90). */
  halfLifeDays?: number;
  /** Events at which the volume factor reaches 1 - 1/e (default 20). */
  volumeScale?: number;
}

export interface PressureEstimate {
  state: string;
  date: string;
  military_threat: number;
  isolation: number;
  basis: {
    windowDays: number;
    eventsAtState: number;
    hostileMilitaryAtState: number;
    eventsWithOthers: number;
    conflictualWithOthers: number;
  };
}

const DAY = 86_400_000;

function isMilitary(e: EventRecord): boolean {
  return e.quadClass === 4 || e.code.startsWith("138");
}

export function estimatePressures(
  events: Iterable<EventRecord>,
  state: string,
  date: string,
  options: PressureOptions = {},
): PressureEstimate {
  const windowDays = options.windowDays ?? 365;
  const half = options.halfLifeDays ?? 90;
  const scale = options.volumeScale ?? 20;
  const t = Date.parse(
    date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date,
  );
  let atW = 0;
  let milW = 0;
  let allW = 0;
  let confW = 0;
  let atN = 0;
  let milN = 0;
  let allN = 0;
  let confN = 0;
  for (const e of events) {
    if (!e.date) continue;
    const te = Date.parse(e.date.slice(0, 10));
    const age = (t - te) / DAY;
    if (!(age > 0 && age <= windowDays)) continue;
    const w = Math.exp((-age / half) * Math.LN2);
    const toS = e.target.startsWith(state) && !e.source.startsWith(state) && e.source !== "";
    const fromS = e.source.startsWith(state) && !e.target.startsWith(state) && e.target !== "";
    if (toS) {
      atW += w;
      atN++;
      if (isMilitary(e)) {
        milW += w;
        milN++;
      }
    }
    if (toS || fromS) {
      allW += w;
      allN++;
      if (e.quadClass >= 3) {
        confW += w;
        confN++;
      }
    }
  }
  const vol = (n: number) => 1 - Math.exp(-n / scale);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    state,
    date,
    military_threat: atW > 0 ? r((milW / atW) * vol(atN)) : 0,
    isolation: allW > 0 ? r((confW / allW) * vol(allN)) : 0,
    basis: {
      windowDays,
      eventsAtState: atN,
      hostileMilitaryAtState: milN,
      eventsWithOthers: allN,
      conflictualWithOthers: confN,
    },
  };
}
