/**
 * One look at a text that tells the redactor which detectors could find anything in it, so most
 * texts are let through after a single native scan and the rest run only the detectors whose
 * shape is there (a card needs 13 digits in a row, a Czech phone 9, an IBAN two letters and two
 * digits…). Every test here is a necessary condition of the detector's own pattern, never a
 * guess: skipping a detector never changes what is found, only what it costs.
 */

/**
 * Nothing a built-in detector finds can lack all of these (a digit, `@`, `(at)`-style brackets,
 * `:` of a URL or IPv6); a URL without a scheme starts `www.`, looked for separately. One
 * character class is the fastest scan V8 has for this (a JS loop or an alternation is 2–4× slower).
 * Global, and asked with `test`: where it stopped is in `lastIndex`, with no match array made
 * (`search` costs twice as much per text, most of which hold nothing).
 */
const MIGHT_HOLD_DATA = /[0-9@:([{]/g;

/** What the detectors need to know of a text; one object per redactor, filled for each text. */
export class TextShape {
  /** ASCII digits in the text. */
  digits = 0;
  /** Index of the first digit, -1 without one. */
  firstDigit = -1;
  /** Most digits in a row (no separator). */
  longestRun = 0;
  /** Most digits in a row when one separator (space, no-break space, `.`, `-`, `/`) may sit between two. */
  longestSpacedRun = 0;
  /** A digit, `.`, a digit somewhere (an IPv4 address has three). */
  digitDotDigit = false;
  /** Two ASCII letters and two digits, the start of every IBAN. */
  ibanStart = false;
  /** A `+` after the first digit-or-marker (an international phone number's sign). */
  plus = false;
  /** An `@` (an e-mail address). */
  at = false;
  /** `(`, `[` or `{` (an `(at)`-style spelled e-mail address). */
  bracket = false;
  /** A `:` (a URL's scheme, an IPv6 address). */
  colon = false;
  /** Two zeros in a row (`00`, how an international number may start). */
  doubleZero = false;

  /**
   * Fills the shape; false when no built-in detector can find anything in the text (the common
   * case, decided by one native scan).
   */
  read(text: string): boolean {
    MIGHT_HOLD_DATA.lastIndex = 0;
    if (MIGHT_HOLD_DATA.test(text)) {
      this.measureDigits(text, MIGHT_HOLD_DATA.lastIndex - 1);
      return true;
    }
    if (!text.includes('www.') && !text.includes('WWW.')) return false;
    this.measureDigits(text, text.length);
    return true;
  }

  private measureDigits(text: string, from: number): void {
    let digits = 0;
    let firstDigit = -1;
    let lastDigit = -3;
    let run = 0;
    let spacedRun = 0;
    let longestRun = 0;
    let longestSpacedRun = 0;
    let digitDotDigit = false;
    let ibanStart = false;
    // A `+` may sit right before the first marker the search found (`+420…`): look one back.
    let plus = from > 0 && text.charCodeAt(from - 1) === 43;
    let at = false;
    let bracket = false;
    let colon = false;
    let doubleZero = false;
    for (let i = from; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) {
        if (code === 43) plus = true;
        else if (code === 64) at = true;
        else if (code === 58) colon = true;
        else if (code === 40 || code === 91 || code === 123) bracket = true;
        continue;
      }
      digits += 1;
      if (firstDigit < 0) firstDigit = i;
      if (lastDigit === i - 1) {
        if (code === 48 && text.charCodeAt(i - 1) === 48) doubleZero = true;
        run += 1;
        spacedRun += 1;
        // Two letters, then this digit and the one before: how an IBAN starts.
        if (run === 2 && !ibanStart && isAsciiLetter(text.charCodeAt(i - 2)) && isAsciiLetter(text.charCodeAt(i - 3))) ibanStart = true;
      } else {
        run = 1;
        const between = lastDigit === i - 2 ? text.charCodeAt(i - 1) : -1;
        spacedRun = isSpacer(between) ? spacedRun + 1 : 1;
        if (between === 46) digitDotDigit = true;
      }
      if (run > longestRun) longestRun = run;
      if (spacedRun > longestSpacedRun) longestSpacedRun = spacedRun;
      lastDigit = i;
    }
    this.digits = digits;
    this.firstDigit = firstDigit;
    this.longestRun = longestRun;
    this.longestSpacedRun = longestSpacedRun;
    this.digitDotDigit = digitDotDigit;
    this.ibanStart = ibanStart;
    this.plus = plus;
    this.at = at;
    this.bracket = bracket;
    this.colon = colon;
    this.doubleZero = doubleZero;
  }
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/** Space, no-break space, `.`, `-`, `/`: what the number patterns allow between two digits. */
function isSpacer(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 46 || code === 45 || code === 47;
}
