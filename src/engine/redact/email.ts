/** E-mail addresses, including the `jan(at)firma.cz` / `jan [zavináč] firma.cz` spellings people use to dodge filters. */
import { eachMatch, type Found } from './found.js';

const LOCAL = String.raw`[\p{L}\p{N}._%+\-]{1,64}`;
const DOMAIN = String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}`;
const AT = String.raw`(?:@|\s?[(\[{]\s?(?:at|zavináč|zavinac)\s?[)\]}]\s?)`;
const EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-])${LOCAL}${AT}${DOMAIN}(?![\p{L}\p{N}\-]|\.[\p{L}\p{N}])`, 'giu');

export const EMAIL_PRIORITY = 2;

export function detectEmails(text: string, out: Found[]): void {
  if (!text.includes('@') && !/[(\[{]\s?(?:at|zavin)/i.test(text)) return;
  eachMatch(EMAIL, text, (match) => out.push({ start: match.index, end: match.index + match[0].length, kind: 'email', priority: EMAIL_PRIORITY }));
}
