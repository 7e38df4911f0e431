/**
 * The whole view as a URL query string, so a view can be shared as a link:
 * `?mode=live&f.channel=in:whatsapp,phone&f.startedAt=time:today&sort=-startedAt&q=reklamace&cols=id,state`.
 * Serialising and parsing are exact inverses for every query; a hand-edited or truncated URL
 * parses to the parts that still make sense and never throws. The host decides whether to sync
 * it with `location`.
 */
import {
  DEFAULT_QUERY,
  TEXT_OPERATORS as TEXT_OPS,
  TIME_PRESETS as PRESETS,
  type ColumnFilter,
  type SessionQuery,
  type SortSpec,
  type TextOperator,
  type TimePreset,
} from '../../model/query.js';

export interface ViewState {
  query: SessionQuery;
  /** Visible column ids in order; `undefined` = the host's or the user's default. */
  columns?: string[];
  /** The open session (`session=<id>`), so a link opens it. */
  session?: string;
  /** The open session's detail tab (`session.tab=<tab>`); a name the detail does not know is ignored there. */
  sessionTab?: string;
}

const FILTER_PREFIX = 'f.';
/**
 * The escape character of the value grammar: `~` alone is an empty item, `~.` a comma inside an
 * item, `~~` a tilde, `~-` a leading minus in a sort column (never `~,`: `~,~` is two empty items). It is not a percent escape on purpose:
 * browsers, `URLSearchParams` and other code re-encode a value (`,` → `%2C`, space → `+`), and one
 * form decoding of the whole value must give back the same grammar text, so the structure can
 * never hide behind a percent sign.
 */
const ESCAPE = '~';

/** Escapes the grammar's structural characters inside one item. */
function escapeItem(text: string): string {
  return text === '' ? ESCAPE : text.replace(/[~,]/g, (c) => (c === ',' ? `${ESCAPE}.` : `${ESCAPE}${ESCAPE}`));
}

const ESCAPED: Readonly<Record<string, string>> = { '~': '~', '.': ',', '-': '-' };

function unescapeItem(text: string): string {
  if (text === ESCAPE) return '';
  // A `~` before anything else (a hand-edited link) stays a tilde.
  return text.replace(/~([~.-])/g, (_, c: string) => ESCAPED[c]!);
}

/** Splits on the commas that are not escaped; the parts keep their escapes. */
function splitList(text: string): string[] {
  if (text === '') return [];
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === ESCAPE && ESCAPED[text[i + 1] ?? ''] !== undefined) i += 1;
    else if (text[i] === ',') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function encodeList(items: readonly string[]): string {
  return items.map(escapeItem).join(',');
}

function decodeList(text: string): string[] {
  return splitList(text).map(unescapeItem);
}

/**
 * Percent-encodes a grammar text for the URL. `,` and `:` stay readable; `!'()*` are encoded too,
 * because chat apps and Markdown end a link at them.
 */
function encodeValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':');
}

/** One form decoding (`+` is a space, as `URLSearchParams` writes it); a broken escape keeps the raw text. */
function decodeValue(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function encodeFilter(filter: ColumnFilter): string | undefined {
  switch (filter.kind) {
    case 'time':
    {
      const bounds = `${numberText(filter.from)}..${numberText(filter.to)}`;
      if (filter.preset === undefined) return `time:${bounds}`;
      // Bounds beside a preset are kept (a preset wins when applied) so parsing gives back the same object.
      return filter.from === undefined && filter.to === undefined ? `time:${filter.preset}` : `time:${filter.preset}:${bounds}`;
    }
    case 'values':
      return `in:${encodeList(filter.values)}`;
    case 'text':
      return `${filter.op}:${escapeItem(filter.value ?? '')}`;
    case 'range':
      return `range:${numberText(filter.min)}..${numberText(filter.max)}`;
    case 'boolean':
      return `is:${filter.value}`;
    default:
      return undefined;
  }
}

function decodeFilter(text: string): ColumnFilter | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const kind = text.slice(0, colon);
  const payload = text.slice(colon + 1);
  if (kind === 'time') {
    const presetEnd = payload.indexOf(':');
    const presetText = presetEnd < 0 ? payload : payload.slice(0, presetEnd);
    const isPreset = (PRESETS as readonly string[]).includes(presetText);
    const filter: ColumnFilter = isPreset ? { kind: 'time', preset: presetText as TimePreset } : { kind: 'time' };
    if (isPreset && presetEnd < 0) return filter;
    const [from, to, extra] = (isPreset ? payload.slice(presetEnd + 1) : payload).split('..');
    if (extra !== undefined || to === undefined) return undefined;
    const fromValue = parseNumber(from);
    const toValue = parseNumber(to);
    if (fromValue !== undefined) filter.from = fromValue;
    if (toValue !== undefined) filter.to = toValue;
    return filter;
  }
  if (kind === 'in') return { kind: 'values', values: decodeList(payload) };
  if ((TEXT_OPS as readonly string[]).includes(kind)) {
    return { kind: 'text', op: kind as TextOperator, value: unescapeItem(payload) };
  }
  if (kind === 'range') {
    const [min, max, extra] = payload.split('..');
    if (extra !== undefined || max === undefined) return undefined;
    const filter: ColumnFilter = { kind: 'range' };
    const minValue = parseNumber(min);
    const maxValue = parseNumber(max);
    if (minValue !== undefined) filter.min = minValue;
    if (maxValue !== undefined) filter.max = maxValue;
    return filter;
  }
  if (kind === 'is' && (payload === 'true' || payload === 'false')) return { kind: 'boolean', value: payload === 'true' };
  return undefined;
}

function encodeSort(sort: readonly SortSpec[]): string {
  return sort
    .map((spec) => {
      // A column id that itself starts with "-" is escaped so it is not read as "descending".
      const column = escapeItem(spec.column).replace(/^-/, `${ESCAPE}-`);
      return spec.direction === 'desc' ? `-${column}` : column;
    })
    .join(',');
}

function decodeSort(text: string): SortSpec[] {
  if (text === '') return [];
  return splitList(text).map((item) =>
    item.startsWith('-') ? { column: unescapeItem(item.slice(1)), direction: 'desc' } : { column: unescapeItem(item), direction: 'asc' },
  );
}

function sameSort(a: readonly SortSpec[], b: readonly SortSpec[]): boolean {
  return a.length === b.length && a.every((spec, i) => spec.column === b[i]!.column && spec.direction === b[i]!.direction);
}

/** Serialises a view to a query string (without the leading `?`). Defaults are left out. */
export function viewStateToSearchParams(state: ViewState): string {
  const { query } = state;
  const pairs: string[] = [];
  if (query.mode !== DEFAULT_QUERY.mode) pairs.push(`mode=${encodeValue(query.mode)}`);
  for (const [columnId, filter] of Object.entries(query.filters)) {
    const encoded = filter ? encodeFilter(filter) : undefined;
    if (encoded !== undefined) pairs.push(`${FILTER_PREFIX}${encodeValue(escapeItem(columnId))}=${encodeValue(encoded)}`);
  }
  if (!sameSort(query.sort, DEFAULT_QUERY.sort)) pairs.push(`sort=${encodeValue(encodeSort(query.sort))}`);
  if (query.search !== '') pairs.push(`q=${encodeValue(query.search)}`);
  if (state.columns) pairs.push(`cols=${encodeValue(encodeList(state.columns))}`);
  if (state.session !== undefined) pairs.push(`session=${encodeValue(escapeItem(state.session))}`);
  if (state.session !== undefined && state.sessionTab !== undefined) pairs.push(`session.tab=${encodeValue(escapeItem(state.sessionTab))}`);
  return pairs.join('&');
}

/**
 * Parses a query string (with or without `?`) back to a view. Unknown keys and malformed
 * values are skipped; what is missing takes the default.
 */
export function viewStateFromSearchParams(search: string): ViewState {
  const query: SessionQuery = { mode: DEFAULT_QUERY.mode, filters: {}, sort: [...DEFAULT_QUERY.sort], search: '' };
  const state: ViewState = { query };
  const text = typeof search === 'string' ? search.replace(/^\?/, '') : '';
  for (const pair of text === '' ? [] : text.split('&')) {
    const equals = pair.indexOf('=');
    // Keys and values are form-decoded once, as `URLSearchParams` would: whoever re-encoded the
    // link (`%2C` for a comma, `+` for a space) is read the same as the links written here.
    const key = decodeValue(equals < 0 ? pair : pair.slice(0, equals));
    const value = decodeValue(equals < 0 ? '' : pair.slice(equals + 1));
    if (key === 'mode') {
      const mode = value;
      if (mode === 'live' || mode === 'history') query.mode = mode;
    } else if (key === 'sort') query.sort = decodeSort(value);
    else if (key === 'q') query.search = value;
    else if (key === 'cols') state.columns = decodeList(value);
    else if (key === 'session') state.session = unescapeItem(value);
    else if (key === 'session.tab') state.sessionTab = unescapeItem(value);
    else if (key.startsWith(FILTER_PREFIX) && key.length > FILTER_PREFIX.length) {
      const filter = decodeFilter(value);
      // defineProperty: a column id such as "__proto__" from a crafted link must stay a plain key.
      if (filter) Object.defineProperty(query.filters, unescapeItem(key.slice(FILTER_PREFIX.length)), { value: filter, enumerable: true, writable: true, configurable: true });
    }
  }
  // A tab means nothing without its session.
  if (state.session === undefined) delete state.sessionTab;
  return state;
}

/**
 * How much of a view may go into a URL. Ordinary servers refuse a request line past about 8 KB
 * (431), so a shared link with a 100 KB search would not even open.
 */
export interface UrlLimits {
  /** Characters of search text kept (and at most twice as many once encoded). */
  search: number;
  /** Encoded characters of any other value; a longer one is left out (a cut filter would mean something else). */
  value: number;
  /** Encoded characters of the view's part of the query string. */
  total: number;
}

export const DEFAULT_URL_LIMITS: UrlLimits = { search: 2000, value: 2000, total: 8000 };

export interface CappedSearchParams {
  /** The query string (without `?`) within the limits. */
  params: string;
  /** Keys shortened (`q`) or left out (`f.<column>`, `cols`, `sort`), so the UI can say so. */
  cut: string[];
}

/** The longest start of `text` within `maxChars` characters and `maxEncoded` encoded ones (never half a surrogate pair). */
function cutSearchText(text: string, maxChars: number, maxEncoded: number): string {
  let chars = 0;
  let encoded = 0;
  let end = 0;
  for (const char of text) {
    chars += char.length;
    encoded += encodeValue(char).length;
    if (chars > maxChars || encoded > maxEncoded) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * `viewStateToSearchParams` within `limits`: the search text is shortened, any other value longer
 * than `limits.value` is left out, and while the whole is longer than `limits.total` the longest
 * remaining filters or column lists go. The mode always stays.
 */
export function viewStateToCappedSearchParams(state: ViewState, limits: UrlLimits = DEFAULT_URL_LIMITS): CappedSearchParams {
  const cut: string[] = [];
  const search = cutSearchText(state.query.search, limits.search, limits.search * 2);
  if (search !== state.query.search) cut.push('q');
  const pairs = viewStateToSearchParams({ ...state, query: { ...state.query, search } })
    .split('&')
    .filter((pair) => pair !== '');
  const keyOf = (pair: string) => pair.slice(0, Math.max(0, pair.indexOf('=')));
  const droppable = (pair: string) => keyOf(pair) !== 'mode' && keyOf(pair) !== 'q';
  let kept = pairs.filter((pair) => {
    if (!droppable(pair) || pair.length <= limits.value) return true;
    cut.push(keyOf(pair));
    return false;
  });
  let total = kept.reduce((sum, pair) => sum + pair.length + 1, -1);
  while (total > limits.total) {
    const longest = kept.filter(droppable).reduce<string | undefined>((a, b) => (a === undefined || b.length > a.length ? b : a), undefined);
    if (longest === undefined) break;
    kept = kept.filter((pair) => pair !== longest);
    cut.push(keyOf(longest));
    total -= longest.length + 1;
  }
  return { params: kept.join('&'), cut };
}
