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
import { createRedactor, type RedactionCounts, type RedactOptions, type Redactor, type TallyingRedactor } from './redactor.js';
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

/** Sessions a report can hold before its tally rows grow (they double as needed). */
const FIRST_ROWS = 256;

export class SessionRedaction {
  readonly redactor: Redactor;
  private readonly tallying: TallyingRedactor;
  private readonly summaries = new WeakMap<SessionSummary, SessionSummary>();
  private readonly wholeEmail: string | undefined;
  private readonly wholePhone: string | undefined;
  private readonly hostLabels: ReadonlyMap<string, string>;
  /** Kinds by tally slot (see `TallyingRedactor`); the slot after the last counts all. */
  private readonly slots: number;
  private readonly emailSlot: number;
  private readonly phoneSlot: number;
  /**
   * What the current call (one summary, one session's extras) hid, per slot. A call's counts join
   * its session's only when the call changed what the file shows: the report says what was hidden.
   */
  private readonly call: Uint32Array;
  /**
   * The report while exporting: a row of `slots` counts for each run of calls about one session
   * in which something was hidden, and that session's id. No object per session until `report()`:
   * a counts object per session lived through the whole export (the garbage collector copied
   * them again and again), and each find was a keyed store into one. A session met again later
   * (an HTML export redacts all summaries, then each session's messages) gets another row; the
   * report adds it to the first. Looking each session up while exporting cost two probes of a
   * table as large as the export, out of cache, for every session.
   */
  private readonly sessionIds: string[] = [];
  private rows: Uint32Array;
  /** The session the exports asked about last: its summary and its extras come one after the other. */
  private lastId: string | undefined;
  private lastRow = -1;

  /**
   * `fields`: the summary fields the file holds (see `shownFields`); only those are redacted and
   * counted. Messages and notes are asked for separately (`extras`).
   */
  constructor(
    options: RedactOptions,
    private readonly fields: ShownFields = ALL_FIELDS,
  ) {
    this.tallying = createRedactor(options);
    this.redactor = this.tallying;
    this.hostLabels = new Map((options.patterns ?? []).map((pattern) => [pattern.id, pattern.label]));
    const kinds = this.redactor.kinds;
    // A field that *is* an e-mail or phone is hidden whole, whatever its format.
    this.wholeEmail = kinds.includes('email') ? redactionLabel(options.translate, 'redact.mask.email') : undefined;
    this.wholePhone = kinds.includes('phone') ? redactionLabel(options.translate, 'redact.mask.phone') : undefined;
    const tallyKinds = this.tallying.tallyKinds;
    this.slots = tallyKinds.length;
    this.emailSlot = tallyKinds.indexOf('email');
    this.phoneSlot = tallyKinds.indexOf('phone');
    this.call = new Uint32Array(this.slots + 1);
    this.rows = new Uint32Array(FIRST_ROWS * this.slots);
  }

  /** The row of a session's counts: the last one when the session is the last one asked about, else a new one. */
  private rowFor(sessionId: string): number {
    if (this.lastId === sessionId) return this.lastRow;
    const row = this.sessionIds.length;
    this.sessionIds.push(sessionId);
    if ((row + 1) * this.slots > this.rows.length) {
      const grown = new Uint32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.lastId = sessionId;
    this.lastRow = row;
    return row;
  }

  /** Starts a call with nothing counted (a call that threw may have left counts behind). */
  private beginCall(): void {
    if (this.call[this.slots] !== 0) this.call.fill(0);
  }

  /** Ends a call: what it counted joins the session's counts when it `changed` what the file shows. */
  private endCall(sessionId: string, changed: boolean): void {
    const { call, slots } = this;
    const base = changed ? this.rowFor(sessionId) * slots : -1;
    if (call[slots] === 0) return;
    // One loop adds and clears (`fill` is a call into the runtime, twice per session).
    const { rows } = this;
    for (let slot = 0; slot < slots; slot += 1) {
      if (base >= 0) rows[base + slot] = rows[base + slot]! + call[slot]!;
      call[slot] = 0;
    }
    call[slots] = 0;
  }

  private text(value: string): string;
  private text(value: string | undefined): string | undefined;
  private text(value: string | undefined): string | undefined {
    return value ? this.tallying.redactTallied(value, this.call) : value;
  }

  private whole(value: string | undefined, mask: string | undefined, slot: number): string | undefined {
    if (!value || mask === undefined) return this.text(value);
    const { call } = this;
    call[slot] = call[slot]! + 1;
    call[this.slots] = call[this.slots]! + 1;
    return mask;
  }

  private client(client: Client): Client {
    const { fields } = this;
    const name = fields.clientName ? this.text(client.name) : client.name;
    const email = fields.clientEmail ? this.whole(client.email, this.wholeEmail, this.emailSlot) : client.email;
    const phone = fields.clientPhone ? this.whole(client.phone, this.wholePhone, this.phoneSlot) : client.phone;
    const handle = fields.clientHandle ? this.text(client.handle) : client.handle;
    if (name === client.name && email === client.email && phone === client.phone && handle === client.handle) return client;
    const shown = { ...client, name, email, phone };
    // Only a handle that changed is written: a key the client lacks would give the copy another shape.
    if (handle !== client.handle) shown.handle = handle;
    return shown;
  }

  private parameters(parameters: SessionSummary['parameters']): SessionSummary['parameters'] {
    let copy: Record<string, string> | undefined;
    const shown = this.fields.parameters;
    for (const key in parameters) {
      if (shown !== 'all' && !shown.has(key)) continue;
      const value = parameters[key]!;
      const hidden = this.text(value);
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
    this.beginCall();
    const client = this.client(session.client);
    const { fields } = this;
    const pageUrl = fields.pageUrl ? this.text(session.pageUrl) : session.pageUrl;
    const parameters = session.parameters ? this.parameters(session.parameters) : session.parameters;
    const lastMessagePreview = fields.lastMessagePreview ? this.text(session.lastMessagePreview) : session.lastMessagePreview;
    const tags = session.tags && fields.tags ? mapChanged(session.tags, (tag) => this.text(tag)) : session.tags;
    const changed =
      client !== session.client ||
      pageUrl !== session.pageUrl ||
      parameters !== session.parameters ||
      lastMessagePreview !== session.lastMessagePreview ||
      tags !== session.tags;
    this.endCall(session.id, changed);
    if (!changed) return session;
    return { ...session, client, pageUrl, parameters, lastMessagePreview, tags };
  }

  private file(file: SentFile): SentFile {
    const name = this.text(file.name);
    const url = this.text(file.url);
    return name === file.name && url === file.url ? file : { ...file, name, url };
  }

  private message(message: Message): Message {
    const text = this.text(message.text);
    const files = message.files ? this.files(message.files) : message.files;
    return text === message.text && files === message.files ? message : { ...message, text, files };
  }

  private note(note: Note): Note {
    const text = this.text(note.text);
    return text === note.text ? note : { ...note, text };
  }

  // One loop per item type, without a callback: a transcript is the export's hottest loop.
  private files(files: readonly SentFile[]): SentFile[] {
    let copy: SentFile[] | undefined;
    for (let i = 0; i < files.length; i += 1) {
      const shown = this.file(files[i]!);
      if (shown === files[i]) continue;
      // A whole copy at the first change, then written in place (no array grown item by item).
      copy ??= files.slice();
      copy[i] = shown;
    }
    return copy ?? (files as SentFile[]);
  }

  private messages(messages: readonly Message[]): readonly Message[] {
    let copy: Message[] | undefined;
    for (let i = 0; i < messages.length; i += 1) {
      const shown = this.message(messages[i]!);
      if (shown === messages[i]) continue;
      copy ??= messages.slice();
      copy[i] = shown;
    }
    return copy ?? messages;
  }

  /** Messages and notes as the export shows them. */
  extras(sessionId: string, extras: SessionExtras): SessionExtras {
    if (!extras.messages && !extras.notes) return extras;
    this.beginCall();
    const messages = extras.messages ? this.messages(extras.messages) : extras.messages;
    const notes = extras.notes ? mapChanged(extras.notes, (note) => this.note(note)) : extras.notes;
    const changed = messages !== extras.messages || notes !== extras.notes;
    this.endCall(sessionId, changed);
    return changed ? { messages, notes } : extras;
  }

  /** Counts per kind in the order the redactor lists them (a kind with none is absent). */
  report(): RedactionReport {
    const { slots, sessionIds } = this;
    const kinds = this.tallying.tallyKinds;
    const { rows, later } = this.mergedRows();
    const totals = new Array<number>(slots).fill(0);
    const sessions: RedactionReport['sessions'] = [];
    for (let row = 0; row < sessionIds.length; row += 1) {
      if (later?.[row] === 1) continue;
      const counts: RedactionCounts = {};
      for (let slot = 0; slot < slots; slot += 1) {
        const count = rows[row * slots + slot]!;
        if (count === 0) continue;
        counts[kinds[slot]!] = count;
        totals[slot] = totals[slot]! + count;
      }
      sessions.push({ sessionId: sessionIds[row]!, counts });
    }
    const counts: RedactionCounts = {};
    let total = 0;
    for (let slot = 0; slot < slots; slot += 1) {
      if (totals[slot] === 0) continue;
      counts[kinds[slot]!] = totals[slot]!;
      total += totals[slot]!;
    }
    return { kinds: this.redactor.kinds, counts, total, sessions };
  }

  /**
   * The rows with each session's later rows added to its first (`later` marks them); the rows
   * themselves when every session has one (the CSV export's case, decided with one probe per
   * row: adding an id already in a set does not grow it).
   */
  private mergedRows(): { rows: Uint32Array; later?: Uint8Array } {
    const { sessionIds, slots, rows } = this;
    const seen = new Set<string>();
    let repeated = false;
    for (let row = 0; row < sessionIds.length && !repeated; row += 1) {
      const size = seen.size;
      seen.add(sessionIds[row]!);
      repeated = seen.size === size;
    }
    if (!repeated) return { rows };
    const merged = rows.slice(0, sessionIds.length * slots);
    const later = new Uint8Array(sessionIds.length);
    const firstOf = new Map<string, number>();
    for (let row = 0; row < sessionIds.length; row += 1) {
      const first = firstOf.get(sessionIds[row]!);
      if (first === undefined) {
        firstOf.set(sessionIds[row]!, row);
        continue;
      }
      for (let slot = 0; slot < slots; slot += 1) merged[first * slots + slot] = merged[first * slots + slot]! + merged[row * slots + slot]!;
      later[row] = 1;
    }
    return { rows: merged, later };
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
