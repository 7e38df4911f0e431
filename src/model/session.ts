/**
 * The session data the whole library speaks. Times are epoch milliseconds (the adapter boundary
 * converts ISO strings), so filters and sorts compare numbers, never parse dates.
 */

import type {
  Availability,
  Channel,
  EndReason,
  RecordingKind,
  RoutingStepKind,
  RoutingStepStatus,
  RoutingTargetKind,
  Sender,
  SessionState,
  SystemEvent,
  TrackKind,
} from './enums.js';

/**
 * A person or bot referred to from a session (names are denormalised for display and search).
 * Read-only: validated records share one frozen reference per participant.
 */
export interface ParticipantRef {
  readonly id: string;
  readonly name: string;
}

export interface Client {
  id?: string;
  name: string;
  email?: string;
  phone?: string;
  /** Channel-specific handle (Messenger PSID, WhatsApp number, …). */
  handle?: string;
}

/**
 * Host-defined parameters, e.g. `{ orderId: "A-123", tariff: "gold" }`. Values are untrusted text.
 * Read-only: validated records may share one frozen object (e.g. the empty one).
 */
export type SessionParameters = Readonly<Record<string, string>>;

/** One row of the table: everything needed to list, filter and sort without the transcript. */
export interface SessionSummary {
  id: string;
  channel: Channel;
  state: SessionState;
  startedAt: number;
  /** When an operator (or chatbot) took the session; waiting time is `acceptedAt - startedAt`. */
  acceptedAt?: number;
  endedAt?: number;
  endReason?: EndReason;
  client: Client;
  /** Read-only: validated records share frozen lists (the empty one, one per sole operator). */
  operators: readonly ParticipantRef[];
  chatbot?: ParticipantRef;
  group?: ParticipantRef;
  pageUrl?: string;
  language?: string;
  /** Client's rating 1–5, when given. */
  rating?: number;
  tags?: readonly string[];
  parameters: SessionParameters;
  messageCount: number;
  lastMessageAt?: number;
  /** First line of the latest message, for a live preview. */
  lastMessagePreview?: string;
  hasRecording: boolean;
  noteCount: number;
  /** Monotonic per session: a change with a lower or equal version is stale. */
  version: number;
}

export interface SentFile {
  name: string;
  size: number;
  mimeType: string;
  /** Untrusted: linked only when it is http(s). */
  url?: string;
}

export interface Message {
  id: string;
  at: number;
  sender: Sender;
  /** Operator or chatbot id; absent for the client and the system. */
  authorId?: string;
  authorName?: string;
  text: string;
  files?: SentFile[];
  systemEvent?: SystemEvent;
}

export interface Note {
  id: string;
  at: number;
  authorId: string;
  authorName: string;
  text: string;
}

export interface RoutingTargetRef extends ParticipantRef {
  kind: RoutingTargetKind;
}

export interface RoutingStep {
  id: string;
  kind: RoutingStepKind;
  at: number;
  /** Who or which group the step concerns (queued in, offered to, accepted by, moved to). */
  target?: RoutingTargetRef;
  /** For transfers and re-routes: where the session was before. */
  from?: RoutingTargetRef;
  /** For manual re-routes: the administrator who did it. */
  by?: ParticipantRef;
  /** `pending` while a re-route waits for the host; `failed` when it refused. */
  status?: RoutingStepStatus;
}

export interface RecordingTrack {
  id: string;
  kind: TrackKind;
  label?: string;
  /** Start of the track relative to the recording start. */
  offsetMs: number;
  durationMs: number;
}

export interface Recording {
  id: string;
  kind: RecordingKind;
  /** Start of the recording relative to the session start. */
  offsetMs: number;
  durationMs: number;
  tracks: RecordingTrack[];
}

/** A playable source for one track; `expiresAt` marks signed URLs that must be asked for again. */
export interface RecordingSource {
  url: string;
  type: string;
  expiresAt?: number;
}

export interface Ban {
  reason: string;
  /** Epoch ms; absent = permanent. */
  until?: number;
  at: number;
  by?: ParticipantRef;
}

/** Everything the detail panel shows. */
export interface DetailedSession extends SessionSummary {
  messages: Message[];
  notes: Note[];
  routing: RoutingStep[];
  recordings: Recording[];
  ban?: Ban;
}

export interface Operator {
  kind: 'operator';
  id: string;
  name: string;
  availability: Availability;
  /** Sessions being handled now, against `capacity`. */
  load: number;
  capacity: number;
  groupIds: string[];
}

export interface Group {
  kind: 'group';
  id: string;
  name: string;
  availability: Availability;
  memberCount: number;
  availableMembers: number;
  queueLength: number;
}

export interface Chatbot {
  kind: 'chatbot';
  id: string;
  name: string;
}

export type RoutingTarget = Operator | Group;

/** Duration of a session, live ones measured to `now`. */
export function sessionDurationMs(session: SessionSummary, now: number): number {
  const end = session.endedAt ?? (session.state === 'ended' ? session.startedAt : now);
  return Math.max(0, end - session.startedAt);
}

/** Time the client waited before somebody accepted, `undefined` while nobody has. */
export function sessionWaitMs(session: SessionSummary): number | undefined {
  return session.acceptedAt === undefined ? undefined : Math.max(0, session.acceptedAt - session.startedAt);
}

export function isLive(session: SessionSummary): boolean {
  return session.state !== 'ended';
}
