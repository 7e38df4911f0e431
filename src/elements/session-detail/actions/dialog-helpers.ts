/** Small helpers for the action dialogs (ban, contact client): the focus trap, and date handling. */
import { zonedMidnight } from '../../../engine/query/time-zone.js';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Enabled, visible focusable elements inside `root`, in DOM order. */
export function focusableIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0,
  );
}

/**
 * Keeps Tab inside a modal dialog: from the last focusable element to the first and back. `root`
 * is the shadow root the dialog lives in (its `activeElement` is the focused part). Escape is the
 * caller's: it must also stop the panel behind from closing.
 */
export function trapTab(event: KeyboardEvent, dialog: HTMLDialogElement, root: Node): void {
  if (event.key !== 'Tab') return;
  const focusable = focusableIn(dialog);
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The last millisecond of a `YYYY-MM-DD` day in the viewer's time zone (a ban lasts through that
 * day as the viewer reads the calendar, whatever zone the browser runs in). The next midnight
 * minus one, so a 23- or 25-hour DST day ends at the right instant.
 */
export function endOfViewerDay(value: string, timeZone: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // zonedMidnight normalises day 32 into the next month (through Date.UTC).
  const end = zonedMidnight(year, month, day + 1, timeZone) - 1;
  return Number.isFinite(end) ? end : undefined;
}

const isoDayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today as `YYYY-MM-DD` in the viewer's time zone (the date input's minimum). */
export function todayIso(timeZone: string | undefined, now = Date.now()): string {
  const key = timeZone ?? '';
  let format = isoDayFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
    try {
      format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
    } catch {
      // An unknown zone from the host: the browser's own, as the rest of the library does.
      format = new Intl.DateTimeFormat('en-CA', options);
    }
    isoDayFormats.set(key, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
