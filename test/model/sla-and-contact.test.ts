import { expect } from '@open-wc/testing';
import { contactWindow, liveWaitMs, readSla, slaLevel, WHATSAPP_SERVICE_WINDOW_MS, type Message } from '../../src/model/index.js';
import { makeSession } from '../elements/session-table/table-fixtures.js';

describe('model: service level', () => {
  it('reads thresholds from untrusted input: a breach limit is required, a warning past it is dropped', () => {
    expect(readSla({ warnSeconds: 60, breachSeconds: 120 })).to.deep.equal({ warnSeconds: 60, breachSeconds: 120 });
    expect(readSla({ breachSeconds: 120 })).to.deep.equal({ breachSeconds: 120 });
    expect(readSla({ warnSeconds: 200, breachSeconds: 120 })).to.deep.equal({ breachSeconds: 120 });
    for (const bad of [undefined, null, 'x', {}, { warnSeconds: 60 }, { breachSeconds: 0 }, { breachSeconds: -1 }, { breachSeconds: Infinity }, { breachSeconds: '120' }]) {
      expect(readSla(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('measures a waiting client to now and an accepted one to acceptance; judges the level at the thresholds', () => {
    const now = Date.UTC(2026, 10, 30, 12);
    expect(liveWaitMs(makeSession(0, { state: 'waiting', startedAt: now - 90_000, acceptedAt: undefined }), now)).to.equal(90_000);
    expect(liveWaitMs(makeSession(1, { state: 'active', startedAt: now - 90_000, acceptedAt: now - 80_000 }), now)).to.equal(10_000);
    expect(liveWaitMs(makeSession(2, { state: 'ended', acceptedAt: undefined }), now)).to.equal(undefined);
    const sla = { warnSeconds: 60, breachSeconds: 120 };
    expect([59_999, 60_000, 119_999, 120_000].map((ms) => slaLevel(ms, sla))).to.deep.equal(['ok', 'warn', 'warn', 'breach']);
    expect(slaLevel(90_000, { breachSeconds: 120 })).to.equal('ok');
    expect(slaLevel(undefined, sla)).to.equal(undefined);
  });
});

describe('model: contact window', () => {
  const message = (at: number, sender: Message['sender']): Message => ({ id: `m${at}`, at, sender, text: 'x' });
  const now = Date.UTC(2026, 10, 30, 12);

  it("is measured from the client's last message, not the operator's", () => {
    const inside = contactWindow('whatsapp', [message(now - 23 * 3_600_000, 'client'), message(now - 3_600_000, 'operator')], now);
    expect(inside).to.deep.equal({ templateOnly: false, lastClientMessageAt: now - 23 * 3_600_000, closesAt: now + 3_600_000 });
    const outside = contactWindow('whatsapp', [message(now - WHATSAPP_SERVICE_WINDOW_MS, 'client'), message(now - 60_000, 'operator')], now);
    expect(outside.templateOnly).to.equal(true);
    expect(contactWindow('whatsapp', [message(now - 60_000, 'operator')], now)).to.deep.equal({ templateOnly: true });
  });

  it('applies to WhatsApp only', () => {
    expect(contactWindow('messenger', [], now)).to.deep.equal({ templateOnly: false });
    expect(contactWindow('vkontakte', [message(0, 'client')], now).templateOnly).to.equal(false);
  });
});
