/**
 * The custom-range fields of a time filter, in the viewer's locale. `<input type="datetime-local">`
 * shows the browser's own order (mm/dd/yyyy in an English Chrome) whatever the viewer's locale is,
 * so the fields are text in the order and clock `Intl` gives for the viewer, read back leniently:
 * the numbers in that order, any separators, AM/PM where the locale uses them.
 */
import { zonedMidnight } from '../../engine/query/index.js';
import { isValidTime } from '../../model/time.js';

type Field = 'day' | 'month' | 'year' | 'hour' | 'minute';
const FIELDS: readonly string[] = ['day', 'month', 'year', 'hour', 'minute'];

function fieldFormat(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone };
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    // An unknown locale or zone from the host must not break the popover.
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: undefined });
  }
}

/** `29.11.2026 22:38` (cs), `11/29/2026, 10:38 PM` (en-US); empty for no value. */
export function formatDateTimeField(ms: number | undefined, locale: string, timeZone: string | undefined): string {
  // A bound from a hand-edited link may lie beyond what a Date holds (Intl would throw).
  if (ms === undefined || !isValidTime(ms)) return '';
  return fieldFormat(locale, timeZone).format(ms).replace(/\s/g, ' ');
}

/** A sample in the viewer's order that cannot be misread (31 can only be a day). */
export function dateTimeFieldExample(locale: string): string {
  return formatDateTimeField(Date.UTC(2026, 11, 31, 16, 45), locale, 'UTC');
}

/**
 * The instant a field's text names in the zone: `undefined` for an empty field, `null` for text
 * that is not a date in the viewer's order (the caller leaves the filter alone and says so).
 */
export function parseDateTimeField(text: string, locale: string, timeZone: string | undefined): number | undefined | null {
  if (text.trim() === '') return undefined;
  const format = fieldFormat(locale, timeZone);
  const sample = format.formatToParts(Date.UTC(2026, 11, 31, 16, 45));
  const order = sample.map((part) => part.type).filter((type): type is Field => FIELDS.includes(type));
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  if (numbers.length < 3 || numbers.length > order.length) return null;
  const value: Record<Field, number> = { day: 0, month: 0, year: 0, hour: 0, minute: 0 };
  order.forEach((field, index) => (value[field] = numbers[index] ?? 0));
  if (format.resolvedOptions().hour12) {
    const pm = format.formatToParts(Date.UTC(2026, 0, 1, 13)).find((part) => part.type === 'dayPeriod')?.value ?? 'PM';
    const isPm = text.toLocaleLowerCase(locale).includes(pm.toLocaleLowerCase(locale));
    if (value.hour > 12) return null;
    value.hour = (value.hour % 12) + (isPm ? 12 : 0);
  }
  const { day, month, year, hour, minute } = value;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  // Day 31 of a 30-day month must not silently become the 1st of the next one.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return zonedMidnight(year, month, day, timeZone) + hour * 3_600_000 + minute * 60_000;
}
