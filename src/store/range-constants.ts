/**
 * What the store and the table share with range paging (`serverQuery`). In their own module
 * because the range paging itself is loaded only for hosts with `serverQuery` (server-mode.ts).
 */

/** The id a row holds in the view while its page is not loaded (the table shows a placeholder). */
export const PENDING_ROW = '';

/** With `serverQuery`: how long the live feed must be quiet before the rows on screen are asked again. */
export const LIVE_REQUERY_MS = 500;
