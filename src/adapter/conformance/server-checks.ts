/**
 * Conformance checks of what a `serverQuery` host adds: search snippets for the rows on screen.
 */
import { validateDetail, validateSummary } from '../validate.js';
import { validateHostSnippets } from '../validate-snippets.js';
import { firstPage, label, settle, type AdapterCheck } from './support.js';

/** A word people said in a session (letters only, long enough to be searchable in any language). */
const SEARCHABLE_WORD = /\p{L}{5,}/u;

const searchSnippets: AdapterCheck = {
  id: 'search-snippets',
  title: 'searchSnippets returns valid snippets, for the asked ids only, for sessions a search listed',
  async run(context) {
    const { adapter, options, problems, capabilities } = context;
    if (!capabilities.serverQuery || typeof adapter.searchSnippets !== 'function') return problems.skip('serverQuery or searchSnippets is not implemented');
    const first = (await firstPage(context, 'history', 1)).sessions.map((raw) => validateSummary(raw)).find((result) => result.ok);
    if (!first?.ok) return problems.skip('no valid history session to search for');
    const raw = await settle(`getSession("${first.value.id}")`, adapter.getSession(first.value.id, new AbortController().signal), options.callTimeoutMs);
    const said = validateDetail(raw).detail?.messages.find((message) => message.sender !== 'system' && SEARCHABLE_WORD.test(message.text));
    const word = said?.text.match(SEARCHABLE_WORD)?.[0];
    if (!word) return problems.skip(`session "${first.value.id}" has no message with a searchable word`);
    const request = { mode: 'history' as const, filters: {}, sort: [{ column: 'startedAt', direction: 'desc' as const }], search: word, offset: 0, limit: 5 };
    const listed = await settle(`listSessions({ search: '${word}' })`, adapter.listSessions(request, new AbortController().signal), options.callTimeoutMs);
    const ids = (Array.isArray(listed?.sessions) ? listed.sessions : []).map((session) => validateSummary(session)).flatMap((result) => (result.ok ? [result.value.id] : []));
    if (ids.length === 0) return problems.add(`listSessions({ search: '${word}' }) listed nothing, though session "${first.value.id}" says it`);
    const where = `searchSnippets([${ids.length} ids], '${word}')`;
    const answer = await settle(where, adapter.searchSnippets(ids, word, new AbortController().signal), options.callTimeoutMs);
    const { snippets, invalid } = validateHostSnippets(answer, ids);
    for (const record of invalid) problems.add(`${where}: ${record.problems.join('; ')}`);
    if (snippets.size === 0) problems.add(`${where} found no snippet for any session the search listed (got ${label(answer)})`);
    for (const [id, snippet] of snippets) {
      if (snippet.ranges.length === 0) problems.add(`${where}["${id}"] marks no match in its text`);
    }
  },
};

export const SERVER_CHECKS: readonly AdapterCheck[] = [searchSnippets];
