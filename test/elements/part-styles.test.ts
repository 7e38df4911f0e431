import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { adoptPartStyles } from '../../src/elements/part-styles.js';

class StyledHost extends LitElement {
  static override styles = css`p { color: rgb(0, 0, 255); }`;
  protected override render(): unknown {
    return html`<p>text</p>`;
  }
}
customElements.define('test-part-styles-host', StyledHost);

const partStyles = css`p { color: rgb(255, 0, 0); font-weight: 700; }`;

describe('adoptPartStyles', () => {
  it('adds a part’s styles after the element’s own, once however often it is called', async () => {
    const host = await fixture<StyledHost>(html`<test-part-styles-host></test-part-styles-host>`);
    const text = host.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(text).color).to.equal('rgb(0, 0, 255)');
    const before = host.shadowRoot!.adoptedStyleSheets.length;
    adoptPartStyles(host.renderRoot, partStyles);
    adoptPartStyles(host.renderRoot, partStyles);
    expect(host.shadowRoot!.adoptedStyleSheets.length).to.equal(before + 1);
    expect(getComputedStyle(text).color, 'the later sheet wins').to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(text).fontWeight).to.equal('700');
  });
});
