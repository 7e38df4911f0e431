/** Small helpers for the ban dialog: focusable elements for the focus trap, and date handling. */

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Enabled, visible focusable elements inside `root`, in DOM order. */
export function focusableIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0,
  );
}

/** The last millisecond of a `YYYY-MM-DD` day in the browser's time zone (a ban lasts through that day). */
export function endOfLocalDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999).getTime();
  return Number.isFinite(end) ? end : undefined;
}

/** Today as `YYYY-MM-DD` in the browser's time zone (the date input's minimum). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
