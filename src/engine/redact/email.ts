/**
 * E-mail addresses, including the `jan(at)firma.cz` / `jan [zavináč] firma.cz` spellings people
 * use to dodge filters. The plain form is found from each `@` outwards (a regex tried at every
 * position of every message with Unicode classes was the export's single biggest cost).
 */
import { asciiDomainLength } from './email-domain.js';
import { eachMatch, type Found } from './found.js';

const LOCAL = String.raw`[\p{L}\p{N}._%+\-]{1,64}`;
const DOMAIN = String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}\-]|\.[\p{L}\p{N}])`;
const SPELLED_AT = String.raw`\s?[(\[{]\s?(?:at|zavináč|zavinac)\s?[)\]}]\s?`;
const SPELLED_EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-])${LOCAL}${SPELLED_AT}${DOMAIN}`, 'giu');
const OBFUSCATED_AT = /[([{]\s?(?:at|zavin)/i;
/** The domain right after an `@` (sticky: tried at one position only). */
const DOMAIN_AFTER_AT = new RegExp(DOMAIN, 'uy');
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const MAX_LOCAL = 64;

export const EMAIL_PRIORITY = 2;

function isLocalChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
  }
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return LOCAL_CHAR.test(text.slice(index - 1, index + 1));
  return LOCAL_CHAR.test(text[index]!);
}

/** `at`/`spelled`: whether the text has an `@`, or a bracket a spelled form needs (false skips that search). */
export function detectEmails(text: string, out: Found[], at = true, spelled = true): void {
  if (at) detectPlainEmails(text, out);
  if (spelled && OBFUSCATED_AT.test(text)) {
    eachMatch(SPELLED_EMAIL, text, (match) => {
      out.push({ start: match.index, end: match.index + match[0].length, kind: 'email', priority: EMAIL_PRIORITY });
    });
  }
}

/** Length of the domain the pattern matches at `from`, -1 for none. */
function unicodeDomainLength(text: string, from: number): number {
  DOMAIN_AFTER_AT.lastIndex = from;
  const domain = DOMAIN_AFTER_AT.exec(text);
  return domain ? domain[0].length : -1;
}

function detectPlainEmails(text: string, out: Found[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start <= MAX_LOCAL && isLocalChar(text, start - 1)) start -= 1;
    // Stepped back over a low surrogate: include its high half.
    if (start > 0 && start < at && text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff) start -= 1;
    if (start === at || at - start > MAX_LOCAL) continue;
    const domain = asciiDomainLength(text, at + 1) ?? unicodeDomainLength(text, at + 1);
    if (domain > 0) out.push({ start, end: at + 1 + domain, kind: 'email', priority: EMAIL_PRIORITY });
  }
}
