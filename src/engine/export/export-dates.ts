/** Dates and durations as exports write them. */
import { formatDateTime, type FormatContext, type Translate } from '../../model/index.js';

/** `iso`: `2026-11-25T09:00:00Z` (UTC, machine-readable); `viewer`: the viewer's locale and zone. */
export type DateStyle = 'iso' | 'viewer';

/** Everything a value formatter needs: translations, locale/zone/now, and the date style. */
export interface ExportEnv {
  t: Translate;
  ctx: FormatContext;
  dates: DateStyle;
}

/** `2026-11-25T09:00:00Z`: seconds are enough and Excel parses it more readily without millis. */
export function isoDateTime(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

export function formatExportDate(ms: number | undefined, env: ExportEnv): string {
  return env.dates === 'iso' ? isoDateTime(ms) : formatDateTime(ms, env.ctx);
}

/** Always `h:mm:ss`: the table's `12:05` would read as twelve hours in a spreadsheet. */
export function spreadsheetDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  const total = Math.floor(ms / 1000);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}
