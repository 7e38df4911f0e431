import { expect } from '@open-wc/testing';
import * as root from '../src/index.js';

/**
 * The package root is the API hosts build on: every run-time export is listed here, so adding or
 * removing one is a deliberate change (and internals such as the detail sub-store, the search
 * sub-store, idle sort preparation or idempotency keys never slip in through a `export *`).
 * Types are pinned by test/typings/events.types.ts and the type-check.
 */
const INTENDED = [
  // elements (classes without registration, for scoped registries) and registration helper
  'SessionView',
  'SessionTable',
  'SessionDetail',
  'RoutingPanel',
  'RecordingPlayer',
  'ExportMenu',
  'defineElement',
  // where the search worker comes from (hosts serving it themselves) and its Trusted Types policy
  'setBasePath',
  'SEARCH_WORKER_POLICY',
  // the store a host may share between elements
  'SessionStore',
  'createSessionStore',
  'sessionStoreContext',
  'shallowEqual',
  // adapter contract: errors and the conformance suite
  'SessionViewError',
  'ADAPTER_CHECKS',
  'ConformanceError',
  'runAdapterCheck',
  'runAdapterChecks',
  'runAdapterConformance',
  // translations
  'registerTranslation',
  'loadLanguage',
  'registeredLanguages',
  'translate',
  // model: column catalogue, enums, permissions and formatting
  'AVAILABILITIES',
  'LABELLED_ENUMS',
  'MODES',
  'RECORDING_KINDS',
  'REROUTE_TARGET_KINDS',
  'ROLES',
  'ROUTING_STEP_KINDS',
  'ROUTING_STEP_STATUSES',
  'ROUTING_TARGET_KINDS',
  'SENDERS',
  'SESSION_STATES',
  'SORT_DIRECTIONS',
  'SYSTEM_EVENTS',
  'TEXT_OPERATORS',
  'TIME_PRESETS',
  'TRACK_KINDS',
  'isOneOf',
  'BASIC_COLUMN_IDS',
  'CHANNELS',
  'COLUMNS',
  'CONTACTABLE_CHANNELS',
  'WHATSAPP_SERVICE_WINDOW_MS',
  'contactWindow',
  'countWaitingOverSla',
  'liveWaitMs',
  'readSla',
  'slaLevel',
  'DEFAULT_QUERY',
  'END_REASONS',
  'NO_CAPABILITIES',
  'PARAMETER_COLUMN_PREFIX',
  'ROLE_PERMISSIONS',
  'can',
  'columnById',
  'formatDateTime',
  'formatDateTimeLong',
  'formatDuration',
  'formatFileSize',
  'formatNumber',
  'formatTime',
  'isLive',
  'parameterColumn',
  'sessionDurationMs',
  'sessionWaitMs',
];

describe('package root (session-view)', () => {
  it('exports exactly the intended run-time names', () => {
    expect(Object.keys(root).sort()).to.deep.equal([...INTENDED].sort());
  });

  it('registers no element: importing it has no side effects', () => {
    for (const tag of ['session-view', 'session-table', 'session-detail', 'routing-panel', 'recording-player', 'sv-export-menu']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });
});
