/**
 * The frame of the HTML export around the sessions, one function per section in document order:
 * head and page header, summary table start, contents start, sessions start, end (data and
 * script). Each returns `Html` from the escaping template, so a value can only enter as text.
 * A `\` at a line end inside a template joins the lines without a newline in the file.
 */
import { EXPORT_CONTENT_SECURITY_POLICY } from './html-csp.js';
import { ANALYZER_SCRIPT } from './html-analyzer-script.js';
import { SEARCH_SCRIPT } from './html-search-script.js';
import { EXPORT_STYLES } from './html-styles.js';
import { html, scriptJson, type Html } from './html-template.js';
import type { ExportEnv } from './export-dates.js';
import { exportLabel, fillLabel } from './labels.js';

/** What the frame shows besides the sessions. */
export interface PageContext {
  env: ExportEnv;
  /** Host's title; the translated "Sessions" when absent. */
  title?: string;
  /** `<html lang>`. */
  lang: string;
  generatedAt?: number;
  /** Summary table headers, in column order. */
  headers: readonly string[];
}

function generatedDate(page: PageContext): string {
  const { env } = page;
  const at = page.generatedAt ?? Date.now();
  if (env.dates === 'iso') return new Date(at).toISOString();
  try {
    return new Intl.DateTimeFormat(env.ctx.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: env.ctx.timeZone }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}

/** The in-file search bar: hidden in the markup, shown by the script, so the file reads complete without it. */
function searchBar(page: PageContext): Html {
  const { t } = page.env;
  return html`<div class="search" id="sv-search" role="search" hidden><label for="sv-q">${exportLabel(t, 'html.search')}</label>\
<input id="sv-q" type="search" autocomplete="off" spellcheck="false" aria-describedby="sv-hint sv-status">\
<button type="button" data-step="-1">${exportLabel(t, 'html.previous')}</button>\
<button type="button" data-step="1">${exportLabel(t, 'html.next')}</button>\
<output id="sv-status" aria-live="polite"></output><p class="hint" id="sv-hint">${exportLabel(t, 'html.searchHint')}</p></div>`;
}

/** Doctype, head (the CSP first after the charset, before anything it governs) and the page header. */
/** `redactionNotice`: says at the top which kinds of personal data were hidden (redacted exports). */
export function documentStart(page: PageContext, count: number, redactionNotice?: string): Html {
  const { env } = page;
  const title = page.title ?? exportLabel(env.t, 'html.title');
  const generated = fillLabel(exportLabel(env.t, 'html.generated'), { date: generatedDate(page), count: count.toLocaleString(env.ctx.locale) });
  return html`<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${EXPORT_STYLES}</style>
</head>
<body>
<header class="page"><h1>${title}</h1><p class="generated">${generated}</p>
${redactionNotice ? html`<p class="generated" id="sv-redacted">${redactionNotice}</p>` : ''}
${searchBar(page)}
</header>
`;
}

/** Opens the summary table; rows follow (`summaryRow`). */
export function summaryStart(page: PageContext): Html {
  const summary = exportLabel(page.env.t, 'html.summary');
  const heads = page.headers.map((header) => html`<th scope="col">${header}</th>`);
  return html`<main>
<section id="sv-summary" aria-labelledby="sv-summary-h"><h2 id="sv-summary-h">${summary}</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">#</th>${heads}</tr></thead>
<tbody data-search>
`;
}

/** Closes the summary and opens the contents; entries follow (`contentsEntry`). */
export function contentsStart(page: PageContext): Html {
  const { t } = page.env;
  return html`</tbody></table></div></section>
<nav id="sv-toc" aria-labelledby="sv-toc-h"><h2 id="sv-toc-h">${exportLabel(t, 'html.contents')}</h2>\
<ol><li><a href="#sv-summary">${exportLabel(t, 'html.summary')}</a></li>\
<li><a href="#sv-sessions">${exportLabel(t, 'html.sessions')}</a><ol class="toc-sessions">
`;
}

/** Closes the contents and opens the sessions; articles follow (`sessionArticle`). */
export function sessionsStart(page: PageContext): Html {
  return html`</ol></li></ol></nav>
<section id="sv-sessions" data-search aria-labelledby="sv-sessions-h"><h2 id="sv-sessions-h">${exportLabel(page.env.t, 'html.sessions')}</h2>
`;
}

/** Closes the document: the search script's words as JSON data, then the script itself. */
export function documentEnd(page: PageContext): Html {
  const { t } = page.env;
  const data = { title: page.title ?? null, strings: { hits: exportLabel(t, 'html.hits'), noHits: exportLabel(t, 'html.noHits') } };
  return html`</section>
</main>
<script type="application/json" id="sv-data">${scriptJson(data)}</script>
<script>${ANALYZER_SCRIPT}${SEARCH_SCRIPT}</script>
</body>
</html>
`;
}
