/**
 * session-view: element classes, store, adapter contract and model — without side effects.
 * Import `session-view/all.js` (or `session-view/<tag>.js`) to register the elements.
 */
export * from './model/index.js';
export * from './adapter/index.js';
export * from './store/index.js';
export { registerTranslation, translate, registeredLanguages } from './i18n/index.js';
export { defineElement } from './define/define-element.js';
export { SessionView, type DataErrorDetail } from './elements/session-view/session-view.js';
export { SessionTable, type SessionSelectDetail } from './elements/session-table/session-table.js';
export { SessionDetailElement } from './elements/session-detail/session-detail.js';
export { RoutingPanel } from './elements/routing-panel/routing-panel.js';
export { RecordingPlayer } from './elements/recording-player/recording-player.js';
export { ExportMenu } from './elements/export-menu/export-menu.js';
export type { TranscriptMasking } from './elements/session-detail/transcript/masking.js';
export type { ExportDoneDetail, RedactDefaults } from './elements/export-menu/export-menu.js';
export type { RedactionPattern, RedactionReport, RedactionKind } from './engine/redact/index.js';
