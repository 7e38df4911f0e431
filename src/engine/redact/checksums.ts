/**
 * The check digits that tell a real identifier from a number that merely looks like one: Luhn for
 * payment cards, ISO 13616 mod-97 for IBANs, and the date and mod-11 rules of Czech and Slovak
 * birth numbers. Each takes the bare characters (separators already removed).
 */

/** Luhn (ISO/IEC 7812): every second digit from the right doubled; the sum divides by 10. */
export function passesLuhn(digits: string): boolean {
  const values: number[] = [];
  for (let i = 0; i < digits.length; i += 1) values.push(digits.charCodeAt(i) - 48);
  return passesLuhnValues(values, values.length);
}

/** Luhn over the first `length` digit values (0–9) of `values`, for callers that read digits as numbers. */
export function passesLuhnValues(values: ArrayLike<number>, length: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = length - 1; i >= 0; i -= 1) {
    let digit = values[i]!;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Lengths of the IBANs people in this library's markets meet most (ISO 13616 registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21,
  MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, RS: 22, SE: 24, SI: 19, SK: 24, SM: 27,
  TR: 26, UA: 29,
};

/** ISO 13616: move the first four characters to the end, letters to 10–35, the number mod 97 is 1. */
export function passesIbanChecksum(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i += 1) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

/** Upper-case letters and digits of one IBAN candidate, rearranged in place of a string per candidate. */
const ibanCodes = new Uint8Array(34);

/**
 * `passesIbanChecksum` of `text` from `start` to `end` with its spaces (also no-break) left out
 * and its letters upper-cased, read on character codes: the IBAN detector checks every candidate
 * end of every IBAN-shaped run, and building the compact string was most of its cost.
 */
export function passesIbanChecksumSpaced(text: string, start: number, end: number): boolean {
  let length = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 0xa0) continue;
    const upper = code >= 97 && code <= 122 ? code - 32 : code;
    if (length === ibanCodes.length || !((upper >= 48 && upper <= 57) || (upper >= 65 && upper <= 90))) return false;
    ibanCodes[length] = upper;
    length += 1;
  }
  if (length < 15) return false;
  let remainder = 0;
  for (let k = 4; k < length + 4; k += 1) {
    const code = ibanCodes[k < length ? k : k - length]!;
    remainder = code <= 57 ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97;
  }
  return remainder === 1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, Gregorian; arithmetic, not a `Date` per candidate. */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

/** The two digits at `index` as a number. */
function twoDigits(digits: string, index: number): number {
  return (digits.charCodeAt(index) - 48) * 10 + digits.charCodeAt(index + 1) - 48;
}

/**
 * A Czech/Slovak birth number (rodné číslo) `YYMMDD` + 3 or 4 digits, no slash:
 * - 9 digits: issued before 1954, no check digit (year 1900–1953);
 * - 10 digits: year ≥ 54 → 19YY, else 20YY (never in the future); the number divides by 11, or —
 *   before 1986 — the first nine give remainder 10 and the check digit is 0;
 * - month +50 for women; from 2004 also +20 (men) and +70 (women) when a day's numbers ran out.
 */
export function isBirthNumber(digits: string, currentYear = new Date().getUTCFullYear()): boolean {
  if (digits.length !== 9 && digits.length !== 10) return false;
  // Read as char codes (no slices, no Number parsing): the export checks every candidate.
  for (let i = 0; i < digits.length; i += 1) {
    const code = digits.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  const yy = twoDigits(digits, 0);
  let month = twoDigits(digits, 2);
  const day = twoDigits(digits, 4);
  let year: number;
  if (digits.length === 9) {
    if (yy >= 54) return false;
    year = 1900 + yy;
  } else {
    year = yy >= 54 ? 1900 + yy : 2000 + yy;
    if (year > currentYear) return false;
  }
  if (month > 70 && year >= 2004) month -= 70;
  else if (month > 50) month -= 50;
  else if (month > 20 && year >= 2004) month -= 20;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (digits.length === 9) return true;
  // The number and its first nine digits modulo 11, digit by digit (exact, like `Number(digits) % 11`).
  let firstNine = 0;
  for (let i = 0; i < 9; i += 1) firstNine = (firstNine * 10 + digits.charCodeAt(i) - 48) % 11;
  const whole = (firstNine * 10 + digits.charCodeAt(9) - 48) % 11;
  if (whole === 0) return true;
  return year < 1986 && firstNine === 10 && digits[9] === '0';
}
