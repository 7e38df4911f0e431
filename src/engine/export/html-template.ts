/**
 * An escape-by-default tagged template for the HTML export, so no call site can forget to escape:
 * in `html\`<p title="${a}">${b}</p>\`` every interpolated string or number is escaped, and only
 * markup made by this module passes through as is — another `html\`…\`` result, a `raw\`…\``
 * constant written in our own source, or JSON made safe for a script block by `scriptJson`.
 * DOM-free and dependency-free (not lit-html): the export runs in Node and in workers too.
 */
import { escapeHtml, jsonForScript } from './html-escape.js';

/** Only this module can vouch for markup: `Html` cannot be constructed without it. */
const VOUCHED = Symbol('vouched');

/** Markup that is safe to write as is: built by `html`, `raw` or `scriptJson`, never from a bare string. */
export class Html {
  readonly markup: string;

  constructor(voucher: typeof VOUCHED, markup: string) {
    if (voucher !== VOUCHED) throw new TypeError('Html is made only by the html`…` template');
    this.markup = markup;
  }

  toString(): string {
    return this.markup;
  }
}

/** What a template may interpolate; nothing, `false` and empty lists write nothing. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.markup;
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(render).join('');
  return '';
}

/** Templates already checked: the check runs once per call site, not once per row. */
const checkedTemplates = new WeakSet<TemplateStringsArray>();

/**
 * An interpolation right after `=` would be an unquoted attribute value, where escaping quotes is
 * not enough (a space starts a new attribute). Such a template is a bug in our code: refuse it.
 */
function checkQuotedAttributes(strings: TemplateStringsArray): void {
  if (checkedTemplates.has(strings)) return;
  for (let i = 0; i < strings.length - 1; i += 1) {
    if (/=\s*$/.test(strings[i]!)) throw new SyntaxError(`html\`…\`: unquoted attribute value before interpolation ${i + 1}`);
  }
  checkedTemplates.add(strings);
}

/** Markup with every interpolated value escaped unless it is `Html` itself. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  checkQuotedAttributes(strings);
  let markup = strings[0]!;
  for (let i = 0; i < values.length; i += 1) markup += render(values[i]) + strings[i + 1]!;
  return new Html(VOUCHED, markup);
}

/**
 * Markup taken as written, for constants in our own source such as the inline style and script.
 * It takes no interpolations (the type refuses them), so no data can ever reach it. Like
 * `String.raw`, backslashes stay as written, which is what CSS and JavaScript source want.
 */
export function raw(strings: TemplateStringsArray, ...none: never[]): Html {
  if (strings.length !== 1 || none.length > 0) throw new SyntaxError('raw`…` takes no interpolations');
  return new Html(VOUCHED, strings.raw[0]!);
}

/** JSON for a `<script type="application/json">` block: no value can close the element. */
export function scriptJson(value: unknown): Html {
  return new Html(VOUCHED, jsonForScript(value));
}
