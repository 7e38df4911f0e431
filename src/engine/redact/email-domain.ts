/**
 * The e-mail domain pattern's answer, read on character codes where the domain is plain ASCII
 * (nearly every address): the Unicode pattern was the e-mail detector's biggest cost. Where the
 * text holds anything past ASCII the pattern itself decides, so what is found never changes.
 *
 * The pattern (`email.ts`) is labels, each followed by a dot, then a top-level domain of 2–24
 * letters that no letter, digit or hyphen follows, nor a dot and a letter or digit. Labels hold
 * no dot, so each is a whole dot-separated segment; the top-level domain must be a whole segment
 * too (the letter after a shorter one would fail the look-ahead). Backtracking tries the most
 * labels first, so the match ends after the last segment that follows only valid labels and
 * passes as a top-level domain.
 */

const MAX_LABEL = 63;
const MIN_TOP = 2;
const MAX_TOP = 24;

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

function isLetterOrDigit(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}

/** A segment the label pattern takes whole: 1–63 letters, digits and hyphens, a letter or digit at both ends. */
function isLabel(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 1 && length <= MAX_LABEL && isLetterOrDigit(text.charCodeAt(start)) && isLetterOrDigit(text.charCodeAt(end - 1));
}

function isTopLevel(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < MIN_TOP || length > MAX_TOP) return false;
  for (let i = start; i < end; i += 1) if (!isLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Length of the domain the pattern matches at `from` (-1: none), or `undefined` when the domain
 * part there reaches a character past ASCII (then only the Unicode pattern can say).
 */
export function asciiDomainLength(text: string, from: number): number | undefined {
  let end = from;
  for (; end < text.length; end += 1) {
    const code = text.charCodeAt(end);
    if (!isLetterOrDigit(code) && code !== 45 && code !== 46) {
      if (code >= 0x80) return undefined;
      break;
    }
  }
  let best = -1;
  let segmentStart = from;
  // Whether every segment so far is a label (and so may stand before a top-level domain).
  let labelsSoFar = true;
  let labels = 0;
  for (let i = from; i <= end && labelsSoFar; i += 1) {
    if (i < end && text.charCodeAt(i) !== 46) continue;
    // A segment [segmentStart, i) ends at a dot or at the end of the domain part.
    if (labels > 0 && isTopLevel(text, segmentStart, i)) {
      // After a dot, a letter or digit would fail the look-ahead (what follows the domain part cannot).
      const afterDot = i < end ? text.charCodeAt(i + 1) : NaN;
      if (i === end || i + 1 === end || !isLetterOrDigit(afterDot)) best = i - from;
    }
    if (i === end) break;
    labelsSoFar = isLabel(text, segmentStart, i);
    labels += 1;
    segmentStart = i + 1;
  }
  return best;
}
