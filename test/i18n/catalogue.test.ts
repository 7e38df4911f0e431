/**
 * Translators and hosts work from the English catalogue (src/i18n/en.json, shipped as
 * `session-view/i18n/en.json`, and the `TranslationKey` type): it must be the strings the
 * elements register, Czech must cover every key, and no key may sit in a table unused.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/all.js';
// Parts the elements load on first use register their strings then: every one of them here.
import '../../src/define/sv-export-menu.js';
import '../../src/define/sv-filter-popover.js';
import '../../src/define/sv-column-chooser.js';
import '../../src/define/sv-session-info.js';
import '../../src/define/sv-session-parameters.js';
import '../../src/define/sv-session-notes.js';
import '../../src/define/sv-linked-transcript.js';
import '../../src/define/sv-ban-control.js';
import '../../src/define/sv-contact-client.js';
import '../../src/define/sv-target-picker.js';
import '../../src/elements/recording-player/player-view.strings.js';
import { loadLanguage, registerTranslation, registeredStrings, translate } from '../../src/i18n/index.js';
import type { TranslationKey } from '../../src/i18n/index.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (strings: Record<string, string>) => new Set(Object.keys(strings).map((key) => key.replace(PLURAL, '')));

describe('translation catalogue', () => {
  it('en.json is the English strings the elements register (regenerate: node --import tsx test/tooling/i18n-catalogue.ts)', async () => {
    const shipped = (await (await fetch('/src/i18n/en.json')).json()) as Record<string, string>;
    expect(shipped).to.deep.equal(registeredStrings('en'));
    expect(Object.keys(shipped).length).to.be.greaterThan(400);
  });

  it('has a Czech string for every English key, and no Czech key English lacks', async () => {
    await loadLanguage('cs');
    const english = baseKeys(registeredStrings('en'));
    const czech = baseKeys(registeredStrings('cs'));
    expect([...english].filter((key) => !czech.has(key)), 'English keys without Czech').to.deep.equal([]);
    expect([...czech].filter((key) => !english.has(key)), 'Czech keys without English').to.deep.equal([]);
  });

  it('uses every key somewhere in the code', async () => {
    const sources = await executeServerCommand<{ path: string; text: string }[], undefined>('code-sources');
    const code = sources.map((source) => source.text).join('\n');
    // Keys built at run time (`event.${kind}`, `channel.${value}`): a template with that head counts for the whole family.
    const dynamicHeads = [...code.matchAll(/[`'"]([\w.-]+\.)\$\{/g)].map((match) => match[1]!);
    const unused = [...baseKeys(registeredStrings('en'))].filter((full) => {
      const key = full.slice(full.indexOf('.') + 1);
      if (new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`).test(code)) return false;
      if (new RegExp(`['"\`]${full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`).test(code)) return false;
      return !dynamicHeads.some((head) => key.startsWith(head) || full.startsWith(head));
    });
    expect(unused).to.deep.equal([]);
  });

  it('types the keys a host translates', () => {
    const key: TranslationKey = 'table.search';
    // @ts-expect-error -- a misspelt key is a compile error for a host
    registerTranslation('xx', { 'table.serch': 'x' });
    expect(translate('xx', key)).to.equal('Search in content');
  });
});

describe('registerTranslation', () => {
  it('re-renders elements already on the page', async () => {
    const view = await fixture(html`<session-view lang="en"></session-view>`);
    const alert = () => view.shadowRoot!.querySelector('[role="alert"]')!.textContent.trim();
    const before = alert();
    const key = Object.keys(registeredStrings('en')).find((k) => k.startsWith('view.') && translate('en', k) === before)! as TranslationKey;
    expect(key, 'the key of the no-adapter message').to.be.a('string');
    try {
      registerTranslation('en', { [key]: 'Connect a data source first.' });
      await (view as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(alert()).to.equal('Connect a data source first.');
    } finally {
      registerTranslation('en', { [key]: before });
    }
  });
});
