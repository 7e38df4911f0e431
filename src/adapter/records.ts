/**
 * The records as a host sends them through the adapter. They are the model's types with one
 * widening: every point in time may be epoch milliseconds or an ISO 8601 string (the boundary
 * converts strings with `Date.parse`, see validate.ts). Typed, so a host's compiler checks the
 * required fields; still validated at run time, because the data crosses a network.
 */
import type { Ban, DetailedSession, Message, Note, RoutingStep, RoutingTarget, SessionSummary } from '../model/index.js';

/** A point in time: epoch milliseconds, or an ISO 8601 string such as `2026-03-01T09:30:00Z`. */
export type DateInput = number | string;

/** A session summary (one table row) as the host sends it. */
export interface SessionSummaryInput extends Omit<SessionSummary, 'startedAt' | 'acceptedAt' | 'endedAt' | 'lastMessageAt'> {
  startedAt: DateInput;
  acceptedAt?: DateInput | undefined;
  endedAt?: DateInput | undefined;
  lastMessageAt?: DateInput | undefined;
}

export interface MessageInput extends Omit<Message, 'at'> {
  at: DateInput;
}

export interface NoteInput extends Omit<Note, 'at'> {
  at: DateInput;
}

export interface RoutingStepInput extends Omit<RoutingStep, 'at'> {
  at: DateInput;
}

export interface BanInput extends Omit<Ban, 'at' | 'until'> {
  at: DateInput;
  /** Absent = permanent. */
  until?: DateInput | undefined;
}

/** A session with its transcript, notes, routing and recordings, as `getSession` resolves it. */
export interface DetailedSessionInput extends SessionSummaryInput, Pick<DetailedSession, 'recordings'> {
  messages: MessageInput[];
  notes: NoteInput[];
  routing: RoutingStepInput[];
  ban?: BanInput | undefined;
}

/** An operator or group offered as a re-route target. */
export type RoutingTargetInput = RoutingTarget;
