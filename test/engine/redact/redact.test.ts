import { expect } from '@open-wc/testing';
import { createRedactor, isBirthNumber, redact, REDACTION_LABELS_EN } from '../../../src/engine/redact/index.js';
import { loadLanguage, modelTranslator } from '../../../src/i18n/index.js';
import '../../../src/elements/export-menu/export-menu.strings.js';
import { birthNumber } from './values.js';

describe('redact', () => {
  // Czech loads on first use; a caller without an element asks for it (README, Theming and languages).
  before(() => loadLanguage('cs'));

  it('replaces each find with a mask naming its kind and counts per kind', () => {
    const result = redact('Jsem jana@seznam.cz, tel. +420 602 123 456, karta 4242 4242 4242 4242, IBAN CZ65 0800 0000 1920 0014 5399.');
    expect(result.text).to.equal('Jsem [e-mail], tel. [phone], karta [card •••• 4242], IBAN [IBAN].');
    expect(result.counts).to.deep.equal({ email: 1, phone: 1, card: 1, iban: 1 });
  });

  it('returns the same string and no counts when nothing is personal', () => {
    const text = 'Objednávka 602123456 za 1 299 000 Kč dorazí 25.11.2026 v 10:30.';
    const result = redact(text);
    expect(result.text).to.equal(text);
    expect(result.counts).to.deep.equal({});
  });

  it('hides only the kinds switched on', () => {
    const text = 'mail jana@seznam.cz, tel 602 123 456';
    expect(redact(text, { kinds: ['phone'] }).text).to.equal('mail jana@seznam.cz, tel [phone]');
    expect(redact(text, { kinds: ['email'] }).text).to.equal('mail [e-mail], tel 602 123 456');
    expect(redact(text, { kinds: [] }).text).to.equal(text);
  });

  it('leaves nothing for a second run to find: data right after a comma, words inside an e-mail address', () => {
    for (const text of ['volejte 602 123 456,4242 4242 4242 4242', 'order@firma.cz\n602 123 456', 'Napište na order@firma.cz; 602 123 456']) {
      const once = redact(text, { currentYear: 2026 });
      expect(once.text, text).not.to.match(/\d{3} \d{3} \d{3}/);
      expect(redact(once.text, { currentYear: 2026 }).counts, text).to.deep.equal({});
    }
  });

  it('finds a phone that starts inside a longer number-like run it does not continue, in the first run', () => {
    // `008)00420 …` matched first and was turned down (it continues `0008`); the phone after the
    // bracket was found only by a second run, once the IBAN before it was a mask.
    const once = redact('HU08 2366 9070 8663 0883 3188 0008)00420 799 958 670', { currentYear: 2026 });
    expect(once.text).to.equal('[IBAN])[phone]');
    expect(once.counts).to.deep.equal({ iban: 1, phone: 1 });
    // Without the IBAN no second run would find it at all.
    expect(redact('0008)00420 799 958 670').text).to.equal('0008)[phone]');
  });

  it('keeps a URL readable up to its query', () => {
    expect(redact('see https://shop.cz/p/602123456?email=jan@x.cz&t=1. ok').text).to.equal('see https://shop.cz/p/602123456?[query]. ok');
  });

  it('masks IPv4 and IPv6 addresses but not times or versions', () => {
    expect(redact('from 88.102.45.17 and 2001:db8::8a2e:370:7334 at 10:30:00, v4.12.0').text).to.equal(
      'from [IP address] and [IP address] at 10:30:00, v4.12.0',
    );
  });

  it('writes masks in the export language through translate', () => {
    const result = redact('volejte 602 123 456, RČ 736028/5163', { translate: modelTranslator('cs') });
    expect(result.text).to.equal('volejte [telefon], RČ [rodné číslo]');
  });

  it('takes host patterns by regex or function, and they win over built-in kinds', () => {
    const redactor = createRedactor({
      patterns: [
        { id: 'customer', label: 'customer number', pattern: /\bCU-\d{6}\b/ },
        { id: 'vip', label: 'VIP code', detect: (text) => (text.includes('GOLD') ? [{ start: text.indexOf('GOLD'), end: text.indexOf('GOLD') + 4 }] : []), mask: '[code]' },
      ],
    });
    expect(redactor.kinds).to.include.members(['customer', 'vip', 'email']);
    const result = redactor.redact('Customer CU-123456 has GOLD and CU-654321.');
    expect(result.text).to.equal('Customer [customer number] has [code] and [customer number].');
    expect(result.counts).to.deep.equal({ customer: 2, vip: 1 });
    expect(createRedactor({ patterns: [{ id: 'all-digits', label: 'number', pattern: /\d[\d ]+\d/ }] }).redact('tel 602 123 456').counts).to.deep.equal({ 'all-digits': 1 });
  });

  it('never splits a surrogate pair, even when a host pattern points into one', () => {
    const text = 'a😀b';
    const result = redact(text, { kinds: ['half'], patterns: [{ id: 'half', label: 'x', detect: (value) => (value.includes('😀') ? [{ start: value.indexOf('😀') + 1, end: value.indexOf('😀') + 2 }] : []) }] });
    expect(result.text).to.equal('a[x]b');
    expect(redact('😀4242 4242 4242 4242😀').text).to.equal('😀[card •••• 4242]😀');
  });

  it('ships an English mask for every built-in kind', () => {
    for (const kind of ['email', 'phone', 'card', 'iban', 'birthNumber', 'ip', 'urlQuery']) {
      expect(REDACTION_LABELS_EN).to.have.property(`redact.mask.${kind}`);
    }
  });
});

describe('isBirthNumber', () => {
  it('applies the month offsets: +50 women, +20/+70 only from 2004', () => {
    expect(isBirthNumber('7360285163', 2026)).to.equal(true); // woman, 28 Oct 1973
    expect(isBirthNumber('0471010001', 2026)).to.equal(true); // woman, 1 Jan 2004, +70
    expect(isBirthNumber(birthNumber(2004, 1, 1, { extended: true }), 2026)).to.equal(true); // man, +20
    expect(isBirthNumber(birthNumber(1980, 1, 1, { extended: true }), 2026)).to.equal(false); // +20 did not exist in 1980
    expect(isBirthNumber(birthNumber(1980, 1, 1, { woman: true, extended: true }), 2026)).to.equal(false); // nor +70
  });

  it('takes nine digits only before 1954 and no date in the future', () => {
    expect(isBirthNumber('530101123', 2026)).to.equal(true);
    expect(isBirthNumber('540101123', 2026)).to.equal(false);
    expect(isBirthNumber('3001010005', 2026)).to.equal(false); // 2030
  });

  it('accepts the pre-1986 remainder-10 exception and rejects impossible dates', () => {
    // 800101 + 015 → 800101015 % 11 = 10, check digit 0.
    const first9 = '800101015';
    expect(Number(first9) % 11).to.equal(10);
    expect(isBirthNumber(`${first9}0`, 2026)).to.equal(true);
    expect(isBirthNumber('8002300000', 2026)).to.equal(false); // 30 February
  });
});
