/**
 * The contract a host implements to give session-view its data. Every method may reject with any
 * error; the library classifies it (see errors.ts) and shows a typed error state.
 */
import type {
  RerouteTargetKind,
  Availability,
  Capabilities,
  ColumnFilter,
  Message,
  Mode,
  Note,
  RecordingSource,
  RoutingTarget,
  DetailedSession,
  SessionQuery,
  SessionSummary,
  SortSpec,
  Viewer,
  Ban,
  ContactTemplate,
  SlaThresholds,
} from '../model/index.js';
import type { DetailedSessionInput, MessageInput, RoutingTargetInput, SessionSummaryInput } from './records.js';

export interface ListSessionsRequest {
  mode: Mode;
  /**
   * Opaque cursor from the previous page; absent for the first page. With `serverQuery` the
   * library reads by `offset` around the viewport; an export reads the whole list in order and
   * follows `nextCursor` when the host gives one (keyset paging), else asks by `offset`.
   */
  cursor?: string;
  /**
   * Only with `capabilities.serverQuery`: the index of the first row wanted under the query's
   * filters, sort and search. The store asks for the pages around the viewport (range paging);
   * answer with `limit` rows from there and the `total`.
   */
  offset?: number;
  /** Page size the library would like; the host may return fewer. */
  limit: number;
  /**
   * Only with `capabilities.serverQuery`: `false` when the library already knows the total (the
   * later pages of an export read): the host may leave `total` out and skip counting.
   */
  countTotal?: boolean;
  /** Only with `capabilities.serverQuery`: the host applies these on its back end. */
  filters?: Record<string, ColumnFilter>;
  sort?: SortSpec[];
  search?: string;
}

export interface SessionPage {
  /**
   * Typed so the host's compiler checks the required fields; still validated at the boundary:
   * malformed records are reported and skipped.
   */
  sessions: SessionSummaryInput[];
  nextCursor?: string;
  /**
   * Total matching sessions, when the host knows it (drives "12,000 of 48,000 loaded"). With
   * `serverQuery` it sizes the table's scroll range: give it (without it the table grows a page
   * at a time as the reader scrolls).
   */
  total?: number;
}

/** A live change. `version` is monotonic per session: stale or duplicate changes are dropped. */
export type LiveChange =
  | { type: 'session-upserted'; id: string; version: number; session: SessionSummaryInput }
  | { type: 'session-ended'; id: string; version: number; session: SessionSummaryInput }
  | { type: 'session-removed'; id: string; version: number }
  | { type: 'message-appended'; id: string; version: number; message: MessageInput; session?: SessionSummaryInput }
  | { type: 'availability-changed'; id: string; version: number; target: RoutingTargetInput };

/**
 * Passed to every mutation. The key is the same for the same user intent (a retry after a
 * timeout, a double click): the host must act at most once per key. The signal aborts when the
 * library gives up waiting; the outcome is then unknown to the user, so honour the key.
 */
export interface MutationOptions {
  idempotencyKey: string;
  signal?: AbortSignal;
}

export type RerouteOptions = MutationOptions;

/** Options of `contactClient`: the template the user chose, when the channel needs one. */
export interface ContactOptions extends MutationOptions {
  /** Id of one of `listContactTemplates`' templates; absent for a free-form conversation. */
  templateId?: string;
}

export interface BanOptions {
  reason: string;
  /** Epoch ms; absent = permanent. */
  until?: number;
}

/**
 * A search hit of one session as the host found it (`searchSnippets`): a short text with the
 * matched words as `[start, end)` ranges into it. Untrusted: validated, rendered as text.
 */
export interface HostSnippet {
  text: string;
  ranges: { start: number; end: number }[];
  /** `said`: what people said (the default); `meta`: a name, parameter, note or system line — the row says "In details:". */
  source?: 'said' | 'meta';
}

/** One value of a column as the host counts it (`valueList`): the filter key, its label, how many rows have it. */
export interface HostValueListEntry {
  key: string;
  label: string;
  count: number;
}

export interface SessionAdapter {
  readonly capabilities: Partial<Capabilities>;
  readonly viewer: Viewer;
  /**
   * Service level for waiting clients: Live highlights waits from `warnSeconds` and
   * `breachSeconds` on and counts the clients waiting over them. Attributes on the elements win.
   */
  readonly sla?: SlaThresholds;
  listSessions(request: ListSessionsRequest, signal: AbortSignal): Promise<SessionPage>;
  getSession(id: string, signal: AbortSignal): Promise<DetailedSessionInput>;
  /**
   * Transcripts of many sessions at once, for client-side full-text search and exports.
   * Without it the library asks `getSession` one by one.
   */
  getTranscripts?(ids: readonly string[], signal: AbortSignal): Promise<Record<string, Message[]>>;
  /** With `capabilities.live`. Returns the unsubscribe function. */
  subscribe?(onChange: (change: LiveChange) => void): () => void;
  routingTargets?(signal: AbortSignal): Promise<RoutingTarget[]>;
  reroute?(sessionId: string, target: { kind: RerouteTargetKind; id: string }, options: RerouteOptions): Promise<void>;
  addNote?(sessionId: string, text: string, options?: MutationOptions): Promise<Note>;
  /**
   * Opens a new session with the client of an ended messaging session; resolves to its id.
   * `options.templateId` is set when the user chose an approved template (WhatsApp outside its
   * 24-hour customer-service window).
   */
  contactClient?(sessionId: string, options?: ContactOptions): Promise<{ sessionId: string }>;
  /**
   * With `capabilities.contactTemplates`: the approved templates that may start a conversation
   * with this session's client (untrusted: validated, invalid ones reported and left out).
   */
  listContactTemplates?(sessionId: string, signal: AbortSignal): Promise<ContactTemplate[]>;
  banClient?(sessionId: string, options: BanOptions & MutationOptions): Promise<Ban>;
  unbanClient?(sessionId: string, options?: MutationOptions): Promise<void>;
  /** A playable URL for one recording track; asked again when a signed URL expires. */
  recordingSource?(recordingId: string, trackId: string, signal: AbortSignal): Promise<RecordingSource>;
  /**
   * With `serverQuery`: distinct values of a column with their counts under the query's other
   * filters and search, for the header's filter popover (the browser holds only some pages, so it
   * cannot count them). Without it the popover lists the values of the rows loaded.
   */
  valueList?(columnId: string, query: SessionQuery, signal: AbortSignal, options?: { limit?: number; locale?: string }): Promise<HostValueListEntry[]>;
  /**
   * With `serverQuery`: the search hit of each of `ids` (the rows on screen) for the search text,
   * keyed by session id (ids without a hit left out), for the table's match column ("In
   * details:" for `source: 'meta'`). Without it a server-side search shows no snippets.
   */
  searchSnippets?(ids: readonly string[], search: string, signal: AbortSignal): Promise<Record<string, HostSnippet>>;
  /** Optional persistence of per-table layouts and saved views (default: localStorage). */
  loadPreference?(key: string): Promise<unknown>;
  savePreference?(key: string, value: unknown): Promise<void>;
}

export type { Availability, DetailedSession, SessionSummary };
