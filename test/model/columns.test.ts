import { expect } from '@open-wc/testing';
import { BASIC_COLUMN_IDS, COLUMNS, columnById, type SessionSummary } from '../../src/model/index.js';

const session: SessionSummary = {
  id: 's-1',
  channel: 'whatsapp',
  state: 'ended',
  startedAt: Date.UTC(2026, 10, 25, 9, 0, 0),
  acceptedAt: Date.UTC(2026, 10, 25, 9, 0, 30),
  endedAt: Date.UTC(2026, 10, 25, 9, 12, 5),
  endReason: 'client-disconnected',
  client: { name: 'Žofie Černá' },
  operators: [{ id: 'op-1', name: 'Jana' }, { id: 'op-2', name: 'Petr' }],
  parameters: { orderId: 'A-1' },
  messageCount: 12,
  hasRecording: false,
  noteCount: 2,
  version: 1,
};
const ctx = { locale: 'en-GB', timeZone: 'Europe/Prague', now: Date.UTC(2026, 10, 25, 10) };
const t = (key: string) => `[${key}]`;

describe('column catalogue', () => {
  it('offers at least 20 columns, 6 to 8 of them basic, with unique ids', () => {
    expect(COLUMNS.length).to.be.at.least(20);
    expect(BASIC_COLUMN_IDS.length).to.be.within(6, 8);
    expect(new Set(COLUMNS.map((c) => c.id)).size).to.equal(COLUMNS.length);
  });

  it('formats times in the viewer time zone and durations compactly', () => {
    expect(columnById('startedAt')!.format(session, ctx, t)).to.contain('10:00');
    expect(columnById('duration')!.format(session, ctx, t)).to.equal('12:05');
    expect(columnById('waitTime')!.format(session, ctx, t)).to.equal('0:30');
  });

  it('translates enum values and lists every operator as a facet', () => {
    expect(columnById('channel')!.format(session, ctx, t)).to.equal('[channel.whatsapp]');
    expect(columnById('operator')!.facets!(session)).to.deep.equal(session.operators);
    expect(columnById('hasNotes')!.value(session, ctx.now)).to.equal(true);
  });

  it('builds parameter columns on demand and rejects unknown ids', () => {
    expect(columnById('param:orderId')!.value(session, 0)).to.equal('A-1');
    expect(columnById('param:orderId')!.label).to.equal('orderId');
    expect(columnById('nope')).to.equal(undefined);
  });
});
