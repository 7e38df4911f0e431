/**
 * Icons of the table's parts as inline SVG (currentColor): symbol characters (🗑, ✎, ×) depend on
 * the fonts a machine has, render as colour emoji on some and as empty boxes on others.
 */
import { html, svg, type TemplateResult } from 'lit';

const paths = {
  trash: svg`<path d="M9 3h6l1 2h4v2H4V5h4zm-3 6h12l-1 12H7zm4 2v8h1.5v-8zm3.5 0v8H15v-8z"/>`,
  pencil: svg`<path d="M4 17.2V20h2.8l9.9-9.9-2.8-2.8zM18.7 8.1a1 1 0 0 0 0-1.4l-1.4-1.4a1 1 0 0 0-1.4 0l-1.2 1.2 2.8 2.8z"/>`,
  check: svg`<path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6L20.1 8.4 18.7 7z"/>`,
  close: svg`<path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"/>`,
};

export type TableIconName = keyof typeof paths;

/** A decorative icon: the button around it carries the accessible name. */
export function tableIcon(name: TableIconName, size = 16): TemplateResult {
  return html`<svg class="icon-svg" viewBox="0 0 24 24" width=${size} height=${size} fill="currentColor" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
