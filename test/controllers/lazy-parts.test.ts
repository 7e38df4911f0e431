import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyPartsController, lazyModule, settleLoading, type LazyPart } from '../../src/controllers/lazy-parts.js';
import { renderPartFailure } from '../../src/elements/part-failure.js';

/** A part whose code arrives when the test says so. */
function deferredPart(): { part: LazyPart<{ text: string }>; arrive(): void; fail(): void; imports: () => number } {
  let imports = 0;
  let resolve!: (module: { text: string }) => void;
  let reject!: (error: Error) => void;
  const part = lazyModule(() => {
    imports += 1;
    return new Promise<{ text: string }>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  });
  return { part, arrive: () => resolve({ text: 'the part' }), fail: () => reject(new Error('offline')), imports: () => imports };
}

class LazyHost extends LitElement {
  /** (Not `part`: every element has that one.) */
  piece!: LazyPart<{ text: string }>;
  readonly parts = new LazyPartsController(this);
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLoading([this.parts], () => super.getUpdateComplete());
  }
  /** The pending render only, without waiting for the part. */
  rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }
  override render() {
    const module = this.parts.use(this.piece);
    if (module) return html`<p id="part">${module.text}</p>`;
    return renderPartFailure(this.parts, this.piece, 'en') ?? html`<p role="status" aria-busy="true">Loading…</p>`;
  }
}
customElements.define('test-lazy-host', LazyHost);

describe('parts loaded on first use (controllers/lazy-parts.ts)', () => {
  it('shows a busy status until the code arrives, and updateComplete waits for it', async () => {
    const { part, arrive, imports } = deferredPart();
    const el = document.createElement('test-lazy-host') as LazyHost;
    el.piece = part;
    document.body.append(el);
    try {
      await el.rendered();
      expect(el.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-busy')).to.equal('true');
      const settled = el.updateComplete;
      arrive();
      await settled;
      expect(el.shadowRoot!.querySelector('#part')!.textContent).to.equal('the part');
      expect(imports()).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('loads a module once for every element that uses it', async () => {
    const { part, arrive, imports } = deferredPart();
    const first = document.createElement('test-lazy-host') as LazyHost;
    const second = document.createElement('test-lazy-host') as LazyHost;
    first.piece = second.piece = part;
    document.body.append(first, second);
    try {
      await Promise.all([first.rendered(), second.rendered()]);
      arrive();
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(imports()).to.equal(1);
      for (const el of [first, second]) expect(el.shadowRoot!.querySelector('#part')).to.exist;
      const third = await fixture<LazyHost>(html`<test-lazy-host .piece=${part}></test-lazy-host>`);
      expect(third.shadowRoot!.querySelector('#part'), 'ready at once the next time').to.exist;
    } finally {
      first.remove();
      second.remove();
    }
  });

  it('settles on a failed load and says so with a Retry (no endless loading state, no reload on every render); Retry loads it', async () => {
    const { part, arrive, fail, imports } = deferredPart();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const el = document.createElement('test-lazy-host') as LazyHost;
    el.piece = part;
    document.body.append(el);
    try {
      await el.rendered();
      const settled = el.updateComplete;
      fail();
      await settled;
      expect(errors).to.have.length(1);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('could not be loaded');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'no longer says it is loading').to.equal(null);
      await expect(el).to.be.accessible();
      // Another render (any state change of the element) does not fetch again by itself.
      el.requestUpdate();
      await el.rendered();
      expect(imports()).to.equal(1);
      alert.querySelector('button')!.click();
      await el.rendered();
      expect(imports()).to.equal(2);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-busy')).to.equal('true');
      const loaded = el.updateComplete;
      arrive();
      await loaded;
      expect(el.shadowRoot!.querySelector('#part')!.textContent).to.equal('the part');
    } finally {
      console.error = original;
      el.remove();
    }
  });
});
