/**
 * Compile-time test of the public events' types (Vaadin's `grid.types.ts` pattern): `npm run
 * lint:types` type-checks this file; nothing runs it. Importing only the package root must be
 * enough for `addEventListener('sv-…')` to know each detail type.
 */
import type {
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
  RecordingPlayer,
  RoutingPanel,
  SessionDetail,
  SessionQuery,
  SessionSelectDetail,
  SessionTable,
  SessionView,
  SessionViewEventMap,
  UnbanDoneEventDetail,
} from 'session-view';

/** True only when A and B are the same type (not merely assignable either way). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when `Actual` is exactly `Expected`. */
const assertType = <Expected>() => <Actual>(_value: Actual, ..._proof: Equals<Actual, Expected> extends true ? [] : [never]): void => {};

declare const view: SessionView;
declare const table: SessionTable;
declare const detail: SessionDetail;
declare const routing: RoutingPanel;
declare const player: RecordingPlayer;

view.addEventListener('sv-data-error', (event) => assertType<DataErrorDetail>()(event.detail));

table.addEventListener('sv-session-select', (event) => {
  assertType<SessionSelectDetail>()(event.detail);
  assertType<string>()(event.detail.sessionId);
});
table.addEventListener('sv-query-change', (event) => {
  assertType<QueryChangeDetail>()(event.detail);
  assertType<SessionQuery>()(event.detail.query);
  assertType<CustomEvent<QueryChangeDetail>>()(event);
});
table.addEventListener('sv-export-done', (event) => assertType<Blob>()(event.detail.blob));

detail.addEventListener('sv-detail-close', (event) => assertType<DetailCloseEventDetail>()(event.detail));
detail.addEventListener('sv-detail-tab-change', (event) => assertType<DetailTabChangeEventDetail>()(event.detail));
detail.addEventListener('sv-note-added', (event) => assertType<NoteAddedEventDetail>()(event.detail));
detail.addEventListener('sv-contact-client-done', (event) => assertType<ContactClientDoneEventDetail>()(event.detail));
detail.addEventListener('sv-ban-done', (event) => assertType<BanDoneEventDetail>()(event.detail));
detail.addEventListener('sv-unban-done', (event) => assertType<UnbanDoneEventDetail>()(event.detail));

routing.addEventListener('sv-reroute-request', (event) => assertType<RerouteEventDetail>()(event.detail));
routing.addEventListener('sv-reroute-done', (event) => assertType<RerouteEventDetail>()(event.detail));

player.addEventListener('sv-recording-timeupdate', (event) => assertType<RecordingTimeUpdateDetail>()(event.detail));
player.addEventListener('sv-recording-error', (event) => assertType<RecordingErrorDetail>()(event.detail));

// Any element hears the public events that bubble out of ours (e.g. a host's wrapper <div>).
declare const wrapper: HTMLDivElement;
wrapper.addEventListener('sv-export-done', (event) => assertType<ExportDoneDetail>()(event.detail));

// The map lists exactly the public events: the internal parts' events are not part of it.
assertType<
  | 'sv-data-error'
  | 'sv-session-select'
  | 'sv-query-change'
  | 'sv-export-done'
  | 'sv-detail-close'
  | 'sv-detail-tab-change'
  | 'sv-note-added'
  | 'sv-contact-client-done'
  | 'sv-ban-done'
  | 'sv-unban-done'
  | 'sv-reroute-request'
  | 'sv-reroute-done'
  | 'sv-recording-timeupdate'
  | 'sv-recording-error'
>()('' as keyof SessionViewEventMap);

// Negative cases: a wrong detail field and an internal part's event are type errors.
table.addEventListener('sv-session-select', (event) => {
  // @ts-expect-error `sv-session-select` carries `sessionId`, not `id`
  void event.detail.id;
});
table.addEventListener('sv-query-change', (event) => {
  // @ts-expect-error the detail is `{ query }`, not the query itself
  void event.detail.filters;
});
table.addEventListener('sv-filter-change', (event) => {
  // @ts-expect-error internal part events are not declared: the listener gets a plain Event
  void event.detail;
});
// @ts-expect-error the detail type is checked, not just present
assertType<SessionSelectDetail>()({ sessionId: 1 });
