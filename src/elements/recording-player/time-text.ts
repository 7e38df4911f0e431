import { formatDuration } from '../../model/index.js';

/** `1:05` on screen. */
export function clock(ms: number): string {
  return formatDuration(Math.max(0, ms)) || '0:00';
}

const unitFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(lang: string, unit: 'hour' | 'minute' | 'second'): Intl.NumberFormat {
  const key = `${lang}|${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' });
    } catch {
      format = new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' });
    }
    unitFormats.set(key, format);
  }
  return format;
}

/** `1 minute 5 seconds` for screen readers (a slider's `aria-valuetext`), in the element's language. */
export function spokenDuration(ms: number, lang: string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (hours) parts.push(unitFormat(lang, 'hour').format(hours));
  if (minutes) parts.push(unitFormat(lang, 'minute').format(minutes));
  if (seconds || parts.length === 0) parts.push(unitFormat(lang, 'second').format(seconds));
  return parts.join(' ');
}
