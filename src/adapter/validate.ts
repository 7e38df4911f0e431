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
  type Message,
  type Note,
  type ParticipantRef,
  type Recording,
  type RoutingStep,
  type RoutingTarget,
  type SentFile,
  type SessionDetail,
  type SessionSummary,
} from '../model/index.js';

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
    if (value === undefined) this.report(field, 'a date (epoch ms or ISO 8601)');
    return value ?? 0;
  }

  optionalTime(field: string): number | undefined {
    const raw = this.record[field];
    if (raw === undefined || raw === null) return undefined;
    const value = toTime(raw);
    if (value === undefined) this.report(field, 'a date (epoch ms or ISO 8601)');
    return value;
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

function toTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'string' && value !== '') {
    const ms = Date.parse(value);
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

function participant(raw: unknown, path: string, problems: string[]): ParticipantRef | undefined {
  if (!isObject(raw)) {
    problems.push(`${path}: expected an object with id and name`);
    return undefined;
  }
  const reader = new Reader(raw, `${path}.`);
  const ref = { id: reader.string('id'), name: reader.string('name') };
  problems.push(...reader.problems);
  return reader.problems.length === 0 ? ref : undefined;
}

function parameters(raw: Json | undefined, problems: string[]): Record<string, string> {
  const result = Object.create(null) as Record<string, string>;
  if (!raw) return result;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') result[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') result[key] = String(value);
    else if (value !== null && value !== undefined) problems.push(`parameters.${key}: expected text`);
  }
  return result;
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
  const operators = reader
    .array('operators')
    .map((op, index) => participant(op, `operators[${index}]`, problems))
    .filter((op): op is ParticipantRef => op !== undefined);
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
    tags: tags.length > 0 ? tags : undefined,
    parameters: parameters(reader.object('parameters'), problems),
    messageCount: reader.number('messageCount', 0),
    lastMessageAt: reader.optionalTime('lastMessageAt'),
    lastMessagePreview: reader.optionalString('lastMessagePreview'),
    hasRecording: raw['hasRecording'] === true,
    noteCount: reader.number('noteCount', 0),
    version: reader.number('version', 0),
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
      offsetMs: trackReader.number('offsetMs', 0),
      durationMs: trackReader.number('durationMs', 0),
    };
    problems.push(...trackReader.problems);
    return [track];
  });
  const recording: Recording = {
    id: reader.string('id'),
    kind: reader.oneOf('kind', RECORDING_KINDS),
    offsetMs: reader.number('offsetMs', 0),
    durationMs: reader.number('durationMs', 0),
    tracks,
  };
  return problems.length === 0 ? { ok: true, value: recording } : { ok: false, problems };
}

/**
 * Reads a session detail. Malformed parts (one bad message, one bad note) are dropped and reported
 * in `problems` while the rest is kept: losing one message must not hide the whole transcript.
 */
export function validateDetail(raw: unknown): { detail?: SessionDetail; problems: string[] } {
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
  const banRaw = isObject(raw['ban']) ? raw['ban'] : undefined;
  const detail: SessionDetail = {
    ...summary.value,
    messages: keep(list('messages'), validateMessage, 'messages'),
    notes: keep(list('notes'), validateNote, 'notes'),
    routing: keep(list('routing'), validateStep, 'routing'),
    recordings: keep(list('recordings'), validateRecording, 'recordings'),
    ban: banRaw
      ? {
          reason: typeof banRaw['reason'] === 'string' ? banRaw['reason'] : '',
          until: toTime(banRaw['until']),
          at: toTime(banRaw['at']) ?? Date.now(),
        }
      : undefined,
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
