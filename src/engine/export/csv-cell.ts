/**
 * One CSV cell: formula neutralising (Excel/LibreOffice "CSV injection"), the cell length cap,
 * and RFC 4180 quoting. Kept apart from row assembly so each rule is testable on its own.
 */

export type CsvDelimiter = ',' | ';';

/** Excel's hard limit is 32,767; a margin leaves room for the marker and the neutralising `'`. */
export const DEFAULT_MAX_CELL_LENGTH = 32_000;

/**
 * Characters that make a spreadsheet read a text cell as a formula (or, for TAB/CR/LF, let a
 * formula hide behind an invisible start): `= + - @`, TAB, CR, LF and the full-width `＝ ＋ － ＠`,
 * which some spreadsheet locales fold to their ASCII forms.
 */
function isFormulaTrigger(code: number): boolean {
  switch (code) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // TAB
    case 0x0d: // CR
    case 0x0a: // LF
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
      return true;
    default:
      return false;
  }
}

/**
 * Characters a spreadsheet may drop, trim or not display before the first visible one: controls
 * (C0 with NUL, DEL, C1), format and zero-width characters (ZWSP, ZWJ, bidi marks, BOM, soft
 * hyphen, word joiner, tag characters), other default-ignorable code points (variation selectors,
 * Hangul fillers) and spaces and separators of every kind. LibreOffice drops a leading NUL and
 * then reads `=1+1` as a formula, so each of these counts as leading space (OWASP ASVS 5.0).
 */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}]$/u;

function isInvisibleLead(codePoint: number): boolean {
  // ASCII decided without the regex: controls, space and DEL are invisible, the rest is text.
  if (codePoint < 0x80) return codePoint <= 0x20 || codePoint === 0x7f;
  // Latin-1 letters and Latin Extended (Czech names: Č, Š, Ž…) are visible, but for the soft hyphen.
  if (codePoint > 0xa0 && codePoint < 0x300) return codePoint === 0xad;
  return INVISIBLE.test(String.fromCodePoint(codePoint));
}

/**
 * True when a text cell would start a formula. Decision: invisible leading characters do not make
 * a value safe (` =1+1`, `\0=1+1`, `\u200b=1+1` are neutralised), because importers trim or drop
 * them before parsing; only a value whose first visible character is a trigger is changed, so
 * ordinary text is left alone.
 */
export function isFormulaLike(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const codePoint = text.codePointAt(i)!;
    if (isFormulaTrigger(codePoint)) return true;
    if (!isInvisibleLead(codePoint)) return false;
    if (codePoint > 0xffff) i += 1;
  }
  return false;
}

/** Prefixes `'` so the spreadsheet shows the text instead of evaluating it. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * Cuts `text` to at most `max` UTF-16 units including `marker`; `undefined` when it already fits.
 * Never cuts between the two halves of a surrogate pair (an emoji stays whole or goes whole).
 */
export function truncateCell(text: string, max: number, marker: string): string | undefined {
  if (text.length <= max) return undefined;
  let cut = Math.max(0, max - marker.length);
  const before = text.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + marker;
}

const NEEDS_QUOTES = { ',': /[",\r\n]/, ';': /[";\r\n]/ } as const;
const QUOTE = /"/g;

/** RFC 4180: a field with the delimiter, a quote, CR or LF is quoted and its quotes doubled. */
export function quoteCsvField(text: string, delimiter: CsvDelimiter): string {
  if (!NEEDS_QUOTES[delimiter].test(text)) return text;
  return `"${text.includes('"') ? text.replace(QUOTE, '""') : text}"`;
}

/** A number as a spreadsheet reads it: `-5` stays a negative number, never neutralised. */
export function formatCsvNumber(value: number, decimalComma: boolean): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return decimalComma && !Number.isInteger(value) ? text.replace('.', ',') : text;
}

/**
 * Encodes cells with fixed settings. `wasTruncated` tells the row writer whether the last text
 * cell was cut (a flag instead of a result object: two million cells should not allocate).
 */
export class CsvCellEncoder {
  wasTruncated = false;
  private readonly needsQuotes: RegExp;

  constructor(
    private readonly delimiter: CsvDelimiter,
    private readonly maxLength: number,
    private readonly marker: string,
    private readonly decimalComma: boolean,
  ) {
    this.needsQuotes = NEEDS_QUOTES[delimiter];
  }

  /** Neutralise → cap length → quote: the whole path of one untrusted text value. */
  text(text: string): string {
    let value = text;
    // Fast path: a cell starting with an ASCII letter or digit can be neither a formula nor
    // invisible (0x7f and above include DEL and the C1 controls: those take the full check).
    const first = value.charCodeAt(0);
    if (!(first > 0x40 && first < 0x7f) && !(first >= 0x30 && first <= 0x39)) value = neutraliseFormula(value);
    this.wasTruncated = false;
    if (value.length > this.maxLength) {
      value = truncateCell(value, this.maxLength, this.marker)!;
      this.wasTruncated = true;
    }
    if (!this.needsQuotes.test(value)) return value;
    return `"${value.includes('"') ? value.replace(QUOTE, '""') : value}"`;
  }

  number(value: number): string {
    this.wasTruncated = false;
    return formatCsvNumber(value, this.decimalComma);
  }

  get separator(): CsvDelimiter {
    return this.delimiter;
  }
}
