/**
 * Czech ships with the library but loads the first time an element speaks it: an English page
 * never downloads it, a Czech page shows Czech with nothing registered, a Czech reader never sees
 * English flash while it loads, and a failed load falls back to English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/session-table.js';
import '../../src/define/session-detail.js';
import type { SessionDetail } from '../../src/elements/session-detail/session-detail.js';
import { defineLazyLanguage, registeredStrings, registerTranslation, translate, type LanguageModule } from '../../src/i18n/index.js';
import { testAdapter } from '../elements/session-table/table-fixtures.js';
import { waitUntil } from '../helpers/wait-until.js';

/** Every text and label a reader meets in the element, through its nested shadow roots. */
function shownWords(root: ParentNode): string[] {
  const words: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'aria-description', 'placeholder', 'title']) {
      const value = node.getAttribute(attribute)?.trim();
      if (value) words.push(value);
    }
    for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) words.push(child.textContent.trim());
    if (node.shadowRoot) words.push(...shownWords(node.shadowRoot));
  }
  return words;
}

/** The English strings of the namespaces given (those without placeholders: they show as they are). */
function englishOf(...namespaces: string[]): Set<string> {
  const english = registeredStrings('en');
  return new Set(Object.entries(english).filter(([key, value]) => namespaces.some((ns) => key.startsWith(`${ns}.`)) && !value.includes('{')).map(([, value]) => value));
}

/** A language module from the English strings, each marked (and made longer) so a test can tell them apart. */
function markedModule(): LanguageModule {
  const byNamespace = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(registeredStrings('en'))) {
    const dot = key.indexOf('.');
    const namespace = key.slice(0, dot);
    byNamespace.set(namespace, { ...byNamespace.get(namespace), [key.slice(dot + 1)]: `«${value} ${value}»` });
  }
  return { default: [[...byNamespace].map(([namespace, strings]) => ({ namespace, strings }))] };
}

describe('Czech, loaded when an element first speaks it', () => {
  it('is not downloaded for an English page', async () => {
    await fixture<SessionDetail>(html`<session-detail lang="en"></session-detail>`);
    expect(registeredStrings('cs')).to.deep.equal({});
  });

  it('shows on a Czech page with nothing registered, once updateComplete settles', async () => {
    const detail = await fixture<SessionDetail>(html`<session-detail lang="cs-CZ"></session-detail>`);
    const alert = detail.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent.trim()).to.equal('Chybí zdroj dat: nastavte prvku store nebo adapter.');
    expect(alert.textContent.trim()).to.equal(translate('cs', 'detail.noStore'));
    await expect(detail).to.be.accessible();
  });

  it('keeps a host\'s Czech wording registered before the built-in Czech arrived', async () => {
    registerTranslation('cs', { 'detail.noSession': 'Vyberte hovor.' });
    const detail = await fixture<SessionDetail>(html`<session-detail lang="cs" .adapter=${testAdapter({ count: 1 })}></session-detail>`);
    expect(detail.shadowRoot!.querySelector('[data-state="empty"]')!.textContent.trim()).to.equal('Vyberte hovor.');
    expect(translate('cs', 'detail.close')).to.equal('Zavřít detail');
  });
});

describe('a language whose strings are still on the way', () => {
  it('shows no English meanwhile, then its own words, with the columns fitted to them', async () => {
    let arrive!: (module: LanguageModule) => void;
    defineLazyLanguage('da', () => new Promise<LanguageModule>((resolve) => (arrive = resolve)));
    const wrapper = document.createElement('div');
    wrapper.style.cssText = 'height: 400px; width: 900px';
    wrapper.lang = 'da';
    const table = document.createElement('session-table');
    table.adapter = testAdapter({ count: 20 });
    wrapper.append(table);
    document.body.append(wrapper);
    try {
      // The rows are there before the words: the first paint, without a word of English.
      await waitUntil(() => table.shadowRoot?.querySelectorAll('[role="row"]').length, 'rows painted');
      const english = englishOf('table', 'tableParts', 'column', 'common', 'channel', 'state', 'endReason');
      expect(shownWords(table.shadowRoot!).filter((word) => english.has(word))).to.deep.equal([]);

      arrive(markedModule());
      await table.updateComplete;
      const headers = [...table.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"] .header-label')];
      expect(headers[0]!.textContent.trim()).to.equal('«Start Start»');
      expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-label')).to.equal('«Sessions Sessions»');
      // Widths were measured again for the words that arrived: no header label is cut.
      expect(headers.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent.trim())).to.deep.equal([]);
    } finally {
      // Never left on the way: every element's updateComplete waits while a language loads.
      arrive(markedModule());
      wrapper.remove();
    }
  });

  it('falls back to English when the load fails, and says so in the console', async () => {
    const consoleError = sinon.stub(console, 'error');
    try {
      defineLazyLanguage('fi', () => Promise.reject(new Error('offline')));
      const detail = await fixture<SessionDetail>(html`<session-detail lang="fi"></session-detail>`);
      expect(detail.shadowRoot!.querySelector('[role="alert"]')!.textContent.trim()).to.equal(translate('en', 'detail.noStore'));
      expect(consoleError.calledWithMatch(/fi strings could not be loaded/)).to.equal(true);
      await expect(detail).to.be.accessible();
    } finally {
      consoleError.restore();
    }
  });
});
