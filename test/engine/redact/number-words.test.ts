import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { currencyBefore, lastNumberWord } from '../../../src/engine/redact/number-words.js';

// The patterns the phone detector used before the words were read on character codes: the reader
// must answer as they did, on the 40 characters before a number, lowered when they hold the Kelvin
// sign or `İ` (the only characters the non-Unicode `i` flag does not see through).
const CURRENCY_BEFORE = /(?:€|\$|£|kč|czk|eur|usd)[ \u00a0]?$/i;
const OTHER_NUMBER =
  /(?:^|[\s(])(objedn|obj\.|order|faktur|invoice|tracking|zásilk|zasilk|balík|balik|parcel|ticket|tiket|reklamac|případ|pripad|case|účt|účet|ucet|account|symbol|\bvs\b|\bref|smlouv|contract|kód|kod|code|pin\b|ičo|ico\b|dič|dic\b|sériov|serial|číslo karty|card)/gi;
const PHONE_WORD =
  /(?:^|[\s(])(tel|mobil|phone|volat|volej|zavolej|call|sms|whatsapp|kontakt|contact|linka|číslo na|cislo na|ozvěte|ozvete|dovolat|reach me|text me)/gi;

function inEmailAddress(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '@') return true;
    if (' \u00a0\n\t,;'.includes(text[i]!)) return false;
  }
  return false;
}

function lastIndexOf(regex: RegExp, text: string): number {
  let last = -1;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const word = match.index + match[0].length - match[1]!.length;
    if (!inEmailAddress(text, word)) last = word;
  }
  return last;
}

function patternsSayPlausible(text: string, start: number): boolean {
  const stretch = text.slice(Math.max(0, start - 40), start);
  const before = /[\u0130\u212a]/.test(stretch) ? stretch.toLowerCase() : stretch;
  if (CURRENCY_BEFORE.test(before)) return false;
  const other = lastIndexOf(OTHER_NUMBER, before);
  return other < 0 || lastIndexOf(PHONE_WORD, before) > other;
}

function readerSaysPlausible(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  return !currencyBefore(text, from, start) && lastNumberWord(text, from, start, true) !== 'other';
}

const WORDS = [
  ...'objedn obj. order faktur invoice tracking zásilk zasilk balík balik parcel ticket tiket reklamac případ pripad case účt účet ucet account symbol vs ref smlouv contract kód kod code pin ičo ico dič dic sériov serial card'.split(' '),
  ...'tel mobil phone volat volej zavolej call sms whatsapp kontakt contact linka ozvěte ozvete dovolat kč czk eur usd € $ £'.split(' '),
  'číslo karty', 'číslo na', 'cislo na', 'reach me', 'text me',
];
/** A word with some of its letters in upper case. */
const word = fc.constantFrom(...WORDS).chain((w) =>
  fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }).map((upper) => [...w].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join('')),
);
const GLUE = [' ', '(', '\u00a0', '\n', '\t', '\u2003', '\u3000', '\ufeff', '\u202f', '\v', '@', '.', ',', ';', '_', 'a', 'č', 'Č', '0', 'x', '\u212a', '\u0130', 'ſ', 'ı', 'K', '😀', 'Ř', 'Ě', 'ÁÍÚÓÉ'];
const text = fc
  .array(fc.oneof(word, word, fc.constantFrom(...GLUE), fc.constantFrom(...GLUE), fc.string({ maxLength: 4 })), { maxLength: 24 })
  .map((pieces) => pieces.join(''));

describe('number words', () => {
  it('decide whether a number is plausibly a phone exactly as the patterns did', () => {
    fc.assert(
      fc.property(text, fc.nat(), (input, position) => {
        const start = position % (input.length + 1);
        expect(readerSaysPlausible(input, start), `${JSON.stringify(input)} at ${start}`).to.equal(patternsSayPlausible(input, start));
      }),
      { numRuns: 20000 },
    );
  });

  it('are found in a mask exactly as the patterns found them', () => {
    fc.assert(
      fc.property(text, (input) => {
        const patterns = lastIndexOf(OTHER_NUMBER, input) >= 0 || lastIndexOf(PHONE_WORD, input) >= 0;
        expect(lastNumberWord(input, 0, input.length) !== undefined, JSON.stringify(input)).to.equal(patterns);
      }),
      { numRuns: 5000 },
    );
  });

  it('let the nearest word decide, skipping words inside an e-mail address', () => {
    expect(lastNumberWord('Objednávka ', 0, 11)).to.equal('other');
    expect(lastNumberWord('order, call me on ', 0, 18)).to.equal('phone');
    expect(lastNumberWord('tel. or order@firma.cz ', 0, 23)).to.equal('phone');
    expect(lastNumberWord('PIN: ', 0, 5)).to.equal('other');
    expect(lastNumberWord('pinned ', 0, 7)).to.equal(undefined);
    expect(lastNumberWord('ico\u0130 ', 0, 5, true)).to.equal(undefined);
    expect(lastNumberWord('ico\u0130 ', 0, 5)).to.equal('other');
    expect(currencyBefore('za 1 299 Kč ', 0, 12)).to.equal(true);
    expect(currencyBefore('za \u212aČ ', 0, 6)).to.equal(true);
  });
});
