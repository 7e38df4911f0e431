/**
 * Generated chat lines: realistic Czech and English templates filled with identifiers built from
 * their own rules (valid check digits), in the formats people type, and the same numbers with a
 * broken check digit as look-alikes that must stay. Deterministic, so a failure is reproducible.
 */
import { birthNumber, breakLastDigit, cardNumber, grouped, iban, ibanPrinted, withSlash } from './values.js';

function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 0x1_0000_0000;
  };
}

const random = prng(20261130);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
const mark = (kind: string, value: string) => `⟦${kind}|${value}⟧`;

const CARD_TEMPLATES = [
  'Platil jsem kartou {v}, ale peníze nedorazily.',
  'Číslo mé karty je {v}.',
  'My card {v} was charged twice.',
  'Please refund to card {v}.',
  'karta {v} platnost 09/28',
  'Card number: {v} (exp 11/27)',
];
const CARD_LOOKALIKE_TEMPLATES = [
  'Objednávka {v} ještě nedorazila.',
  'Order number {v} is on its way.',
  'Číslo zásilky {v}.',
  'Reference {v} in your system.',
];
const ISSUERS: Array<{ prefix: string; length: number; groups: number[] }> = [
  { prefix: '4', length: 16, groups: [4, 4, 4, 4] },
  { prefix: '51', length: 16, groups: [4, 4, 4, 4] },
  { prefix: '55', length: 16, groups: [4, 4, 4, 4] },
  { prefix: '2720', length: 16, groups: [4, 4, 4, 4] },
  { prefix: '37', length: 15, groups: [4, 6, 5] },
  { prefix: '6011', length: 16, groups: [4, 4, 4, 4] },
  { prefix: '6759', length: 19, groups: [4, 4, 4, 4, 3] },
  { prefix: '4', length: 13, groups: [4, 4, 5] },
  { prefix: '62', length: 17, groups: [4, 4, 4, 5] },
];

function cardSentences(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 45; i += 1) {
    const issuer = ISSUERS[i % ISSUERS.length]!;
    const number = cardNumber(issuer.prefix, issuer.length, i + 1);
    const style = i % 3;
    const printed = style === 0 ? grouped(number, issuer.groups) : style === 1 ? number : grouped(number, issuer.groups, '-');
    out.push(pick(CARD_TEMPLATES).replace('{v}', mark('card', printed)));
    if (i % 2 === 0) {
      const lookalike = breakLastDigit(number);
      out.push(pick(CARD_LOOKALIKE_TEMPLATES).replace('{v}', style === 0 ? grouped(lookalike, issuer.groups) : lookalike));
    }
  }
  return out;
}

const IBAN_TEMPLATES = [
  'Pošlete to prosím na účet {v}.',
  'Refund to IBAN {v}, thanks.',
  'Můj IBAN: {v}',
  'Bank account {v} (Fio).',
  'Vraťte peníze na {v} co nejdřív.',
];
const BBAN: Array<[string, number]> = [['CZ', 20], ['SK', 20], ['DE', 18], ['AT', 16], ['PL', 24], ['HU', 24]];

function ibanSentences(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 36; i += 1) {
    const [country, length] = BBAN[i % BBAN.length]!;
    const value = iban(country, digits(length));
    const printed = i % 2 ? ibanPrinted(value) : value;
    out.push(pick(IBAN_TEMPLATES).replace('{v}', mark('iban', printed)));
    if (i % 3 === 0) {
      // Same digits, check digits off by one: the mod-97 check must reject it.
      const wrong = `${value.slice(0, 2)}${String((Number(value.slice(2, 4)) + 1) % 100).padStart(2, '0')}${value.slice(4)}`;
      out.push(`Reference ${ibanPrinted(wrong)} is our internal code.`);
    }
  }
  return out;
}

const BIRTH_TEMPLATES = [
  'Rodné číslo {v}, ověřte si to.',
  'moje RČ je {v}',
  'Birth number of my daughter: {v}.',
  'Pojištěnec {v} (rodné číslo).',
  'RČ {v} prosím zapište.',
];

function birthSentences(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 36; i += 1) {
    const year = 1954 + Math.floor(random() * 71);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const value = birthNumber(year, month, day, { woman: i % 2 === 1, extended: year >= 2004 && i % 5 === 0, serial: Math.floor(random() * 900) });
    const printed = i % 3 === 0 ? value : withSlash(value);
    out.push(pick(BIRTH_TEMPLATES).replace('{v}', mark('birthNumber', printed)));
    if (i % 3 === 1) {
      // Not divisible by 11 (and an order context): stays.
      const wrong = breakLastDigit(value);
      if (Number(wrong) % 11 !== 0) out.push(`Faktura ${wrong} je uhrazena.`);
    }
  }
  return out;
}

const PHONE_TEMPLATES = [
  'Zavolejte mi na {v}.',
  'Můj mobil je {v}, díky.',
  'Call me on {v} please.',
  'You can reach me at {v} after 6.',
  'tel. {v}',
  'Číslo na mě: {v}',
  'Volajte na {v}, ďakujem.',
];

function phoneFormats(): string[] {
  const first = pick(['60', '72', '73', '77', '79', '22', '55']);
  const n = first + digits(7);
  const sk = `09${pick(['05', '10', '11', '40', '48'])}${digits(6)}`;
  return [
    grouped(n, [3, 3, 3]),
    n,
    `+420 ${grouped(n, [3, 3, 3])}`,
    `+420${n}`,
    `00420 ${grouped(n, [3, 3, 3])}`,
    grouped(n, [3, 2, 2, 2]),
    grouped(n, [3, 3, 3], '-'),
    `+421 ${grouped(sk.slice(1), [3, 3, 3])}`,
    grouped(sk, [4, 3, 3]),
  ];
}

function phoneSentences(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 45; i += 1) {
    const formats = phoneFormats();
    out.push(pick(PHONE_TEMPLATES).replace('{v}', mark('phone', formats[i % formats.length]!)));
  }
  // Prices, quantities and other numbers that look like national numbers.
  for (let i = 0; i < 12; i += 1) {
    const n = pick(['6', '7', '2']) + digits(8);
    out.push(
      pick([
        `Cena ${grouped(n, [3, 3, 3])} Kč je konečná.`,
        `Objednávka ${n} byla odeslána.`,
        `Invoice ${n} is attached.`,
        `Rozpočet ${grouped(n, [3, 3, 3])} CZK schválen.`,
        `Číslo zásilky ${n}.`,
      ]),
    );
  }
  return out;
}

const FIRST = ['jana', 'petr', 'lucie', 'tomas', 'eva', 'ondrej', 'john', 'mary', 'kevin', 'sarah'];
const LAST = ['novak', 'svobodova', 'dvorak', 'cerna', 'kucera', 'smith', 'brown'];
const DOMAINS = ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz', 'outlook.com', 'firma.co.uk', 'post.sk', 'example.org'];
const EMAIL_TEMPLATES = ['Můj e-mail je {v}.', 'Please use {v} from now on.', 'Pište na {v}, děkuji.', 'e-mail: {v}', 'Send it to {v}!'];

function emailSentences(): string[] {
  return Array.from({ length: 30 }, (_, i) => {
    const local = pick([`${pick(FIRST)}.${pick(LAST)}`, `${pick(FIRST)}${Math.floor(random() * 100)}`, `${pick(FIRST)}_${pick(LAST)}`, `${pick(FIRST)}+shop`]);
    const value = `${i % 7 === 0 ? local.toUpperCase() : local}@${pick(DOMAINS)}`;
    return pick(EMAIL_TEMPLATES).replace('{v}', mark('email', value));
  });
}

export const GENERATED_SENTENCES: readonly string[] = [...cardSentences(), ...ibanSentences(), ...birthSentences(), ...phoneSentences(), ...emailSentences()];
