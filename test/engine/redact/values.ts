/** Valid (and deliberately invalid) identifiers for the redaction corpus, built from their check rules. */
import { passesLuhn } from '../../../src/engine/redact/index.js';

/** A card number: `prefix`, filler digits from `seed`, and the Luhn check digit. */
export function cardNumber(prefix: string, length: number, seed: number): string {
  let body = prefix;
  let state = seed;
  while (body.length < length - 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    body += String(state % 10);
  }
  for (let check = 0; check < 10; check += 1) if (passesLuhn(body + check)) return body + check;
  throw new Error('unreachable');
}

/** The same digits with the check digit off by one: a look-alike that must be left alone. */
export function breakLastDigit(number: string): string {
  const last = Number(number.at(-1));
  return number.slice(0, -1) + String((last + 1) % 10);
}

/** Groups digits as people write them (`4242 4242 4242 4242`, `3782 822463 10005`). */
export function grouped(digits: string, sizes: readonly number[], separator = ' '): string {
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) groups.push(digits.slice(at));
  return groups.join(separator);
}

function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** An IBAN for `country` and `bban`, with its check digits computed. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** An IBAN printed in groups of four. */
export function ibanPrinted(value: string): string {
  return value.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * A ten-digit birth number: date, +50 for women, +20 for the post-2004 extension, and the
 * serial's last digit chosen so the whole divides by 11 (a serial giving remainder 10 is skipped).
 */
export function birthNumber(year: number, month: number, day: number, options: { woman?: boolean; extended?: boolean; serial?: number } = {}): string {
  const mm = month + (options.woman ? 50 : 0) + (options.extended ? 20 : 0);
  const head = `${String(year % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  let serial = options.serial ?? 123;
  for (;;) {
    const first9 = head + String(serial % 1000).padStart(3, '0');
    for (let check = 0; check < 10; check += 1) if (Number(first9 + check) % 11 === 0) return first9 + check;
    serial += 1;
  }
}

export const withSlash = (value: string) => `${value.slice(0, 6)}/${value.slice(6)}`;
