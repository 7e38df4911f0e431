import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AnnouncerController, announcerRegion } from '../../src/controllers/announcer-controller.js';
import { followingClock } from '../helpers/fake-clock.js';

class AnnouncingHost extends LitElement {
  readonly announcer = new AnnouncerController(this, 3000);
  renders = 0;
  showRegion = true;
  protected override render(): unknown {
    this.renders += 1;
    return this.showRegion ? html`<p>rows</p>${announcerRegion}` : html`<p>loading</p>`;
  }
}
customElements.define('test-announcing-host', AnnouncingHost);

const regionText = (host: AnnouncingHost) => host.shadowRoot!.querySelector('[role="status"]')?.textContent;

describe('AnnouncerController', () => {
  it('writes the message into the live region without re-rendering its element', async () => {
    const host = await fixture<AnnouncingHost>(html`<test-announcing-host></test-announcing-host>`);
    const renders = host.renders;
    host.announcer.announce('120 sessions');
    expect(regionText(host)).to.equal('120 sessions');
    await host.updateComplete;
    expect(host.isUpdatePending).to.equal(false);
    expect(host.renders).to.equal(renders);
  });

  it('says the latest of quick messages once the interval allows, and the same text again as a new message', async () => {
    const clock = followingClock();
    const host = await fixture<AnnouncingHost>(html`<test-announcing-host></test-announcing-host>`);
    host.announcer.announce('first');
    host.announcer.announce('second');
    host.announcer.announce('third');
    expect(regionText(host)).to.equal('first');
    await clock.tickAsync(3000);
    expect(regionText(host)).to.equal('third');
    await clock.tickAsync(3000);
    host.announcer.announce('third');
    // A screen reader does not read out an unchanged region: the repeat differs by a no-break space.
    expect(regionText(host)).to.equal('third\u00a0');
  });

  it('fills a region rendered after the message', async () => {
    const host = await fixture<AnnouncingHost>(html`<test-announcing-host></test-announcing-host>`);
    host.showRegion = false;
    host.requestUpdate();
    await host.updateComplete;
    host.announcer.announce('loaded');
    host.showRegion = true;
    host.requestUpdate();
    await host.updateComplete;
    expect(regionText(host)).to.equal('loaded');
  });
});
