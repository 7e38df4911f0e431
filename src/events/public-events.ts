/**
 * The public events: every `sv-*` event that crosses an element's shadow root to the host page,
 * with its detail type. One list, declared once in `HTMLElementEventMap`, so
 * `el.addEventListener('sv-session-select', (e) => e.detail.sessionId)` is typed wherever the
 * package's types are loaded (the root entry and every define module import this module).
 * Events between internal parts are not listed: they never reach the host.
 */
import type { ExportDoneDetail } from '../elements/export-menu/export-menu.js';
import type { RecordingErrorDetail, RecordingTimeUpdateDetail } from '../elements/recording-player/recording-player.js';
import type { RerouteEventDetail } from '../elements/routing-panel/events.js';
import type { BanDoneEventDetail, UnbanDoneEventDetail } from '../elements/session-detail/actions/ban-control.js';
import type { ContactClientDoneEventDetail } from '../elements/session-detail/actions/contact-client.js';
import type { NoteAddedEventDetail } from '../elements/session-detail/notes/session-notes.js';
import type { DetailCloseEventDetail, DetailTabChangeEventDetail } from '../elements/session-detail/session-detail.js';
import type { QueryChangeDetail, SessionSelectDetail } from '../elements/session-table/session-table.js';
import type { DataErrorDetail } from '../elements/session-view/session-view.js';

export type {
  BanDoneEventDetail,
  ContactClientDoneEventDetail,
  DataErrorDetail,
  DetailCloseEventDetail,
  DetailTabChangeEventDetail,
  ExportDoneDetail,
  NoteAddedEventDetail,
  QueryChangeDetail,
  RecordingErrorDetail,
  RecordingTimeUpdateDetail,
  RerouteEventDetail,
  SessionSelectDetail,
  UnbanDoneEventDetail,
};

/** Public event name → event type (bubbling, composed `CustomEvent`s). */
export interface SessionViewEventMap {
  /** `<session-view>`: a record from the adapter failed validation. */
  'sv-data-error': CustomEvent<DataErrorDetail>;
  /** `<session-table>`: a row was chosen. Cancelable. */
  'sv-session-select': CustomEvent<SessionSelectDetail>;
  /** `<session-table>`: the user changed the query. Cancelable. */
  'sv-query-change': CustomEvent<QueryChangeDetail>;
  /** `<sv-export-menu>` (in the table's toolbar): the file is ready. Cancelable. */
  'sv-export-done': CustomEvent<ExportDoneDetail>;
  /** `<session-detail>`: close requested. Cancelable. */
  'sv-detail-close': CustomEvent<DetailCloseEventDetail>;
  'sv-detail-tab-change': CustomEvent<DetailTabChangeEventDetail>;
  'sv-note-added': CustomEvent<NoteAddedEventDetail>;
  'sv-contact-client-done': CustomEvent<ContactClientDoneEventDetail>;
  'sv-ban-done': CustomEvent<BanDoneEventDetail>;
  'sv-unban-done': CustomEvent<UnbanDoneEventDetail>;
  /** `<routing-panel>`: before a re-route is sent. Cancelable. */
  'sv-reroute-request': CustomEvent<RerouteEventDetail>;
  'sv-reroute-done': CustomEvent<RerouteEventDetail>;
  /** `<recording-player>` */
  'sv-recording-timeupdate': CustomEvent<RecordingTimeUpdateDetail>;
  'sv-recording-error': CustomEvent<RecordingErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the map into the DOM's
  interface HTMLElementEventMap extends SessionViewEventMap {}
}
