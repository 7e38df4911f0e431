/**
 * Locale-aware formatting used by column formatters and elements. Intl objects are costly to
 * create and a table formats thousands of cells, so they are cached per locale and time zone.
 */

export interface FormatContext {
  /** BCP 47 locale, e.g. `cs-CZ`. */
  locale: string;
  /** IANA time zone, e.g. `Europe/Prague`. */
  timeZone?: string;
  /** Reference "now" for live durations. */
  now: number;
}

import { INVALID_DATE_TEXT, isValidTime } from './time.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

function dateTimeFormat(ctx: FormatContext, options: Intl.DateTimeFormatOptions, name: string): Intl.DateTimeFormat {
  return cached(`dt|${name}|${ctx.locale}|${ctx.timeZone ?? ''}`, () => {
    try {
      return new Intl.DateTimeFormat(ctx.locale, { ...options, timeZone: ctx.timeZone });
    } catch {
      // An unknown time zone or locale from the host must not blank the table.
      return new Intl.DateTimeFormat(undefined, options);
    }
  });
}

/**
 * Date and time with a four-digit year in the viewer's order (`29. 11. 2026 22:38`,
 * `11/29/2026, 10:38 PM`): `dateStyle: 'short'` gives two-digit years in many locales, and
 * "29.11.26" is ambiguous in a table of years of history.
 */
export function formatDateTime(ms: number | undefined, ctx: FormatContext): string {
  if (ms === undefined) return '';
  if (!isValidTime(ms)) return INVALID_DATE_TEXT;
  return dateTimeFormat(ctx, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit' }, 'datetime').format(ms);
}

export function formatDateTimeLong(ms: number | undefined, ctx: FormatContext): string {
  if (ms === undefined) return '';
  if (!isValidTime(ms)) return INVALID_DATE_TEXT;
  return dateTimeFormat(ctx, { dateStyle: 'medium', timeStyle: 'medium' }, 'datetime-long').format(ms);
}

export function formatTime(ms: number | undefined, ctx: FormatContext): string {
  if (ms === undefined) return '';
  if (!isValidTime(ms)) return INVALID_DATE_TEXT;
  return dateTimeFormat(ctx, { timeStyle: 'short' }, 'time').format(ms);
}

/** `1:05:09`, `4:07`, `0:12` — compact and sortable by eye. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  const totalSeconds = Math.floor(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

export function formatNumber(value: number | undefined, ctx: FormatContext): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return cached(`num|${ctx.locale}`, () => new Intl.NumberFormat(ctx.locale)).format(value);
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

export function formatFileSize(bytes: number, ctx: FormatContext): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let unitIndex = 0;
  let value = bytes;
  while (value >= 1024 && unitIndex < SIZE_UNITS.length - 1) {
    value /= 1024;
    unitIndex += 1;
  }
  const unit = SIZE_UNITS[unitIndex];
  return cached(
    `size|${ctx.locale}|${unit}`,
    () => new Intl.NumberFormat(ctx.locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
  ).format(value);
}
