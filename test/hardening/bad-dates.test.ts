/**
 * Out-of-range dates (issue 12, defect 1): `1e20` is finite, but no `Date` can hold it, and `Intl`
 * and `toISOString` throw `RangeError` on it. Validation refuses such dates in every record kind,
 * and every formatter shows a placeholder instead of throwing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/session-detail.js';
import '../../src/define/session-view.js';
import { validateDetail, validateMessage, validateSummary } from '../../src/adapter/index.js';
import { formatDateTime, formatDateTimeLong, formatTime } from '../../src/model/index.js';
import { dateTimeAttribute, INVALID_DATE_TEXT, MAX_TIME_MS } from '../../src/model/time.js';
import { isoDateTime } from '../../src/engine/export/export-dates.js';
import { formatStepTime } from '../../src/elements/routing-panel/step-time.js';
import { describeFilter } from '../../src/elements/session-table/filter-describe.js';
import { formatDateTimeField } from '../../src/elements/session-table/locale-date-field.js';
import { modelTranslator } from '../../src/i18n/index.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import { detail, message, settle, T0, testStore } from '../elements/session-detail/fixtures.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';
import { deepText } from './deep-text.js';
import { quietConsole, watchPageErrors } from './page-errors.js';

const OUT_OF_RANGE = [1e20, -1e20, MAX_TIME_MS + 1, '+275760-09-13T00:00:00.001Z'];

describe('out-of-range dates: validation', () => {
  it('refuses every date field of a summary beyond what a Date holds, and accepts the limits', () => {
    for (const field of ['startedAt', 'acceptedAt', 'endedAt', 'lastMessageAt'] as const) {
      for (const value of OUT_OF_RANGE) {
        const result = validateSummary({ ...summary('s1'), [field]: value });
        expect(result.ok, `${field} = ${value}`).to.equal(false);
        if (!result.ok) expect(result.problems.join()).to.contain(field);
      }
    }
    expect(validateSummary({ ...summary('s1'), startedAt: MAX_TIME_MS }).ok).to.equal(true);
    expect(validateSummary({ ...summary('s1'), startedAt: -MAX_TIME_MS }).ok).to.equal(true);
  });

  it('drops messages, notes and routing steps with such dates and keeps the valid ones', () => {
    const raw = {
      ...detail(),
      messages: [message(0), message(1, { at: 1e20 }), message(2)],
      notes: [{ id: 'n1', at: -1e20, authorId: 'a', text: 'bad' }, { id: 'n2', at: T0, authorId: 'a', text: 'good' }],
      routing: [{ id: 'r1', kind: 'queued', at: 1e20 }, { id: 'r2', kind: 'queued', at: T0 }],
      recordings: [{ id: 'rec1', kind: 'audio', offsetMs: 1e20, durationMs: 1000, tracks: [] }, { id: 'rec2', kind: 'audio', offsetMs: 0, durationMs: 1e20, tracks: [] }],
      ban: { reason: 'spam', until: 1e20, at: T0 },
    };
    const { detail: read, problems } = validateDetail(raw);
    expect(read!.messages.map((m) => m.id)).to.deep.equal(['m-0', 'm-2']);
    expect(read!.notes.map((n) => n.id)).to.deep.equal(['n2']);
    expect(read!.routing.map((s) => s.id)).to.deep.equal(['r2']);
    expect(read!.recordings).to.deep.equal([]);
    // The ban stays (the client is banned), its unreadable end is reported and left out.
    expect(read!.ban).to.deep.include({ reason: 'spam', at: T0 });
    expect(read!.ban!.until).to.equal(undefined);
    expect(problems.join('\n')).to.contain('messages[1].at').and.contain('notes[0].at').and.contain('routing[0].at').and.contain('ban.until');
    expect(validateMessage({ ...message(0), at: 1e20 }).ok).to.equal(false);
  });
});

describe('out-of-range dates: formatters', () => {
  it('show a placeholder instead of throwing', () => {
    const ctx = { locale: 'en-GB', timeZone: 'Europe/Prague', now: T0 };
    for (const value of [1e20, -1e20, Number.NaN, Infinity]) {
      expect(formatDateTime(value, ctx)).to.equal(INVALID_DATE_TEXT);
      expect(formatDateTimeLong(value, ctx)).to.equal(INVALID_DATE_TEXT);
      expect(formatTime(value, ctx)).to.equal(INVALID_DATE_TEXT);
      expect(formatStepTime(value, ctx, true)).to.equal(INVALID_DATE_TEXT);
      expect(dateTimeAttribute(value)).to.equal('');
      expect(isoDateTime(value)).to.equal('');
    }
    expect(formatDateTime(undefined, ctx)).to.equal('');
    // A time filter bound from a hand-edited link goes through the same formatters.
    expect(formatDateTimeField(1e20, 'en-GB', 'Europe/Prague')).to.equal('');
    const chip = describeFilter('startedAt', { kind: 'time', from: 1e20, to: -1e20 }, 'en', modelTranslator('en'), ctx, undefined);
    expect(chip).to.contain(INVALID_DATE_TEXT);
    expect(isoDateTime(MAX_TIME_MS)).to.equal('+275760-09-13T00:00:00Z');
  });
});

describe('out-of-range dates: views', () => {
  quietConsole();

  it('the table shows every valid row beside a session dated 1e20, without an uncaught error', async () => {
    const errors = watchPageErrors();
    try {
      const adapter = scriptedAdapter({ pages: { history: [[summary('s1'), summary('s2', { startedAt: 1e20 }), summary('s3', { endedAt: -1e20 })]] } });
      const view = await fixture<SessionView>(html`<session-view style="height:500px;width:1000px" .adapter=${adapter}></session-view>`);
      await until(() => view.store?.status === 'ready');
      await view.store!.settled();
      const table = view.shadowRoot!.querySelector('session-table') as HTMLElement & { updateComplete: Promise<unknown> };
      await table.updateComplete;
      expect([...view.store!.view]).to.deep.equal(['s1']);
      expect(table.shadowRoot!.querySelectorAll('.body [role="row"]')).to.have.length(1);
      expect(view.store!.invalidCount).to.equal(2);
      expect(errors.list).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it('the transcript, notes and routing tabs show their valid entries beside ones dated 1e20', async () => {
    const errors = watchPageErrors();
    try {
      const session = {
        ...detail(),
        messages: [message(0, { text: 'first valid' }), message(1, { at: 1e20, text: 'from the far future' }), message(2, { text: 'second valid' })],
        notes: [{ id: 'n1', at: 1e20, authorId: 'a', authorName: 'A', text: 'future note' }, { id: 'n2', at: T0, authorId: 'a', authorName: 'A', text: 'valid note' }],
        routing: [
          { id: 'r1', kind: 'queued', at: 1e20, target: { id: 'g-1', name: 'Future group', kind: 'group' } },
          { id: 'r2', kind: 'queued', at: T0, target: { id: 'g-1', name: 'Support queue', kind: 'group' } },
        ],
      };
      const { store } = testStore({ sessions: [session as never] });
      for (const tab of ['transcript', 'notes', 'routing'] as const) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px; width: 520px; display: flex">
          <session-detail style="flex: 1" .store=${store} session-id="s-1" tab=${tab}></session-detail>
        </div>`);
        const element = wrapper.querySelector('session-detail')!;
        await settle(store, element);
        await until(() => deepText(element).includes(tab === 'transcript' ? 'second valid' : tab === 'notes' ? 'valid note' : 'Support queue'));
        expect(deepText(element)).not.to.contain(tab === 'transcript' ? 'far future' : tab === 'notes' ? 'future note' : 'Future group');
      }
      expect(errors.list).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });
});
