/**
 * Conformance checks for the read side of an adapter: its shape, listing and paging, abort,
 * session detail, transcripts, routing targets and recording sources.
 */
import { CONTACTABLE_CHANNELS, isOneOf, ROLES, type SessionState } from '../../model/index.js';
import type { SessionPage } from '../types.js';
import { validateContactTemplate, validateDetail, validateMessage, validateRoutingTarget, validateSummary } from '../validate.js';
import { expectRejection, firstPage, idOf, label, settle, type AdapterCheck, type CheckContext } from './support.js';

const METHOD_FOR_CAPABILITY: Record<string, string[]> = {
  live: ['subscribe'],
  notes: ['addNote'],
  reroute: ['reroute', 'routingTargets'],
  contactClient: ['contactClient'],
  contactTemplates: ['contactClient', 'listContactTemplates'],
  ban: ['banClient'],
  unban: ['unbanClient'],
  recordings: ['recordingSource'],
  downloadRecordings: ['recordingSource'],
};

function checkPageShape({ problems }: CheckContext, page: SessionPage, where: string, limit: number, states: readonly SessionState[]): void {
  if (typeof page !== 'object' || page === null || !Array.isArray(page.sessions)) {
    problems.add(`${where}: expected { sessions: [...] }, got ${label(page)}`);
    return;
  }
  if (page.nextCursor !== undefined && typeof page.nextCursor !== 'string') problems.add(`${where}: nextCursor must be a string or absent, got ${label(page.nextCursor)}`);
  if (page.total !== undefined && !(Number.isInteger(page.total) && page.total >= 0)) problems.add(`${where}: total must be a non-negative integer, got ${label(page.total)}`);
  if (page.sessions.length > limit) problems.add(`${where}: returned ${page.sessions.length} sessions for limit ${limit}`);
  page.sessions.forEach((raw, index) => {
    const result = validateSummary(raw);
    if (!result.ok) {
      problems.add(`${where} sessions[${index}] (id ${label(idOf(raw))}) is invalid: ${result.problems.join('; ')}`);
    } else if (!states.includes(result.value.state)) {
      problems.add(`${where} sessions[${index}] (id ${result.value.id}) has state "${result.value.state}"; this mode lists only ${states.join('/')}`);
    }
  });
}

const shape: AdapterCheck = {
  id: 'shape',
  title: 'declares capabilities and a viewer, and implements every declared capability',
  async run({ adapter, problems }) {
    if (typeof adapter.capabilities !== 'object' || adapter.capabilities === null) problems.add(`capabilities must be an object, got ${label(adapter.capabilities)}`);
    for (const [key, value] of Object.entries(adapter.capabilities ?? {})) {
      if (typeof value !== 'boolean') problems.add(`capabilities.${key} must be a boolean, got ${label(value)}`);
    }
    const viewer = adapter.viewer as unknown as Record<string, unknown> | undefined;
    if (!viewer || typeof viewer !== 'object') problems.add(`viewer must be an object, got ${label(viewer)}`);
    else {
      if (typeof viewer['id'] !== 'string' || viewer['id'] === '') problems.add(`viewer.id must be a non-empty string, got ${label(viewer['id'])}`);
      if (typeof viewer['name'] !== 'string') problems.add(`viewer.name must be a string, got ${label(viewer['name'])}`);
      if (!isOneOf(ROLES, viewer['role'])) problems.add(`viewer.role must be one of ${ROLES.join(', ')}, got ${label(viewer['role'])}`);
    }
    for (const method of ['listSessions', 'getSession']) {
      if (typeof (adapter as unknown as Record<string, unknown>)[method] !== 'function') problems.add(`${method} must be a function`);
    }
    for (const [capability, methods] of Object.entries(METHOD_FOR_CAPABILITY)) {
      if ((adapter.capabilities as Record<string, unknown> | undefined)?.[capability] !== true) continue;
      for (const method of methods) {
        if (typeof (adapter as unknown as Record<string, unknown>)[method] !== 'function') problems.add(`capabilities.${capability} is true but ${method}() is not implemented (the UI would offer a broken feature)`);
      }
    }
  },
};

const historyPage: AdapterCheck = {
  id: 'history-page',
  title: 'lists history: a page of valid, ended sessions',
  async run(context) {
    const limit = Math.min(context.options.pageSize, 50);
    checkPageShape(context, await firstPage(context, 'history', limit), "listSessions({ mode: 'history' })", limit, ['ended']);
  },
};

const livePage: AdapterCheck = {
  id: 'live-page',
  title: 'lists live sessions: a page of valid waiting/active sessions',
  async run(context) {
    const limit = Math.min(context.options.pageSize, 50);
    checkPageShape(context, await firstPage(context, 'live', limit), "listSessions({ mode: 'live' })", limit, ['waiting', 'active']);
  },
};

const paging: AdapterCheck = {
  id: 'paging',
  title: 'pages through history by cursor: terminates, no duplicate ids, total consistent',
  async run({ adapter, options, problems }) {
    const seen = new Map<string, number>();
    let cursor: string | undefined;
    let firstTotal: number | undefined;
    let lastTotal: number | undefined;
    let emptyInARow = 0;
    for (let pageNumber = 1; pageNumber <= options.maxPages; pageNumber++) {
      const where = `listSessions({ mode: 'history', cursor: ${label(cursor)} }) (page ${pageNumber})`;
      const page = await settle(where, adapter.listSessions({ mode: 'history', limit: options.pageSize, cursor }, new AbortController().signal), options.callTimeoutMs);
      if (!page || !Array.isArray(page.sessions)) return problems.add(`${where}: expected { sessions: [...] }, got ${label(page)}`);
      if (pageNumber === 1) firstTotal = page.total;
      lastTotal = page.total;
      for (const raw of page.sessions) {
        const id = idOf(raw);
        if (id === undefined) continue; // reported by the page checks
        const earlier = seen.get(id);
        if (earlier !== undefined) problems.add(`duplicate id "${id}" on page ${pageNumber} (already on page ${earlier}); pages must not overlap`);
        else seen.set(id, pageNumber);
      }
      if (problems.list.length > 20) return;
      if (page.nextCursor === undefined) {
        if (firstTotal !== undefined && firstTotal === lastTotal && seen.size !== firstTotal) {
          problems.add(`total says ${firstTotal} sessions but paging returned ${seen.size} distinct ids`);
        }
        return;
      }
      if (page.nextCursor === cursor) return problems.add(`${where}: nextCursor equals the cursor just used (${label(cursor)}); paging would never end`);
      emptyInARow = page.sessions.length === 0 ? emptyInARow + 1 : 0;
      if (emptyInARow >= 3) return problems.add(`${where}: three empty pages in a row that still carry a nextCursor`);
      cursor = page.nextCursor;
    }
  },
};

const abort: AdapterCheck = {
  id: 'abort',
  title: 'rejects with an AbortError when the signal is already aborted',
  async run({ adapter, options, problems }) {
    const controller = new AbortController();
    controller.abort();
    const list = await expectRejection('listSessions with an aborted signal', () => adapter.listSessions({ mode: 'history', limit: 10 }, controller.signal), 'aborted', options.callTimeoutMs);
    if (list) problems.add(list);
    const detail = await expectRejection('getSession with an aborted signal', () => adapter.getSession(options.unknownId, controller.signal), 'aborted', options.callTimeoutMs);
    if (detail) problems.add(detail);
  },
};

const detail: AdapterCheck = {
  id: 'detail',
  title: 'returns a valid detail for a listed session',
  async run(context) {
    const { adapter, options, problems } = context;
    const page = await firstPage(context, 'history', 5);
    const id = page.sessions.map(idOf).find((value) => value !== undefined);
    if (!id) return problems.skip('history is empty: nothing to open');
    const raw = await settle(`getSession("${id}")`, adapter.getSession(id, new AbortController().signal), options.callTimeoutMs);
    const result = validateDetail(raw);
    if (!result.detail) return problems.add(`getSession("${id}") is invalid: ${result.problems.join('; ')}`);
    for (const problem of result.problems) problems.add(`getSession("${id}"): ${problem}`);
    if (result.detail.id !== id) problems.add(`getSession("${id}") returned session "${result.detail.id}"`);
  },
};

const unknownId: AdapterCheck = {
  id: 'not-found',
  title: 'rejects an unknown id as not-found',
  async run({ adapter, options, problems }) {
    const problem = await expectRejection(`getSession("${options.unknownId}")`, () => adapter.getSession(options.unknownId, new AbortController().signal), 'not-found', options.callTimeoutMs);
    if (problem) problems.add(problem);
  },
};

const transcripts: AdapterCheck = {
  id: 'transcripts',
  title: 'getTranscripts returns valid messages keyed by session id',
  async run(context) {
    const { adapter, options, problems } = context;
    if (typeof adapter.getTranscripts !== 'function') return problems.skip('getTranscripts is optional and not implemented');
    const ids = (await firstPage(context, 'history', 5)).sessions.map(idOf).filter((id): id is string => id !== undefined);
    const result = await settle('getTranscripts', adapter.getTranscripts(ids, new AbortController().signal), options.callTimeoutMs);
    if (typeof result !== 'object' || result === null) return problems.add(`getTranscripts must resolve to a record of id → messages, got ${label(result)}`);
    for (const [id, messages] of Object.entries(result)) {
      if (!ids.includes(id)) problems.add(`getTranscripts returned "${id}", which was not asked for`);
      if (!Array.isArray(messages)) {
        problems.add(`getTranscripts["${id}"] must be an array, got ${label(messages)}`);
        continue;
      }
      messages.forEach((message, index) => {
        const checked = validateMessage(message, `getTranscripts["${id}"][${index}]`);
        if (!checked.ok) problems.add(checked.problems.join('; '));
      });
    }
  },
};

const routingTargets: AdapterCheck = {
  id: 'routing-targets',
  title: 'routingTargets returns valid operators and groups with unique ids',
  async run({ adapter, options, problems, capabilities }) {
    if (!capabilities.reroute || typeof adapter.routingTargets !== 'function') return problems.skip('capabilities.reroute is off');
    const targets = await settle('routingTargets()', adapter.routingTargets(new AbortController().signal), options.callTimeoutMs);
    if (!Array.isArray(targets)) return problems.add(`routingTargets must resolve to an array, got ${label(targets)}`);
    const seen = new Set<string>();
    targets.forEach((raw, index) => {
      const result = validateRoutingTarget(raw);
      if (!result.ok) return problems.add(`routingTargets()[${index}] is invalid: ${result.problems.join('; ')}`);
      const key = `${result.value.kind}:${result.value.id}`;
      if (seen.has(key)) problems.add(`routingTargets() lists ${key} twice`);
      seen.add(key);
    });
  },
};

const recordings: AdapterCheck = {
  id: 'recordings',
  title: 'recordingSource returns a URL and a media type for a recorded track',
  async run(context) {
    const { adapter, options, problems, capabilities } = context;
    if (!capabilities.recordings || typeof adapter.recordingSource !== 'function') return problems.skip('capabilities.recordings is off');
    const page = await firstPage(context, 'history');
    const recorded = page.sessions.map((raw) => validateSummary(raw)).find((r) => r.ok && r.value.hasRecording);
    if (!recorded?.ok) return problems.skip('no session with hasRecording on the first page');
    const detailResult = validateDetail(await settle('getSession', adapter.getSession(recorded.value.id, new AbortController().signal), options.callTimeoutMs));
    const recording = detailResult.detail?.recordings[0];
    const track = recording?.tracks[0];
    if (!recording || !track) return problems.add(`session "${recorded.value.id}" has hasRecording: true but its detail lists no recording with a track`);
    const source = await settle('recordingSource', adapter.recordingSource(recording.id, track.id, new AbortController().signal), options.callTimeoutMs);
    if (typeof source?.url !== 'string' || source.url === '') problems.add(`recordingSource must resolve to { url }, got ${label(source)}`);
    if (typeof source?.type !== 'string') problems.add(`recordingSource must give the media type, got ${label(source?.type)}`);
    if (source?.expiresAt !== undefined && !Number.isFinite(source.expiresAt)) problems.add(`recordingSource expiresAt must be epoch ms, got ${label(source.expiresAt)}`);
  },
};

const contactTemplates: AdapterCheck = {
  id: 'contact-templates',
  title: 'listContactTemplates returns valid templates with unique ids for an ended messaging session',
  async run(context) {
    const { adapter, options, problems, capabilities } = context;
    if (!capabilities.contactTemplates || typeof adapter.listContactTemplates !== 'function') return problems.skip('capabilities.contactTemplates is off');
    const page = await firstPage(context, 'history');
    const contactable = page.sessions.map((raw) => validateSummary(raw)).find((r) => r.ok && CONTACTABLE_CHANNELS.includes(r.value.channel));
    if (!contactable?.ok) return problems.skip('no messaging session on the first page');
    const where = `listContactTemplates("${contactable.value.id}")`;
    const templates = await settle(where, adapter.listContactTemplates(contactable.value.id, new AbortController().signal), options.callTimeoutMs);
    if (!Array.isArray(templates)) return problems.add(`${where} must resolve to an array, got ${label(templates)}`);
    const seen = new Set<string>();
    templates.forEach((raw, index) => {
      const result = validateContactTemplate(raw);
      if (!result.ok) return problems.add(`${where}[${index}] is invalid: ${result.problems.join('; ')}`);
      if (seen.has(result.value.id)) problems.add(`${where} lists template "${result.value.id}" twice`);
      seen.add(result.value.id);
    });
  },
};

export const READ_CHECKS: readonly AdapterCheck[] = [
  shape,
  historyPage,
  livePage,
  paging,
  abort,
  detail,
  unknownId,
  transcripts,
  routingTargets,
  recordings,
  contactTemplates,
];
