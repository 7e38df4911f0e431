/**
 * Every closed value set of the model, each declared once as a `const` tuple. The types, the
 * boundary validation, the column catalogue, the label tables and the demo data all derive from
 * these tuples, so adding a value here makes every place that must know about it fail to compile
 * (or, for label tables owned by elements, fail the label test) until it does.
 * Order matters where a list is shown: it is the order filters and pickers offer the values in.
 */

/** Where the conversation took place. */
export const CHANNELS = ['web-chat', 'audio-video', 'phone', 'messenger', 'whatsapp', 'apple-messages', 'vkontakte', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels on which an ended session can be re-opened by contacting the client. */
export const CONTACTABLE_CHANNELS: readonly Channel[] = ['messenger', 'whatsapp', 'apple-messages', 'vkontakte'];

/** `waiting`: in a queue, nobody accepted yet; `active`: being handled; `ended`: history. */
export const SESSION_STATES = ['waiting', 'active', 'ended'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** Why a session ended. */
export const END_REASONS = [
  'client-disconnected',
  'client-ended',
  'operator-ended',
  'chatbot-ended',
  'timeout',
  'transferred',
  'no-operator',
  'error',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Who wrote a transcript message. */
export const SENDERS = ['client', 'operator', 'chatbot', 'system'] as const;
export type Sender = (typeof SENDERS)[number];

/** What a system message records. */
export const SYSTEM_EVENTS = [
  'queued',
  'joined',
  'left',
  'transferred',
  'rerouted',
  'ended',
  'file-shared',
  'screen-share-started',
  'screen-share-stopped',
  'recording-started',
  'recording-stopped',
] as const;
export type SystemEvent = (typeof SYSTEM_EVENTS)[number];

/** One step of a session's way through routing. */
export const ROUTING_STEP_KINDS = ['queued', 'offered', 'rejected', 'timed-out', 'accepted', 'transferred', 'rerouted'] as const;
export type RoutingStepKind = (typeof ROUTING_STEP_KINDS)[number];

/** `pending` while a re-route waits for the host; `failed` when it refused. */
export const ROUTING_STEP_STATUSES = ['pending', 'done', 'failed'] as const;
export type RoutingStepStatus = (typeof ROUTING_STEP_STATUSES)[number];

/** Whom a routing step concerns. */
export const ROUTING_TARGET_KINDS = ['operator', 'group', 'chatbot'] as const;
export type RoutingTargetKind = (typeof ROUTING_TARGET_KINDS)[number];

/** What a session can be re-routed to (a chatbot is never offered as a target). */
export const REROUTE_TARGET_KINDS = ['operator', 'group'] as const satisfies readonly RoutingTargetKind[];
export type RerouteTargetKind = (typeof REROUTE_TARGET_KINDS)[number];

/** Presence of an operator or group offered as a routing target. */
export const AVAILABILITIES = ['online', 'away', 'busy', 'offline'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const RECORDING_KINDS = ['audio', 'video', 'screen-share', 'phone'] as const;
export type RecordingKind = (typeof RECORDING_KINDS)[number];

export const TRACK_KINDS = ['client-camera', 'operator-camera', 'screen', 'client-audio', 'operator-audio', 'phone-audio'] as const;
export type TrackKind = (typeof TRACK_KINDS)[number];

/** What the viewer may do is decided by the role (see `ROLE_PERMISSIONS`). */
export const ROLES = ['operator', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The enums whose values have a label of their own; the name is the i18n namespace of the labels
 * (`channel.whatsapp`), so the column catalogue and the label tables cannot disagree on it.
 */
export const LABELLED_ENUMS = {
  channel: CHANNELS,
  state: SESSION_STATES,
  endReason: END_REASONS,
  availability: AVAILABILITIES,
} as const;
export type LabelledEnum = keyof typeof LABELLED_ENUMS;
export type LabelledEnumValue<N extends LabelledEnum> = (typeof LABELLED_ENUMS)[N][number];

/** True when `value` is one of `values` — and narrows it, which `Array.includes` does not. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
