/**
 * One look at a text that tells the redactor which detectors could find anything in it, so most
 * texts are let through after a single native scan and the rest run only the detectors whose
 * shape is there (a card needs 13 digits in a row, a Czech phone 9, an IBAN two letters and two
 * digits…). Every test here is a necessary condition of the detector's own pattern, never a
 * guess: skipping a detector never changes what is found, only what it costs.
 */
import { isAsciiDigit, isWordChar } from './found.js';

/**
 * Nothing a built-in detector finds can lack all of these (a digit, `@`, `(at)`-style brackets,
 * `:` of a URL or IPv6, the `?` that starts a URL's hidden query); a `www.` address needs a `?` or
 * a `#` for anything of it to be hidden (its path is only kept from the number detectors, which
 * need a digit), so without these only a `#` and a `www.` are looked for. One character class is
 * the fastest scan V8 has for this (a JS loop or an alternation is 2–4× slower; adding `#` to the
 * class, oddly, doubles its cost in Chromium 150, where `?` costs nothing).
 * Global, and asked with `test`: where it stopped is in `lastIndex`, with no match array made
 * (`search` costs twice as much per text, most of which hold nothing).
 */
const MIGHT_HOLD_DATA = /[0-9@:([{?]/g;

/**
 * True when `text` between `from` and `to` holds a character without which no built-in detector
 * finds anything (see `MIGHT_HOLD_DATA`; a `#` is the caller's to look for).
 */
export function holdsMarkerBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  MIGHT_HOLD_DATA.lastIndex = from;
  return MIGHT_HOLD_DATA.test(text) && MIGHT_HOLD_DATA.lastIndex <= to;
}

/**
 * Where the text's first character of the class is: -1 when no built-in detector can find
 * anything in it (most texts, decided by one native scan), the text's length when only a `#` and
 * a `www.` are there (an address's fragment may be hidden).
 */
export function firstMarker(text: string): number {
  MIGHT_HOLD_DATA.lastIndex = 0;
  if (MIGHT_HOLD_DATA.test(text)) return MIGHT_HOLD_DATA.lastIndex - 1;
  return text.includes('#') && (text.includes('www.') || text.includes('WWW.')) ? text.length : -1;
}

/** What the detectors need to know of a text; one object per redactor, filled for each text. */
export class TextShape {
  /** Where reading started (the text's `firstMarker`): no character of the class lies before it. */
  first = -1;
  /** ASCII digits in the text. */
  digits = 0;
  /** Index of the first digit, -1 without one. */
  firstDigit = -1;
  /**
   * A free-standing cluster (digits with at most one space, `.`, `-` or `/` between two, nothing
   * word-like or `+` right before it) of exactly nine digits: a Czech national number is one whole
   * cluster, as its pattern, look-ahead and `joinsPrevious` together demand.
   */
  czechCluster = false;
  /** A free-standing cluster of exactly ten digits starting `0` (a Slovak national number). */
  slovakCluster = false;
  /**
   * A free-standing run of 13 or more digits with at most one space or `-` between two, starting
   * 2–6 (a card's issuer digit): every card the card pattern accepts starts such a run, unless the
   * run is longer than the pattern reaches (23 digits).
   */
  cardRun = false;
  /**
   * Ten digits in a row, or six followed by `/`, `-`, `_` or a space and `/`: the two shapes of a
   * birth number (the pattern rejects a longer run, since a digit may sit on neither side).
   */
  birthShape = false;
  /** Four groups of digits joined by three dots (an IPv4 address). */
  dottedQuad = false;
  /** Two ASCII letters and two digits, the start of every IBAN. */
  ibanStart = false;
  /** A `+` right before a digit (the sign of an international phone number, whose pattern puts a digit right after it). */
  plus = false;
  /** An `@` (an e-mail address). */
  at = false;
  /** How many `@` the text holds (with `digits`, what a repeat of a found value needs). */
  ats = 0;
  /** `(`, `[` or `{` (an `(at)`-style spelled e-mail address). */
  bracket = false;
  /** A `:` (a URL's scheme, an IPv6 address). */
  colon = false;
  /** How many `:` the text holds (an IPv6 address holds at least two). */
  colons = 0;
  /** A `?` (a URL's query). */
  question = false;
  /** A free-standing cluster starting `00` (how an international number may start). */
  doubleZero = false;

  /**
   * Fills the shape, reading digits and markers from `from` (the text's `firstMarker`) on. Within
   * a number the next character is read directly; past it the class search jumps to the next
   * digit or marker, so the words between numbers cost a native scan, not a step of this loop each.
   */
  read(text: string, from: number): void {
    let digits = 0;
    let firstDigit = -1;
    let lastDigit = -3;
    // The run (no separator), cluster (number separators) and card run (space or `-`) being read, and where they started.
    let run = 0;
    let cluster = 0;
    let clusterStart = -1;
    let cardRun = 0;
    let cardStart = -1;
    let dots = 0;
    this.czechCluster = false;
    this.slovakCluster = false;
    this.cardRun = false;
    this.birthShape = false;
    let dottedQuad = false;
    let ibanStart = false;
    let plus = false;
    let ats = 0;
    let bracket = false;
    let colons = 0;
    let question = false;
    let doubleZero = false;
    this.first = from;
    const length = text.length;
    let i = from;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) {
        // The class's other members.
        if (code === 64) ats += 1;
        else if (code === 58) colons += 1;
        else if (code === 63) question = true;
        else bracket = true;
      } else {
        // A run of digits, read whole: a tight loop over its digits, the bookkeeping once per run.
        let end = i + 1;
        while (isAsciiDigit(text.charCodeAt(end))) end += 1;
        const runLength = end - i;
        digits += runLength;
        if (firstDigit < 0) firstDigit = i;
        if (lastDigit >= 0) this.runEnds(text, lastDigit, run);
        run = runLength;
        // Two letters, then two digits: how an IBAN starts.
        if (runLength >= 2 && !ibanStart && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i - 2))) ibanStart = true;
        const before = text.charCodeAt(i - 1);
        // An international number's `+` stands right before its first digit.
        if (before === 43) plus = true;
        const between = lastDigit === i - 2 ? before : -1;
        if (isSpacer(between)) cluster += runLength;
        else {
          if (clusterStart >= 0) this.clusterEnds(text, clusterStart, cluster);
          cluster = runLength;
          clusterStart = i;
          if (code === 48 && text.charCodeAt(i + 1) === 48 && !joinsBefore(text, i)) doubleZero = true;
        }
        if (between === 32 || between === 0xa0 || between === 45) cardRun += runLength;
        else {
          if (cardStart >= 0) this.cardRunEnds(text, cardStart, cardRun);
          cardRun = runLength;
          cardStart = i;
        }
        dots = between === 46 ? dots + 1 : 0;
        if (dots === 3) dottedQuad = true;
        lastDigit = end - 1;
        // One separator and a digit: the number goes on; anything else, the class search takes over.
        if (isSpacer(text.charCodeAt(end)) && isAsciiDigit(text.charCodeAt(end + 1))) {
          i = end + 1;
          continue;
        }
        i = end - 1;
      }
      MIGHT_HOLD_DATA.lastIndex = i + 1;
      if (!MIGHT_HOLD_DATA.test(text)) break;
      i = MIGHT_HOLD_DATA.lastIndex - 1;
    }
    if (lastDigit >= 0) {
      this.runEnds(text, lastDigit, run);
      this.clusterEnds(text, clusterStart, cluster);
      this.cardRunEnds(text, cardStart, cardRun);
    }
    this.digits = digits;
    this.firstDigit = firstDigit;
    this.dottedQuad = dottedQuad;
    this.ibanStart = ibanStart;
    this.plus = plus;
    this.at = ats > 0;
    this.ats = ats;
    this.bracket = bracket;
    this.colon = colons > 0;
    this.colons = colons;
    this.question = question;
    this.doubleZero = doubleZero;
  }

  /** A run of `length` digits ended at `last`. */
  private runEnds(text: string, last: number, length: number): void {
    if (length === 10) this.birthShape = true;
    else if (length === 6) {
      const next = text.charCodeAt(last + 1);
      if (next === 47 || next === 45 || next === 95 || ((next === 32 || next === 0xa0) && text.charCodeAt(last + 2) === 47)) this.birthShape = true;
    }
  }

  private clusterEnds(text: string, start: number, length: number): void {
    if ((length !== 9 && length !== 10) || joinsBefore(text, start)) return;
    if (length === 9) this.czechCluster = true;
    else if (text.charCodeAt(start) === 48) this.slovakCluster = true;
  }

  private cardRunEnds(text: string, start: number, length: number): void {
    const first = text.charCodeAt(start);
    if (length >= 13 && first >= 50 && first <= 54 && !isWordChar(text, start - 1)) this.cardRun = true;
    // The card pattern stops after 23 digits and searches on from there: past it, a card may start mid-run.
    else if (length > 23) this.cardRun = true;
  }
}

/** A letter, digit or `+` right before a cluster's first digit joins it to a word (`joinsPrevious` of the phone patterns). */
function joinsBefore(text: string, start: number): boolean {
  return isWordChar(text, start - 1) || text.charCodeAt(start - 1) === 43;
}


function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/** Space, no-break space, `.`, `-`, `/`: what the number patterns allow between two digits. */
function isSpacer(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 46 || code === 45 || code === 47;
}
