/** Dates and durations as exports write them. */
import { formatDateTime, type FormatContext, type Translate } from '../../model/index.js';
import { isValidTime } from '../../model/time.js';

/** `iso`: `2026-11-25T09:00:00Z` (UTC, machine-readable); `viewer`: the viewer's locale and zone. */
export type DateStyle = 'iso' | 'viewer';

/** Everything a value formatter needs: translations, locale/zone/now, and the date style. */
export interface ExportEnv {
  t: Translate;
  ctx: FormatContext;
  dates: DateStyle;
  /** Per-export cache of viewer-format dates, keyed by minute (the format shows no seconds). */
  dateCache: Map<number, string>;
}

/** One export's environment: translations memoised, dates cached. */
export function createExportEnv(t: Translate, ctx: FormatContext, dates: DateStyle): ExportEnv {
  return { t: memoTranslate(t), ctx, dates, dateCache: new Map() };
}

const DAY_MS = 86_400_000;
/** 0000-01-01 … 9999-12-31: the range the fast path below handles; others use `Date`. */
const FAST_MIN = -62_167_219_200_000;
const FAST_MAX = 253_402_300_800_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/**
 * `2026-11-25T09:00:00Z` (milliseconds only when non-zero). Computed with integer arithmetic
 * (days → civil date after Howard Hinnant) because `new Date(ms).toISOString()` was the single
 * hottest call of a 100k-row export; tests check it against `toISOString`.
 */
export function isoDateTime(ms: number | undefined): string {
  // Beyond what a `Date` holds `toISOString` throws: such a date has no text (validation refuses it).
  if (!isValidTime(ms)) return '';
  const time = Math.trunc(ms);
  if (time < FAST_MIN || time >= FAST_MAX) {
    const iso = new Date(time).toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
  }
  const days = Math.floor(time / DAY_MS);
  let rest = time - days * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const fraction = millis === 0 ? '' : `.${pad3(millis)}`;
  return `${civilDate(days)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}${fraction}Z`;
}

/** `YYYY-MM-DD` of a day count since 1970-01-01; an export's rows share few days, so it is cached. */
const civilDates = new Map<number, string>();
function civilDate(days: number): string {
  let text = civilDates.get(days);
  if (text !== undefined) return text;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  text = `${year < 1000 ? String(year).padStart(4, '0') : String(year)}-${pad2(month)}-${pad2(day)}`;
  if (civilDates.size > 10_000) civilDates.clear();
  civilDates.set(days, text);
  return text;
}

/** Column formatters translate enum values per cell; the answer for a key never changes in one export. */
export function memoTranslate(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (key) => {
    let text = cache.get(key);
    if (text === undefined) {
      text = t(key);
      cache.set(key, text);
    }
    return text;
  };
}

/**
 * A date as the export writes it. Viewer-format dates go through `Intl` (microseconds each), and
 * a 5,000-session transcript export formats 100k of them, most sharing a minute with a
 * neighbour, so they are cached per minute.
 */
export function formatExportDate(ms: number | undefined, env: ExportEnv): string {
  if (env.dates === 'iso') return isoDateTime(ms);
  if (!isValidTime(ms)) return '';
  const minute = Math.floor(ms / 60_000);
  let text = env.dateCache.get(minute);
  if (text === undefined) {
    if (env.dateCache.size > 50_000) env.dateCache.clear();
    text = formatDateTime(ms, env.ctx);
    env.dateCache.set(minute, text);
  }
  return text;
}

/** Always `h:mm:ss`: the table's `12:05` would read as twelve hours in a spreadsheet. */
export function spreadsheetDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  const total = Math.floor(ms / 1000);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}
