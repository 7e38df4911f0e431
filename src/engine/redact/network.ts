/**
 * IP addresses (v4 dotted quads, v6 in full or `::` form) and the query strings of web addresses,
 * where sites put e-mails, names, order tokens and session keys. A URL's scheme, host and path
 * stay readable and are protected from the number detectors (a product id in a path is not a
 * phone number); only what follows `?` (or a `#` carrying `key=value`) is hidden.
 */
import { eachMatch, isWordChar, type Found } from './found.js';

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
// ASCII-only patterns without a leading look-behind (fast); what comes before is checked by hand.
const IPV4 = new RegExp(String.raw`(?:${OCTET}\.){3}${OCTET}(?![0-9]|\.[0-9])`, 'g');
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const URL = /(?:https?:\/\/|www\.)[^\s<>"'`?#]+(?:[?#][^\s<>"'`]*)?/gi;
/** What ends a sentence or a bracket after a URL rather than belonging to it. */
const TRAILING_PUNCTUATION = '.,;:!?)]}\'"»“”';

export const URL_QUERY_PRIORITY = 1;
export const IP_PRIORITY = 3;
/** Between the text detectors (e-mail, IP) and the number detectors (IBAN, card, birth number, phone). */
export const URL_PATH_PRIORITY = 4;

export function isIpv6(candidate: string): boolean {
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((group) => HEX_GROUP.test(group))) return false;
  // `a::b` is the shortest we claim: `::1` alone is the loopback and says nothing about anyone.
  return halves.length === 2 ? groups.length >= 2 && groups.length <= 7 : groups.length === 8;
}

/**
 * `v4`/`v6`: whether the text can hold either (a digit, `.`, a digit; a `:`) — false skips that
 * search. `from`: no address starts before it.
 */
export function detectIpAddresses(text: string, out: Found[], from = 0, v4 = true, v6 = true): void {
  if (v4 && text.includes('.')) {
    eachMatch(IPV4, text, (match) => {
      const end = match.index + match[0].length;
      if (!isWordChar(text, match.index - 1) && text[match.index - 1] !== '.' && !isWordChar(text, end)) out.push({ start: match.index, end, kind: 'ip', priority: IP_PRIORITY });
    }, from);
  }
  if (!v6) return;
  const firstColon = text.indexOf(':');
  if (firstColon < 0 || text.indexOf(':', firstColon + 1) < 0) return;
  // Grow a run of hex digits and colons around each colon (each character is looked at once).
  for (let colon = firstColon; colon >= 0; ) {
    let start = colon;
    while (start > 0 && isHexOrColon(text.charCodeAt(start - 1))) start -= 1;
    let end = colon + 1;
    while (end < text.length && isHexOrColon(text.charCodeAt(end))) end += 1;
    let candidate = text.slice(start, end);
    // A colon ending a sentence ("IP: 2001:db8::1:") is punctuation, not part of the address.
    if (candidate.endsWith(':') && !candidate.endsWith('::')) candidate = candidate.slice(0, -1);
    const last = start + candidate.length;
    if (candidate.length >= 4 && !isWordChar(text, start - 1) && !isWordChar(text, last) && isIpv6(candidate)) {
      out.push({ start, end: last, kind: 'ip', priority: IP_PRIORITY });
    }
    colon = text.indexOf(':', end);
  }
}

function isHexOrColon(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 48 && code <= 58) || (lower >= 97 && lower <= 102);
}

/**
 * Each URL gives a protecting stretch for its path and, when it has one, a `urlQuery` stretch for
 * its query (not when that is already the mask, so redacting twice changes nothing). `colon`:
 * whether the text has a `:` at all (false skips looking for `://`).
 */
export function detectUrls(text: string, out: Found[], queryMask: string | undefined, colon = true): void {
  if (!(colon && text.includes('://')) && !text.includes('www.') && !text.includes('WWW.')) return;
  eachMatch(URL, text, (match) => {
    const start = match.index;
    if (isWordChar(text, start - 1)) return;
    let length = match[0].length;
    while (length > 0 && TRAILING_PUNCTUATION.includes(match[0][length - 1]!)) length -= 1;
    const url = length === match[0].length ? match[0] : match[0].slice(0, length);
    const end = start + url.length;
    const question = url.indexOf('?');
    const hash = url.indexOf('#');
    const pathEnd = question >= 0 ? question : hash >= 0 ? hash : url.length;
    out.push({ start, end: start + pathEnd, kind: '', priority: URL_PATH_PRIORITY });
    if (queryMask === undefined) return;
    // A fragment is hidden only when it carries values (`#access_token=…`), not for `#section`.
    const hidden = question >= 0 ? question : hash >= 0 && url.includes('=', hash) ? hash : -1;
    if (hidden < 0 || hidden + 1 >= url.length || text.startsWith(queryMask, start + hidden + 1)) return;
    out.push({ start: start + hidden + 1, end, kind: 'urlQuery', priority: URL_QUERY_PRIORITY });
  });
}
