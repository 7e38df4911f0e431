/**
 * Sort keys that order like the browser's collator under plain byte comparison (`COLLATE "C"`).
 *
 * The client sorts text with `Intl.Collator(locale, { numeric: true })`. Ordering by an ICU
 * collation inside PostgreSQL would depend on the database's ICU build: PGlite ships only the root
 * collation (no Czech "ch", no numeric ordering) and a server's ICU version need not match the
 * browser's. So the server computes the key in JavaScript when it writes a row, from weights it
 * reads off the runtime's own collator, and the database only compares strings byte by byte.
 *
 * A key has three levels, as the collator compares them: primary (letters, Czech č ř š ž and "ch"
 * as letters of their own, digit runs by numeric value, punctuation below digits below letters),
 * then accents, then case. Each level is one character per collation element; levels are joined
 * by U+0001, which is below every weight, so a shorter string sorts first at each level.
 */

const LEVEL_SEPARATOR = '\u0001';
/** Weights are encoded as characters from here up (above the separator, below surrogates). */
const WEIGHT_BASE = 0x20;

/** Characters whose weights are read off the collator: ASCII, Latin-1 and Latin Extended-A. */
function alphabet(): string[] {
  const chars: string[] = [];
  for (let code = 0x20; code <= 0x7e; code++) chars.push(String.fromCharCode(code));
  for (let code = 0xc0; code <= 0x17f; code++) chars.push(String.fromCharCode(code));
  return chars;
}

interface Weights {
  primary: string;
  secondary: string;
  tertiary: string;
}

interface CollationTable {
  /** Single characters and contractions (Czech "ch") to their weights; ignorable ones map to `null`. */
  units: Map<string, Weights | null>;
  /** Two-character contractions, by their first character. */
  contractions: Map<string, string[]>;
  /**
   * `units` of single characters by char code, for the codes the table covers: a bulk load keys
   * millions of names, e-mails and URLs, and two map lookups per character were a tenth of its
   * JavaScript time. A hole (`undefined`) is a character outside the table, as in `units`.
   */
  byCode: (Weights | null | undefined)[];
  /** Whether a contraction starts with the character of this code. */
  startsContraction: boolean[];
  /** Primary weight of every digit run (its value follows), and of characters outside the table. */
  digitPrimary: string;
  unknownPrimary: number;
  cache: Map<string, string>;
}

const TABLES = new Map<string, CollationTable>();

/** Groups `items` (sorted by `full`) into runs that `coarse` calls equal, numbering the runs. */
function rankRuns(items: readonly string[], coarse: Intl.Collator): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = -1;
  items.forEach((item, i) => {
    if (i === 0 || coarse.compare(items[i - 1]!, item) !== 0) rank++;
    ranks.set(item, rank);
  });
  return ranks;
}

function weightChar(rank: number): string {
  return String.fromCharCode(WEIGHT_BASE + rank);
}

function buildTable(locale: string): CollationTable {
  const make = (sensitivity: Intl.CollatorOptions['sensitivity']) => new Intl.Collator(locale, { numeric: true, sensitivity });
  const [base, accent, variant] = [make('base'), make('accent'), make('variant')];
  const candidates = alphabet().filter((char) => !/\d/.test(char));
  // A contraction is a pair the collator orders as a letter of its own (Czech "ch" after "h").
  const pairs = ['ch', 'Ch', 'cH', 'CH'].filter((pair) => base.compare(pair, 'hz') > 0 && base.compare(pair, 'i') < 0);
  const units = [...candidates, ...pairs, '0'];
  const ignorable = new Set(units.filter((unit) => variant.compare(unit, '') === 0));
  const sorted = units.filter((unit) => !ignorable.has(unit)).sort(variant.compare);
  const primaries = rankRuns(sorted, base);
  const table: CollationTable = {
    units: new Map(),
    contractions: new Map(),
    digitPrimary: weightChar(primaries.get('0')!),
    unknownPrimary: WEIGHT_BASE + primaries.size + 1,
    cache: new Map(),
    byCode: [],
    startsContraction: [],
  };
  // Accent and case ranks only matter among units of one primary, so they are numbered per group.
  const groups = new Map<number, string[]>();
  for (const unit of sorted) {
    const primary = primaries.get(unit)!;
    const group = groups.get(primary) ?? [];
    group.push(unit);
    groups.set(primary, group);
  }
  for (const [primary, group] of groups) {
    const secondaries = rankRuns(group, accent);
    for (const unit of group) {
      const sameAccent = group.filter((other) => secondaries.get(other) === secondaries.get(unit));
      const tertiary = rankRuns(sameAccent, variant).get(unit)!;
      table.units.set(unit, { primary: weightChar(primary), secondary: weightChar(secondaries.get(unit)!), tertiary: weightChar(tertiary) });
    }
  }
  for (const unit of ignorable) table.units.set(unit, null);
  for (const pair of pairs) {
    const list = table.contractions.get(pair[0]!) ?? [];
    list.push(pair);
    table.contractions.set(pair[0]!, list);
  }
  const size = Math.max(...[...table.units.keys()].map((unit) => unit.charCodeAt(0))) + 1;
  table.byCode = Array.from({ length: size }, (_, code) => table.units.get(String.fromCharCode(code)));
  table.startsContraction = Array.from({ length: size }, (_, code) => table.contractions.has(String.fromCharCode(code)));
  return table;
}

function tableFor(locale: string): CollationTable {
  let table = TABLES.get(locale);
  if (!table) {
    table = buildTable(locale);
    TABLES.set(locale, table);
  }
  return table;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The byte-comparable sort key of `text` in `locale`; `undefined` and `''` have none (the engine
 * sorts them last, in either direction, and so does the compiled SQL).
 */
export function collationKey(text: string | undefined, locale: string): string | null {
  if (text === undefined || text === '') return null;
  const table = tableFor(locale);
  // Bulk loads repeat the same names, operators, channels and URLs millions of times.
  let key = table.cache.get(text);
  if (key === undefined) {
    key = computeKey(text, table);
    if (table.cache.size >= MAX_CACHED_KEYS) table.cache.clear();
    table.cache.set(text, key);
  }
  return key;
}

const MAX_CACHED_KEYS = 100_000;

function computeKey(text: string, table: CollationTable): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  const common = weightChar(0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      // Numeric collation: a digit run weighs by its value; leading zeros do not count.
      let end = i;
      while (end < text.length && isDigit(text.charCodeAt(end))) end++;
      let first = i;
      while (first < end - 1 && text.charCodeAt(first) === 0x30) first++;
      primary += table.digitPrimary + weightChar(end - first) + text.slice(first, end);
      secondary += common;
      tertiary += common;
      i = end - 1;
      continue;
    }
    const pair = table.startsContraction[code] ? table.contractions.get(text[i]!)!.find((candidate) => text.startsWith(candidate, i)) : undefined;
    const weights = pair ? table.units.get(pair) : table.byCode[code];
    if (pair) i++;
    if (weights === null) continue;
    if (weights === undefined) {
      // Outside the table: after every known letter, by code point. Approximate, and rare in
      // contact-centre data (the table covers Latin scripts).
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      primary += String.fromCodePoint(table.unknownPrimary + point);
      secondary += common;
      tertiary += common;
      continue;
    }
    primary += weights.primary;
    secondary += weights.secondary;
    tertiary += weights.tertiary;
  }
  return primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary;
}
