/**
 * Validation at the adapter boundary. Host data is untrusted: a malformed record is reported with
 * what is wrong and skipped, never allowed to throw inside the view. Dates may arrive as epoch ms
 * or ISO strings and leave as epoch ms.
 */
import {
  AVAILABILITIES,
  CHANNELS,
  END_REASONS,
  isOneOf,
  RECORDING_KINDS,
  REROUTE_TARGET_KINDS,
  ROUTING_STEP_KINDS,
  ROUTING_STEP_STATUSES,
  ROUTING_TARGET_KINDS,
  SENDERS,
  SESSION_STATES,
  SYSTEM_EVENTS,
  TRACK_KINDS,
  type Ban,
  type ContactTemplate,
  type Message,
  type Note,
  type ParticipantRef,
  type Recording,
  type RoutingStep,
  type RoutingTarget,
  type SentFile,
  type DetailedSession,
  type SessionSummary,
} from '../model/index.js';
import { isValidTime, MAX_TIME_MS } from '../model/time.js';
import { emptyParameters, NO_PARAMETERS, sharedOperatorList, sharedParticipant, sharedTagList } from './shared-values.js';

export type Validated<T> = { ok: true; value: T } | { ok: false; id?: string; problems: string[] };

type Json = Record<string, unknown>;

/** Collects problems while reading one record, so a report lists all of them at once. */
class Reader {
  readonly problems: string[] = [];
  constructor(private readonly record: Json, private readonly path: string) {}

  private report(field: string, expected: string): void {
    this.problems.push(`${this.path}${field}: expected ${expected}`);
  }

  string(field: string): string {
    const value = this.record[field];
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.report(field, 'a string');
    return '';
  }

  optionalString(field: string): string | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.report(field, 'a string');
    return undefined;
  }

  time(field: string): number {
    const value = toTime(this.record[field]);
    if (value === undefined) this.report(field, DATE_EXPECTED);
    return value ?? 0;
  }

  optionalTime(field: string): number | undefined {
    const raw = this.record[field];
    if (raw === undefined || raw === null) return undefined;
    const value = toTime(raw);
    if (value === undefined) this.report(field, DATE_EXPECTED);
    return value;
  }

  /** A span of time (offsets, durations): finite and no longer than a `Date` can reach. */
  span(field: string, fallback: number, min = -MAX_TIME_MS): number {
    const value = this.optionalNumber(field);
    if (value === undefined) return fallback;
    if (value >= min && value <= MAX_TIME_MS) return value;
    this.report(field, `a time span between ${min} and ${MAX_TIME_MS} ms`);
    return fallback;
  }

  /** A record version: a finite number, zero or more (a negative or NaN one would order nothing). */
  version(field: string): number {
    const value = this.record[field];
    if (value === undefined || value === null) return 0;
    if (isValidVersion(value)) return value;
    this.report(field, 'a finite version number of 0 or more');
    return 0;
  }

  optionalNumber(field: string): number | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.report(field, 'a finite number');
    return undefined;
  }

  number(field: string, fallback: number): number {
    return this.optionalNumber(field) ?? fallback;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.record[field];
    if (isOneOf(allowed, value)) return value;
    this.report(field, `one of ${allowed.join(', ')}`);
    return allowed[0]!;
  }

  optionalOneOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return undefined;
    return this.oneOf(field, allowed);
  }

  array(field: string): unknown[] {
    const value = this.record[field];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.report(field, 'an array');
    return [];
  }

  object(field: string): Json | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return undefined;
    if (isObject(value)) return value;
    this.report(field, 'an object');
    return undefined;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DATE_EXPECTED = `a date (epoch ms or ISO 8601) within ±${MAX_TIME_MS} ms of 1970`;

/**
 * A host date as epoch ms, or undefined. Numbers must be times a `Date` can hold: a finite `1e20`
 * would make every formatter throw `RangeError` and blank the view that shows it.
 */
function toTime(value: unknown): number | undefined {
  if (typeof value === 'number') return isValidTime(value) ? value : undefined;
  if (value instanceof Date) return isValidTime(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'string' && value !== '') {
    const ms = Date.parse(value);
    return isValidTime(ms) ? ms : undefined;
  }
  return undefined;
}

/** A live change's or record's version: finite and not negative (versions only grow from 0). */
export function isValidVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function participant(raw: unknown, path: string, problems: string[]): ParticipantRef | undefined {
  if (!isObject(raw)) {
    problems.push(`${path}: expected an object with id and name`);
    return undefined;
  }
  const reader = new Reader(raw, `${path}.`);
  const id = reader.string('id');
  const name = reader.string('name');
  problems.push(...reader.problems);
  return reader.problems.length === 0 ? sharedParticipant(id, name) : undefined;
}

function operatorList(raw: unknown[], problems: string[]): readonly ParticipantRef[] {
  const operators: ParticipantRef[] = [];
  raw.forEach((op, index) => {
    const operator = participant(op, `operators[${index}]`, problems);
    if (operator) operators.push(operator);
  });
  return sharedOperatorList(operators);
}

function parameters(raw: Json | undefined, problems: string[]): Record<string, string> {
  if (!raw) return NO_PARAMETERS;
  let result: Record<string, string> | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') (result ??= emptyParameters())[key] = String(value);
    else if (value !== null && value !== undefined) problems.push(`parameters.${key}: expected text`);
  }
  return result ?? NO_PARAMETERS;
}

/** Reads one session summary. */
export function validateSummary(raw: unknown): Validated<SessionSummary> {
  if (!isObject(raw)) return { ok: false, problems: ['session: expected an object'] };
  const reader = new Reader(raw, '');
  const id = reader.string('id');
  const problems = reader.problems;
  const clientRaw = reader.object('client');
  const clientReader = new Reader(clientRaw ?? {}, 'client.');
  const client = {
    id: clientReader.optionalString('id'),
    name: clientReader.optionalString('name') ?? '',
    email: clientReader.optionalString('email'),
    phone: clientReader.optionalString('phone'),
    handle: clientReader.optionalString('handle'),
  };
  const operators = operatorList(reader.array('operators'), problems);
  const chatbotRaw = raw['chatbot'];
  const groupRaw = raw['group'];
  const tags = reader.array('tags').filter((tag): tag is string => typeof tag === 'string');
  const session: SessionSummary = {
    id,
    channel: reader.oneOf('channel', CHANNELS),
    state: reader.oneOf('state', SESSION_STATES),
    startedAt: reader.time('startedAt'),
    acceptedAt: reader.optionalTime('acceptedAt'),
    endedAt: reader.optionalTime('endedAt'),
    endReason: reader.optionalOneOf('endReason', END_REASONS),
    client,
    operators,
    chatbot: chatbotRaw == null ? undefined : participant(chatbotRaw, 'chatbot', problems),
    group: groupRaw == null ? undefined : participant(groupRaw, 'group', problems),
    pageUrl: reader.optionalString('pageUrl'),
    language: reader.optionalString('language'),
    rating: reader.optionalNumber('rating'),
    tags: tags.length > 0 ? sharedTagList(tags) : undefined,
    parameters: parameters(reader.object('parameters'), problems),
    messageCount: reader.number('messageCount', 0),
    lastMessageAt: reader.optionalTime('lastMessageAt'),
    lastMessagePreview: reader.optionalString('lastMessagePreview'),
    hasRecording: raw['hasRecording'] === true,
    noteCount: reader.number('noteCount', 0),
    version: reader.version('version'),
  };
  problems.push(...clientReader.problems);
  if (id === '') problems.push('id: must not be empty');
  return problems.length === 0 ? { ok: true, value: session } : { ok: false, id: id || undefined, problems };
}

function sentFile(raw: unknown, path: string, problems: string[]): SentFile | undefined {
  if (!isObject(raw)) {
    problems.push(`${path}: expected an object`);
    return undefined;
  }
  const reader = new Reader(raw, `${path}.`);
  const file = {
    name: reader.string('name'),
    size: reader.number('size', 0),
    mimeType: reader.optionalString('mimeType') ?? 'application/octet-stream',
    url: reader.optionalString('url'),
  };
  problems.push(...reader.problems);
  return file;
}

/** Reads one transcript message. */
export function validateMessage(raw: unknown, path = 'message'): Validated<Message> {
  if (!isObject(raw)) return { ok: false, problems: [`${path}: expected an object`] };
  const reader = new Reader(raw, `${path}.`);
  const problems = reader.problems;
  const files = reader
    .array('files')
    .map((file, index) => sentFile(file, `${path}.files[${index}]`, problems))
    .filter((file): file is SentFile => file !== undefined);
  const message: Message = {
    id: reader.string('id'),
    at: reader.time('at'),
    sender: reader.oneOf('sender', SENDERS),
    authorId: reader.optionalString('authorId'),
    authorName: reader.optionalString('authorName'),
    text: reader.optionalString('text') ?? '',
    files: files.length > 0 ? files : undefined,
    systemEvent: reader.optionalOneOf('systemEvent', SYSTEM_EVENTS),
  };
  return problems.length === 0 ? { ok: true, value: message } : { ok: false, id: message.id || undefined, problems };
}

function validateNote(raw: unknown, path: string): Validated<Note> {
  if (!isObject(raw)) return { ok: false, problems: [`${path}: expected an object`] };
  const reader = new Reader(raw, `${path}.`);
  const note: Note = {
    id: reader.string('id'),
    at: reader.time('at'),
    authorId: reader.string('authorId'),
    authorName: reader.optionalString('authorName') ?? '',
    text: reader.optionalString('text') ?? '',
  };
  return reader.problems.length === 0 ? { ok: true, value: note } : { ok: false, problems: reader.problems };
}

function targetRef(raw: unknown, path: string, problems: string[]) {
  if (raw === undefined || raw === null) return undefined;
  const ref = participant(raw, path, problems);
  if (!ref || !isObject(raw)) return undefined;
  const reader = new Reader(raw, `${path}.`);
  const kind = reader.oneOf('kind', ROUTING_TARGET_KINDS);
  problems.push(...reader.problems);
  return { ...ref, kind };
}

function validateStep(raw: unknown, path: string): Validated<RoutingStep> {
  if (!isObject(raw)) return { ok: false, problems: [`${path}: expected an object`] };
  const reader = new Reader(raw, `${path}.`);
  const problems = reader.problems;
  const step: RoutingStep = {
    id: reader.string('id'),
    kind: reader.oneOf('kind', ROUTING_STEP_KINDS),
    at: reader.time('at'),
    target: targetRef(raw['target'], `${path}.target`, problems),
    from: targetRef(raw['from'], `${path}.from`, problems),
    by: raw['by'] == null ? undefined : participant(raw['by'], `${path}.by`, problems),
    status: reader.optionalOneOf('status', ROUTING_STEP_STATUSES),
  };
  return problems.length === 0 ? { ok: true, value: step } : { ok: false, problems };
}

function validateRecording(raw: unknown, path: string): Validated<Recording> {
  if (!isObject(raw)) return { ok: false, problems: [`${path}: expected an object`] };
  const reader = new Reader(raw, `${path}.`);
  const problems = reader.problems;
  const tracks = reader.array('tracks').flatMap((trackRaw, index) => {
    if (!isObject(trackRaw)) {
      problems.push(`${path}.tracks[${index}]: expected an object`);
      return [];
    }
    const trackReader = new Reader(trackRaw, `${path}.tracks[${index}].`);
    const track = {
      id: trackReader.string('id'),
      kind: trackReader.oneOf('kind', TRACK_KINDS),
      label: trackReader.optionalString('label'),
      offsetMs: trackReader.span('offsetMs', 0),
      durationMs: trackReader.span('durationMs', 0, 0),
    };
    problems.push(...trackReader.problems);
    return [track];
  });
  const recording: Recording = {
    id: reader.string('id'),
    kind: reader.oneOf('kind', RECORDING_KINDS),
    offsetMs: reader.span('offsetMs', 0),
    durationMs: reader.span('durationMs', 0, 0),
    tracks,
  };
  return problems.length === 0 ? { ok: true, value: recording } : { ok: false, problems };
}

/**
 * Reads the client's ban. An unreadable date is reported and left out, but the ban itself is kept:
 * hiding that a client is banned would be worse than not knowing until when.
 */
function validateBan(raw: unknown, problems: string[]): Ban | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    problems.push('ban: expected an object');
    return undefined;
  }
  const reader = new Reader(raw, 'ban.');
  const ban: Ban = {
    reason: reader.optionalString('reason') ?? '',
    until: reader.optionalTime('until'),
    at: reader.optionalTime('at') ?? Date.now(),
  };
  problems.push(...reader.problems);
  return ban;
}

/**
 * Reads a session detail. Malformed parts (one bad message, one bad note) are dropped and reported
 * in `problems` while the rest is kept: losing one message must not hide the whole transcript.
 */
export function validateDetail(raw: unknown): { detail?: DetailedSession; problems: string[] } {
  const summary = validateSummary(raw);
  if (!summary.ok || !isObject(raw)) return { problems: summary.ok ? ['session: expected an object'] : summary.problems };
  const problems: string[] = [];
  const keep = <T>(items: unknown[], read: (item: unknown, path: string) => Validated<T>, name: string): T[] =>
    items.flatMap((item, index) => {
      const result = read(item, `${name}[${index}]`);
      if (result.ok) return [result.value];
      problems.push(...result.problems);
      return [];
    });
  const list = (field: string) => (Array.isArray(raw[field]) ? (raw[field] as unknown[]) : []);
  const ban = validateBan(raw['ban'], problems);
  const detail: DetailedSession = {
    ...summary.value,
    messages: keep(list('messages'), validateMessage, 'messages'),
    notes: keep(list('notes'), validateNote, 'notes'),
    routing: keep(list('routing'), validateStep, 'routing'),
    recordings: keep(list('recordings'), validateRecording, 'recordings'),
    ban,
  };
  return { detail, problems };
}

/** Reads an operator or group offered as a routing target. */
export function validateRoutingTarget(raw: unknown): Validated<RoutingTarget> {
  if (!isObject(raw)) return { ok: false, problems: ['target: expected an object'] };
  const reader = new Reader(raw, 'target.');
  const kind = reader.oneOf('kind', REROUTE_TARGET_KINDS);
  const base = { id: reader.string('id'), name: reader.string('name'), availability: reader.oneOf('availability', AVAILABILITIES) };
  const target: RoutingTarget =
    kind === 'operator'
      ? {
          ...base,
          kind,
          load: reader.number('load', 0),
          capacity: reader.number('capacity', 1),
          groupIds: reader.array('groupIds').filter((id): id is string => typeof id === 'string'),
        }
      : {
          ...base,
          kind,
          memberCount: reader.number('memberCount', 0),
          availableMembers: reader.number('availableMembers', 0),
          queueLength: reader.number('queueLength', 0),
        };
  return reader.problems.length === 0 ? { ok: true, value: target } : { ok: false, id: base.id, problems: reader.problems };
}

/** A live change whose payload has been read: what the store applies. */
export type CheckedLiveChange =
  | { type: 'session-upserted' | 'session-ended'; id: string; version: number; session: SessionSummary }
  | { type: 'session-removed'; id: string; version: number }
  | { type: 'message-appended'; id: string; version: number; message: Message; session?: SessionSummary }
  | { type: 'availability-changed'; id: string; version: number; target: RoutingTarget };

const LIVE_CHANGE_TYPES = ['session-upserted', 'session-ended', 'session-removed', 'message-appended', 'availability-changed'] as const;

/**
 * Reads one live change, payload included. Validated on its own so that one null or garbage change
 * is reported and skipped while the rest of the frame's changes apply, and before its version is
 * trusted: an invalid change must not block the later, valid updates of its session.
 * `problems` may be non-empty beside a `change` (a message kept, its unreadable summary ignored).
 */
export function validateLiveChange(raw: unknown): { change?: CheckedLiveChange; id?: string; problems: string[] } {
  if (!isObject(raw)) return { problems: ['live change: expected an object'] };
  const rawId = raw['id'];
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
  const problems: string[] = [];
  const type = raw['type'];
  if (!isOneOf(LIVE_CHANGE_TYPES, type)) problems.push(`live change.type: expected one of ${LIVE_CHANGE_TYPES.join(', ')}`);
  if (id === undefined) problems.push('live change.id: expected a non-empty string');
  if (!isValidVersion(raw['version'])) problems.push('live change.version: expected a finite version number of 0 or more');
  if (problems.length > 0 || id === undefined || !isOneOf(LIVE_CHANGE_TYPES, type)) return { id, problems };
  const version = raw['version'] as number;
  const summary = (payload: unknown): Validated<SessionSummary> => {
    const result = validateSummary(payload);
    if (result.ok && result.value.id !== id) return { ok: false, id, problems: [`session.id: "${result.value.id}" differs from the change's id`] };
    return result;
  };
  switch (type) {
    case 'session-upserted':
    case 'session-ended': {
      const result = summary(raw['session']);
      return result.ok ? { change: { type, id, version, session: result.value }, problems } : { id, problems: result.problems };
    }
    case 'session-removed':
      return { change: { type, id, version }, problems };
    case 'message-appended': {
      const message = validateMessage(raw['message']);
      if (!message.ok) return { id, problems: message.problems };
      const payload = raw['session'];
      const result = payload === undefined || payload === null ? undefined : summary(payload);
      if (result && !result.ok) problems.push(...result.problems);
      return { change: { type, id, version, message: message.value, session: result?.ok ? result.value : undefined }, problems };
    }
    case 'availability-changed': {
      const target = validateRoutingTarget(raw['target']);
      return target.ok ? { change: { type, id, version, target: target.value }, problems } : { id, problems: target.problems };
    }
  }
}

/** Reads an approved contact template offered by `listContactTemplates`. */
export function validateContactTemplate(raw: unknown): Validated<ContactTemplate> {
  if (!isObject(raw)) return { ok: false, problems: ['template: expected an object'] };
  const reader = new Reader(raw, 'template.');
  const id = reader.string('id');
  const template: ContactTemplate = { id, name: reader.string('name'), text: reader.string('text') };
  const language = reader.optionalString('language');
  if (language !== undefined) template.language = language;
  if (id === '') reader.problems.push('template.id: must not be empty');
  return reader.problems.length === 0 ? { ok: true, value: template } : { ok: false, id, problems: reader.problems };
}
