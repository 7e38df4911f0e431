/**
 * Step times in the viewer's locale and time zone. Routing steps are often seconds apart, so
 * times keep their seconds (the shared model formatters round to minutes).
 */
import type { FormatContext } from '../../model/index.js';
import { INVALID_DATE_TEXT, isValidTime } from '../../model/time.js';

type Style = 'time' | 'date-time' | 'date';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  time: { timeStyle: 'medium' },
  'date-time': { dateStyle: 'short', timeStyle: 'medium' },
  date: { dateStyle: 'short' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(ctx: FormatContext, style: Style): Intl.DateTimeFormat {
  const key = `${style}|${ctx.locale}|${ctx.timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(ctx.locale, { ...OPTIONS[style], timeZone: ctx.timeZone });
    } catch {
      // An unknown time zone or locale from the host must not blank the timeline.
      format = new Intl.DateTimeFormat(undefined, OPTIONS[style]);
    }
    formats.set(key, format);
  }
  return format;
}

/** `14:03:27`, or `25/11/2026, 14:03:27` when the row needs its date. */
export function formatStepTime(ms: number, ctx: FormatContext, withDate: boolean): string {
  return isValidTime(ms) ? formatter(ctx, withDate ? 'date-time' : 'time').format(ms) : INVALID_DATE_TEXT;
}

/** The calendar day of `ms` in the viewer's time zone (a row shows its date when the day changes). */
export function dayOf(ms: number, ctx: FormatContext): string {
  return isValidTime(ms) ? formatter(ctx, 'date').format(ms) : '';
}
