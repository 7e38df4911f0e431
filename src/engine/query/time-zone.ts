/**
 * Calendar days in the viewer's time zone without a date library: "today" in Prague starts at a
 * different instant than "today" in UTC, and a DST change makes some days 23 or 25 hours long.
 */
import type { TimeFilter, TimePreset } from '../../model/query.js';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = partsFormatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    };
    try {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      // An unknown zone from the host falls back to the runtime's own zone rather than throwing.
      format = new Intl.DateTimeFormat('en-US', options);
    }
    partsFormatters.set(key, format);
  }
  return format;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(epochMs: number, timeZone: string | undefined): WallClock {
  const clock: WallClock = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(timeZone).formatToParts(epochMs)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffsetMs(epochMs: number, timeZone: string | undefined): number {
  const c = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant local midnight of a calendar date happens in the zone (or the first instant after it). */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string | undefined): number {
  const utcMidnight = Date.UTC(year, month - 1, day);
  // Two rounds settle the offset across a DST change; a zone that skips midnight lands on 01:00.
  let guess = utcMidnight - zoneOffsetMs(utcMidnight, timeZone);
  guess = utcMidnight - zoneOffsetMs(guess, timeZone);
  return guess;
}

/** Start of the calendar day containing `epochMs`, shifted by `dayOffset` days, in the zone. */
export function startOfDay(epochMs: number, timeZone: string | undefined, dayOffset = 0): number {
  const c = wallClock(epochMs, timeZone);
  // Date.UTC normalises day overflow (day 0, day 32) into the right month and year.
  const shifted = new Date(Date.UTC(c.year, c.month - 1, c.day + dayOffset));
  return zonedMidnight(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate(), timeZone);
}

export interface TimeBounds {
  /** Inclusive, epoch ms. */
  from: number;
  /** Exclusive, epoch ms. */
  to: number;
}

const PRESET_DAYS: Record<TimePreset, [fromOffset: number, toOffset: number]> = {
  today: [0, 1],
  yesterday: [-1, 0],
  'last-7-days': [-6, 1],
  'last-30-days': [-29, 1],
};

/**
 * Resolves a time filter to concrete bounds. A preset wins over explicit bounds; missing or invalid
 * bounds are open (±Infinity), so a half-filled custom range still filters sensibly.
 */
export function resolveTimeFilter(filter: TimeFilter, now: number, timeZone: string | undefined): TimeBounds {
  const preset = filter.preset !== undefined ? PRESET_DAYS[filter.preset] : undefined;
  if (preset && Number.isFinite(now)) {
    return { from: startOfDay(now, timeZone, preset[0]), to: startOfDay(now, timeZone, preset[1]) };
  }
  const from = typeof filter.from === 'number' && !Number.isNaN(filter.from) ? filter.from : -Infinity;
  const to = typeof filter.to === 'number' && !Number.isNaN(filter.to) ? filter.to : Infinity;
  return { from, to };
}
