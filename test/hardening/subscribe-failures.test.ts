/**
 * A host whose `subscribe()` throws or returns a non-function (issue 12, defect 4): the view shows
 * a clear error with Retry that subscribes again, never a blank view; swapping the adapter away
 * from such a host does not throw.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/session-view.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';
import { deepText } from './deep-text.js';
import { quietConsole, watchPageErrors } from './page-errors.js';

const table = (view: SessionView) => view.shadowRoot!.querySelector('session-table')!;
const alertOf = (view: SessionView) => table(view).shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
const rows = (view: SessionView) => table(view).shadowRoot!.querySelectorAll('.body [role="row"]');

async function mount(adapter: ReturnType<typeof scriptedAdapter>): Promise<SessionView> {
  const view = await fixture<SessionView>(html`<session-view style="height:500px;width:1000px" .adapter=${adapter}></session-view>`);
  await until(() => view.store?.status === 'error' || view.store?.status === 'ready');
  await view.store!.settled();
  await table(view).updateComplete;
  return view;
}

describe('subscribe() failures', () => {
  quietConsole();

  it('a subscribe() that throws shows an error with Retry, and Retry subscribes again', async () => {
    const errors = watchPageErrors();
    try {
      const adapter = scriptedAdapter({ pages: { history: [[summary('s1'), summary('s2')]] } });
      const working = adapter.subscribe!.bind(adapter);
      let attempts = 0;
      adapter.subscribe = (onChange) => {
        attempts += 1;
        if (attempts === 1) throw new Error('event stream refused');
        return working(onChange);
      };
      const view = await mount(adapter);
      expect(view.store!.status).to.equal('error');
      expect(alertOf(view)?.textContent).to.contain('Something went wrong');
      const retry = [...alertOf(view)!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Retry')!;
      retry.click();
      await until(() => view.store!.status === 'ready');
      await view.store!.settled();
      await table(view).updateComplete;
      expect(attempts).to.equal(2);
      expect(adapter.listeners).to.equal(1);
      expect(rows(view)).to.have.length(2);
      expect(errors.list).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it('a subscribe() that returns no function shows an error, and swapping the adapter does not throw', async () => {
    const errors = watchPageErrors();
    try {
      const broken = scriptedAdapter({ pages: { history: [[summary('s1')]] } });
      broken.subscribe = () => 'not a function' as never;
      const view = await mount(broken);
      expect(view.store!.status).to.equal('error');
      expect(alertOf(view)).to.exist;
      expect(deepText(alertOf(view)!)).to.contain('Retry');
      view.adapter = scriptedAdapter({ pages: { history: [[summary('s7'), summary('s8'), summary('s9')]] } });
      await view.updateComplete;
      await until(() => view.store?.status === 'ready');
      await view.store!.settled();
      await table(view).updateComplete;
      expect(rows(view)).to.have.length(3);
      expect(errors.list).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it('an unsubscribe function that throws does not stop an adapter swap', async () => {
    const errors = watchPageErrors();
    try {
      const first = scriptedAdapter({ pages: { history: [[summary('s1')]] } });
      first.subscribe = () => () => {
        throw new Error('already closed');
      };
      const view = await mount(first);
      view.adapter = scriptedAdapter({ pages: { history: [[summary('s2'), summary('s3')]] } });
      await view.updateComplete;
      await until(() => view.store?.status === 'ready');
      await view.store!.settled();
      await table(view).updateComplete;
      expect(rows(view)).to.have.length(2);
      expect(errors.list).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });
});
