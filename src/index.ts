/**
 * session-view: what a host uses — element classes, the store it may share between elements, the
 * adapter contract and its conformance suite, the model and column catalogue, translations and the
 * public events' types — without side effects. Import `session-view/all.js` (or
 * `session-view/<tag>.js`) to register the elements; the pure engine is `session-view/engine`.
 *
 * Every name here is API: test/public-surface.test.ts pins the list, so a change is deliberate.
 * Internals (sub-stores, schedulers, validators) stay reachable only through their module paths.
 */
export * from './model/index.js';

// The adapter contract a host implements, the errors it sees, and the suite that checks it.
export type {
  BanOptions,
  ContactOptions,
  ListSessionsRequest,
  LiveChange,
  MutationOptions,
  RerouteOptions,
  SessionAdapter,
  SessionPage,
} from './adapter/types.js';
export type {
  BanInput,
  DateInput,
  DetailedSessionInput,
  MessageInput,
  NoteInput,
  RoutingStepInput,
  RoutingTargetInput,
  SessionSummaryInput,
} from './adapter/records.js';
export { SessionViewError, type AdapterErrorKind } from './adapter/errors.js';
export {
  ADAPTER_CHECKS,
  ConformanceError,
  runAdapterCheck,
  runAdapterChecks,
  runAdapterConformance,
  type AdapterCheck,
  type CheckResult,
  type ConformanceOptions,
} from './adapter/conformance.js';

// One store shared by several elements (`.store`), or provided by a host's own context provider.
export {
  SessionStore,
  type LoadStatus,
  type SessionStoreOptions,
  type SessionStoreState,
  type InvalidRecord,
} from './store/session-store.js';
export type { SearchState, SearchSnippet } from './store/store-search.js';
export type { DetailEntry } from './store/detail-store.js';
export { shallowEqual, type Equality } from './store/state-container.js';
export { createSessionStore } from './store/create-store.js';
export { sessionStoreContext } from './store/context.js';

export { registerTranslation, translate, registeredLanguages, loadLanguage, type TranslationKey, type TranslationTable } from './i18n/index.js';
export { defineElement } from './define/define-element.js';
// Where the search worker comes from, for hosts that serve it themselves (CSP without `blob:`).
export { setBasePath, SEARCH_WORKER_POLICY } from './engine/search/worker-source.js';

export { SessionView } from './elements/session-view/session-view.js';
export { SessionTable } from './elements/session-table/session-table.js';
export { SessionDetail } from './elements/session-detail/session-detail.js';
export { RoutingPanel } from './elements/routing-panel/routing-panel.js';
export { RecordingPlayer } from './elements/recording-player/recording-player.js';
export { ExportMenu } from './elements/export-menu/export-menu.js';

// Public events: detail types, and the map that types `addEventListener('sv-…')` (loading this
// module's types declares it in HTMLElementEventMap).
export type * from './events/public-events.js';
export type { TranscriptMasking } from './elements/session-detail/transcript/masking.js';
export type { ExportDoneDetail, RedactDefaults } from './elements/export-menu/export-menu.js';
export type { RedactionPattern, RedactionReport, RedactionKind } from './engine/redact/index.js';
