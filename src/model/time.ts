/**
 * The instants a JavaScript `Date` can hold: ±8.64e15 ms (±100,000,000 days) around 1970. A
 * finite number beyond it (`1e20`) makes `Intl` and `toISOString` throw `RangeError`, so host
 * dates are checked against this range at the boundary and formatters check it again.
 */
export const MAX_TIME_MS = 8.64e15;

/** A number that is a valid `Date` time. */
export function isValidTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_TIME_MS;
}

/** Shown for a date no `Date` can hold (validation refuses those; a formatter must still not throw). */
export const INVALID_DATE_TEXT = '—';

/** The `datetime` attribute of a `<time>` element; empty for a time no `Date` can hold. */
export function dateTimeAttribute(ms: number | undefined): string {
  return isValidTime(ms) ? new Date(ms).toISOString() : '';
}
