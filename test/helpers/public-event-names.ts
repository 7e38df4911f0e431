import type { SessionViewEventMap } from '../../src/events/public-events.js';

/**
 * Every public event, pinned to `SessionViewEventMap` at compile time (`satisfies` rejects a
 * missing or an extra name): tests that walk all of them cannot leave a new one out unnoticed.
 */
export const PUBLIC_EVENT_NAMES = Object.keys({
  'sv-data-error': true,
  'sv-session-select': true,
  'sv-query-change': true,
  'sv-export-done': true,
  'sv-detail-close': true,
  'sv-detail-tab-change': true,
  'sv-note-added': true,
  'sv-contact-client-done': true,
  'sv-ban-done': true,
  'sv-unban-done': true,
  'sv-reroute-request': true,
  'sv-reroute-done': true,
  'sv-recording-timeupdate': true,
  'sv-recording-error': true,
} satisfies Record<keyof SessionViewEventMap, true>) as (keyof SessionViewEventMap)[];
