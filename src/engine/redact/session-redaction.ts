/**
 * Redaction of whole sessions for the exports: every text a visitor or operator could have typed
 * — client name, e-mail, phone and handle, page URL, parameter values, tags, the last-message
 * preview, message texts, sent files' names and links, notes — goes through one redactor, and
 * what was hidden is counted per kind and per session for the export's report. Values are
 * redacted before the exports escape, neutralise or cut them, so a mask is never half a cell.
 * Unchanged objects are passed through as they are (most messages hold nothing personal).
 */
import type { Client, Message, Note, SentFile, SessionSummary, Translate } from '../../model/index.js';
import type { SessionExtras } from '../export/session-extras.js';
import { fillLabel } from '../export/labels.js';
import { redactionLabel } from './kinds.js';
import { createRedactor, type RedactionCounts, type RedactOptions, type Redactor } from './redactor.js';
import { ALL_FIELDS, type ShownFields } from './shown-fields.js';

/** What an export hid: for the person exporting, the host's audit log, and the file's own notice. */
export interface RedactionReport {
  /** The kinds that were hidden wherever found (switched on), in listing order. */
  kinds: readonly string[];
  /** Values hidden per kind over the whole export. */
  counts: RedactionCounts;
  total: number;
  /** Sessions in which something was hidden, in export order, with their counts. */
  sessions: Array<{ sessionId: string; counts: RedactionCounts }>;
}

function addCounts(into: RedactionCounts, from: RedactionCounts): void {
  for (const kind in from) into[kind] = (into[kind] ?? 0) + from[kind]!;
}

export class SessionRedaction {
  readonly redactor: Redactor;
  private readonly perSession = new Map<string, RedactionCounts>();
  private readonly summaries = new WeakMap<SessionSummary, SessionSummary>();
  private readonly wholeEmail: string | undefined;
  private readonly wholePhone: string | undefined;
  private readonly hostLabels: ReadonlyMap<string, string>;

  /**
   * `fields`: the summary fields the file holds (see `shownFields`); only those are redacted and
   * counted. Messages and notes are asked for separately (`extras`).
   */
  constructor(
    options: RedactOptions,
    private readonly fields: ShownFields = ALL_FIELDS,
  ) {
    this.redactor = createRedactor(options);
    this.hostLabels = new Map((options.patterns ?? []).map((pattern) => [pattern.id, pattern.label]));
    const kinds = this.redactor.kinds;
    // A field that *is* an e-mail or phone is hidden whole, whatever its format.
    this.wholeEmail = kinds.includes('email') ? redactionLabel(options.translate, 'redact.mask.email') : undefined;
    this.wholePhone = kinds.includes('phone') ? redactionLabel(options.translate, 'redact.mask.phone') : undefined;
  }

  /** The session the exports asked about last: its summary and its extras come one after the other. */
  private lastId: string | undefined;
  private lastCounts: RedactionCounts | undefined;
  /** A counts object that came back empty, for the next call (most texts and sessions hide nothing). */
  private spare: RedactionCounts | undefined;

  /** Counts for one call: the spare one when the last call counted nothing. */
  private freshCounts(): RedactionCounts {
    const counts = this.spare ?? {};
    this.spare = undefined;
    return counts;
  }

  /** Nothing of the session changed: what was counted is dropped, and an empty object is kept for reuse. */
  private discard(counts: RedactionCounts): void {
    for (const _ in counts) return;
    this.spare = counts;
  }

  /** Adds one call's counts to the session's; the first call's object becomes the session's own (no copy). */
  private record(sessionId: string, counts: RedactionCounts): void {
    let into = this.lastId === sessionId ? this.lastCounts : this.perSession.get(sessionId);
    if (into) addCounts(into, counts);
    else {
      into = counts;
      this.perSession.set(sessionId, counts);
    }
    this.lastId = sessionId;
    this.lastCounts = into;
  }

  private text(value: string, counts: RedactionCounts): string;
  private text(value: string | undefined, counts: RedactionCounts): string | undefined;
  private text(value: string | undefined, counts: RedactionCounts): string | undefined {
    return value ? this.redactor.redactInto(value, counts) : value;
  }

  private whole(value: string | undefined, mask: string | undefined, kind: string, counts: RedactionCounts): string | undefined {
    if (!value || mask === undefined) return this.text(value, counts);
    counts[kind] = (counts[kind] ?? 0) + 1;
    return mask;
  }

  private client(client: Client, counts: RedactionCounts): Client {
    const { fields } = this;
    const name = fields.clientName ? this.text(client.name, counts) : client.name;
    const email = fields.clientEmail ? this.whole(client.email, this.wholeEmail, 'email', counts) : client.email;
    const phone = fields.clientPhone ? this.whole(client.phone, this.wholePhone, 'phone', counts) : client.phone;
    const handle = fields.clientHandle ? this.text(client.handle, counts) : client.handle;
    if (name === client.name && email === client.email && phone === client.phone && handle === client.handle) return client;
    const shown = { ...client, name, email, phone };
    // Only a handle that changed is written: a key the client lacks would give the copy another shape.
    if (handle !== client.handle) shown.handle = handle;
    return shown;
  }

  private parameters(parameters: SessionSummary['parameters'], counts: RedactionCounts): SessionSummary['parameters'] {
    let copy: SessionSummary['parameters'] | undefined;
    const shown = this.fields.parameters;
    for (const key in parameters) {
      if (shown !== 'all' && !shown.has(key)) continue;
      const value = parameters[key]!;
      const hidden = this.text(value, counts);
      if (hidden === value) continue;
      copy ??= { ...parameters };
      copy[key] = hidden;
    }
    return copy ?? parameters;
  }

  /** The session as the export shows it; the same copy every time it is asked for (counted once). */
  summary(session: SessionSummary): SessionSummary {
    const done = this.summaries.get(session);
    if (done) return done;
    const shown = this.summaryOnce(session);
    this.summaries.set(session, shown);
    return shown;
  }

  /** Like `summary`, for a caller that asks once per session (the CSV writer): nothing remembered. */
  summaryOnce(session: SessionSummary): SessionSummary {
    const counts = this.freshCounts();
    const client = this.client(session.client, counts);
    const { fields } = this;
    const pageUrl = fields.pageUrl ? this.text(session.pageUrl, counts) : session.pageUrl;
    const parameters = session.parameters ? this.parameters(session.parameters, counts) : session.parameters;
    const lastMessagePreview = fields.lastMessagePreview ? this.text(session.lastMessagePreview, counts) : session.lastMessagePreview;
    const tags = session.tags && fields.tags ? mapChanged(session.tags, (tag) => this.text(tag, counts)) : session.tags;
    const changed =
      client !== session.client ||
      pageUrl !== session.pageUrl ||
      parameters !== session.parameters ||
      lastMessagePreview !== session.lastMessagePreview ||
      tags !== session.tags;
    if (!changed) {
      this.discard(counts);
      return session;
    }
    this.record(session.id, counts);
    return { ...session, client, pageUrl, parameters, lastMessagePreview, tags: tags as string[] | undefined };
  }

  private file(file: SentFile, counts: RedactionCounts): SentFile {
    const name = this.text(file.name, counts);
    const url = this.text(file.url, counts);
    return name === file.name && url === file.url ? file : { ...file, name, url };
  }

  private message(message: Message, counts: RedactionCounts): Message {
    const text = this.text(message.text, counts);
    const files = message.files ? this.files(message.files, counts) : message.files;
    return text === message.text && files === message.files ? message : { ...message, text, files };
  }

  private note(note: Note, counts: RedactionCounts): Note {
    const text = this.text(note.text, counts);
    return text === note.text ? note : { ...note, text };
  }

  // One loop per item type, without a callback: a transcript is the export's hottest loop.
  private files(files: readonly SentFile[], counts: RedactionCounts): SentFile[] {
    let copy: SentFile[] | undefined;
    for (let i = 0; i < files.length; i += 1) {
      const shown = this.file(files[i]!, counts);
      if (shown === files[i]) continue;
      // A whole copy at the first change, then written in place (no array grown item by item).
      copy ??= files.slice();
      copy[i] = shown;
    }
    return copy ?? (files as SentFile[]);
  }

  private messages(messages: readonly Message[], counts: RedactionCounts): readonly Message[] {
    let copy: Message[] | undefined;
    for (let i = 0; i < messages.length; i += 1) {
      const shown = this.message(messages[i]!, counts);
      if (shown === messages[i]) continue;
      copy ??= messages.slice();
      copy[i] = shown;
    }
    return copy ?? messages;
  }

  /** Messages and notes as the export shows them. */
  extras(sessionId: string, extras: SessionExtras): SessionExtras {
    if (!extras.messages && !extras.notes) return extras;
    const counts = this.freshCounts();
    const messages = extras.messages ? this.messages(extras.messages, counts) : extras.messages;
    const notes = extras.notes ? mapChanged(extras.notes, (note) => this.note(note, counts)) : extras.notes;
    if (messages === extras.messages && notes === extras.notes) {
      this.discard(counts);
      return extras;
    }
    this.record(sessionId, counts);
    return { messages, notes };
  }

  report(): RedactionReport {
    const counts: RedactionCounts = {};
    const sessions: RedactionReport['sessions'] = [];
    for (const [sessionId, sessionCounts] of this.perSession) {
      addCounts(counts, sessionCounts);
      sessions.push({ sessionId, counts: sessionCounts });
    }
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { kinds: this.redactor.kinds, counts, total, sessions };
  }

  /**
   * "Personal data in this file is hidden: e-mail addresses, …" for the top of an HTML export;
   * nothing when no kind is switched on (a file must not claim a redaction that did not happen).
   */
  notice(t: Translate | undefined): string | undefined {
    if (this.redactor.kinds.length === 0) return undefined;
    const names = this.redactor.kinds.map((kind) => this.hostLabels.get(kind) ?? kindName(t, kind));
    return fillLabel(redactionLabel(t, 'redact.notice'), { kinds: names.join(', ') });
  }
}

function kindName(t: Translate | undefined, kind: string): string {
  return redactionLabel(t, `redact.kind.${kind}` as Parameters<typeof redactionLabel>[1]);
}

/** The same array when no item changed, else a new one (one allocation only when needed). */
function mapChanged<T>(items: readonly T[], map: (item: T) => T): readonly T[] {
  let copy: T[] | undefined;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    const shown = map(item);
    if (shown === item) continue;
    copy ??= items.slice();
    copy[i] = shown;
  }
  return copy ?? items;
}

/** The summary an export shows: redacted when the export redacts. */
export function redactedSummary(redaction: SessionRedaction | undefined, session: SessionSummary): SessionSummary {
  return redaction ? redaction.summary(session) : session;
}

/**
 * The messages and notes an export shows: redacted when the export redacts. Only what the file
 * will hold is redacted and counted (the report is an audit record of what was in the file).
 */
export function redactedExtras(
  redaction: SessionRedaction | undefined,
  sessionId: string,
  extras: SessionExtras,
  holds: { messages: boolean; notes: boolean },
): SessionExtras {
  if (!redaction) return extras;
  // The extras as they are when the file holds all they carry (no object made per session).
  if ((holds.messages || !extras.messages) && (holds.notes || !extras.notes)) return redaction.extras(sessionId, extras);
  return redaction.extras(sessionId, { messages: holds.messages ? extras.messages : undefined, notes: holds.notes ? extras.notes : undefined });
}
