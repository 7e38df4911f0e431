/**
 * Escaping for the HTML export. Markup is built with the `html` template (html-template.ts), which
 * applies these to every interpolated value; call sites do not call them by hand.
 */

const SPECIAL = /[&<>"']/;
const SPECIAL_ALL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const toEntity = (char: string) => ENTITY[char]!;

/** Text for element content and double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // Most values have nothing to escape; `test` first skips the replace allocation.
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, toEntity) : text;
}

/**
 * The URL normalised when it is absolute http(s), else `undefined` (so `javascript:`, `data:`,
 * relative and malformed URLs are shown as text, never linked).
 */
export function safeHttpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

const JSON_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` become `\u003c` etc., so
 * no value can close the element (`</script>`) or open a comment; U+2028/9 for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
