import { expect } from '@open-wc/testing';
import { InThreadSearchClient } from '../../../src/engine/search/search-client.js';
import { stemCzech } from '../../../src/engine/search/stem-cs.js';
import { foldText } from '../../../src/engine/search/normalize.js';
import { sessionSearchDocument } from '../../../src/engine/search/documents.js';
import { ViewEngine } from '../../../src/engine/query/view-engine.js';
import type { SearchDocument } from '../../../src/engine/search/search-core.js';
import type { Message } from '../../../src/model/index.js';
import { NOW, makeSession } from '../query/fixtures.js';

const DOCUMENTS: SearchDocument[] = [
  { id: 'cs-1', language: 'cs', texts: ['Dobrý den, chci podat reklamaci na boty.'] },
  { id: 'cs-2', language: 'cs', texts: ['Reklamací se zabývá oddělení podpory.'] },
  { id: 'cs-3', language: 'cs', texts: ['S reklamacemi vám pomůžeme.', 'Vaše objednávka č. 12345 byla odeslána.'] },
  { id: 'cs-4', language: 'cs', texts: ['Kde je moje objednávka? Chci vrátit peníze.'] },
  { id: 'en-1', language: 'en', texts: ['I would like a refund for my order.'] },
  { id: 'en-2', language: 'en', texts: ['Refunds take five days. Your ordered items shipped.'] },
  { id: 'xx-1', texts: ['Peníze vrátit nechci, chci výměnu.'] },
];

async function indexed(documents = DOCUMENTS): Promise<InThreadSearchClient> {
  const client = new InThreadSearchClient();
  client.add(documents);
  await client.whenIndexed();
  return client;
}

async function ids(client: InThreadSearchClient, text: string, fuzzy = false): Promise<string[]> {
  return (await client.search(text, { fuzzy })).ids;
}

describe('engine: full-text search', () => {
  it('finds Czech word forms from one root: "reklamace" finds reklamaci, reklamací, reklamacemi', async () => {
    const client = await indexed();
    expect(await ids(client, 'reklamace')).to.deep.equal(['cs-1', 'cs-2', 'cs-3']);
    expect(stemCzech(foldText('reklamacemi'))).to.equal(stemCzech(foldText('reklamace')));
  });

  it('ignores diacritics and case: "objednavka" and "OBJEDNÁVKY" find "objednávka"', async () => {
    const client = await indexed();
    expect(await ids(client, 'objednavka')).to.deep.equal(['cs-3', 'cs-4']);
    expect(await ids(client, 'OBJEDNÁVKY')).to.deep.equal(['cs-3', 'cs-4']);
  });

  it('finds English roots: "refunds" finds "refund", "order" finds "ordered"', async () => {
    const client = await indexed();
    expect(await ids(client, 'refunds')).to.deep.equal(['en-1', 'en-2']);
    expect(await ids(client, 'order')).to.deep.equal(['en-1', 'en-2']);
  });

  it('matches prefixes, ANDs words, finds order numbers, and forgives typos only when fuzzy', async () => {
    const client = await indexed();
    expect(await ids(client, 'rekl')).to.deep.equal(['cs-1', 'cs-2', 'cs-3']);
    expect(await ids(client, 'reklamace objednávka')).to.deep.equal(['cs-3']);
    expect(await ids(client, '12345')).to.deep.equal(['cs-3']);
    expect(await ids(client, 'objendavka')).to.deep.equal([]);
    expect(await ids(client, 'objendavka', true)).to.deep.equal(['cs-3', 'cs-4']);
  });

  it('treats a quoted phrase as words in that order when highlighting and confirming', async () => {
    const client = await indexed();
    const result = await client.search('"vrátit peníze"');
    // The index holds no positions: both sessions have both words…
    expect(result.ids).to.deep.equal(['cs-4', 'xx-1']);
    const highlighter = await client.highlighter(result.clauses);
    // …and the highlighter confirms only the one with the words in order.
    expect(highlighter.confirms(DOCUMENTS[3]!.texts)).to.equal(true);
    expect(highlighter.confirms(DOCUMENTS[6]!.texts)).to.equal(false);
    const text = DOCUMENTS[3]!.texts[0]!;
    expect(highlighter.ranges(text).map((r) => text.slice(r.start, r.end))).to.deep.equal(['vrátit peníze']);
  });

  it('gives per-message match ranges in the original text for highlighting', async () => {
    const client = await indexed();
    const result = await client.search('reklamace');
    const highlighter = await client.highlighter(result.clauses);
    const messages: Message[] = [
      { id: 'm1', at: 1, sender: 'client', text: 'Dobrý den, REKLAMACÍ jsem poslala včera a reklamace stále nic.' },
      { id: 'm2', at: 2, sender: 'operator', text: 'Podívám se na to.' },
    ];
    const matches = highlighter.messages(messages);
    expect(matches.map((m) => m.messageId)).to.deep.equal(['m1']);
    expect(matches[0]!.ranges.map((r) => messages[0]!.text.slice(r.start, r.end))).to.deep.equal(['REKLAMACÍ', 'reklamace']);
  });

  it('combines with filters: the view shows sessions matching both', async () => {
    const client = await indexed();
    const engine = new ViewEngine({ locale: 'cs', timeZone: 'Europe/Prague' });
    engine.setSessions(DOCUMENTS.map((d, i) => makeSession({ id: d.id, channel: i % 2 === 0 ? 'whatsapp' : 'email' })));
    const result = await client.search('reklamace');
    const view = engine.compute(
      { mode: 'history', filters: { channel: { kind: 'values', values: ['whatsapp'] } }, sort: [{ column: 'id', direction: 'desc' }], search: 'reklamace' },
      NOW,
      { matchIds: new Set(result.ids) },
    );
    expect(view).to.deep.equal(['cs-3', 'cs-1']);
  });

  it('indexes client name, parameters, messages, file names and notes of a session', async () => {
    const session = makeSession({ id: 's', client: { name: 'Žofie Černá' }, parameters: { orderId: 'OBJ-778' }, language: 'cs' });
    const document = sessionSearchDocument(
      session,
      [{ id: 'm', at: 1, sender: 'client', text: 'Posílám fotku', files: [{ name: 'uctenka.pdf', size: 1, mimeType: 'application/pdf' }] }],
      [{ id: 'n', at: 2, authorId: 'a', authorName: 'A', text: 'Zákazník je VIP' }],
    );
    const client = await indexed([document]);
    for (const text of ['cerna', 'obj-778', 'fotka', 'uctenka', 'vip']) expect(await ids(client, text), text).to.deep.equal(['s']);
  });

  it('survives bad input: empty and stop-word queries, metacharacters, <mark>, 1 MB messages, missing fields', async () => {
    const huge = `${'reklamace '.repeat(50_000)}konec ${'x'.repeat(600_000)}`;
    const client = await indexed([
      ...DOCUMENTS,
      { id: 'huge', texts: [huge] },
      { id: 'broken', texts: [null, 42, undefined] as unknown as string[] },
      null as unknown as SearchDocument,
      { id: 'no-texts' } as unknown as SearchDocument,
    ]);
    const empty = await client.search('   ');
    expect(empty).to.include({ empty: true });
    expect(empty.ids).to.deep.equal([]);
    const stopOnly = await client.search('a je to the');
    expect(stopOnly.empty).to.equal(true);
    expect(stopOnly.ignored).to.include.members(['a', 'je', 'to', 'the']);
    expect(await ids(client, '.*(reklamace[')).to.include('cs-1');
    expect(await ids(client, '<mark>refund</mark>')).to.deep.equal([]); // "mark" is a word nobody wrote
    expect(await ids(client, 'konec')).to.deep.equal(['huge']);
    expect(await ids(client, '"unclosed phrase')).to.deep.equal([]);
    expect(await ids(client, null as unknown as string)).to.deep.equal([]);
    const highlighter = await client.highlighter((await client.search('reklamace')).clauses);
    // It finishes (no catastrophic backtracking); how fast is measured by `npm run bench` (budgets).
    expect(highlighter.ranges(huge)).to.have.length(500);
  });
});

describe('search snippets: what people said first', () => {
  it('shows a hit in what people said before one in a queue name, and marks a queue-only hit as such', async () => {
    const client = await indexed([
      // The queue's name comes first in the session's texts (a system line), the client's words later.
      { id: 'both', language: 'cs', meta: ['Přepojeno do fronty Reklamace a vrácení'], texts: ['Dobrý den, chci podat reklamaci na boty.'] },
      { id: 'queue-only', language: 'cs', meta: ['Přepojeno do fronty Reklamace a vrácení'], texts: ['Dobrý den, kde je moje zásilka?'] },
    ]);
    expect((await ids(client, 'reklamace')).sort()).to.deep.equal(['both', 'queue-only']);
    const snippets = await client.snippets('reklamace', {}, ['both', 'queue-only']);
    const both = snippets['both']!;
    expect(both.source).to.equal('said');
    expect(both.text.slice(both.ranges[0]!.start, both.ranges[0]!.end)).to.equal('reklamaci');
    const queueOnly = snippets['queue-only']!;
    expect(queueOnly.source, 'a hit only in the queue name is marked as not said').to.equal('meta');
    expect(queueOnly.text).to.contain('Reklamace a vrácení');
  });
});
