/**
 * Control icons as inline SVG (currentColor), so they render the same everywhere: symbol
 * characters depend on the fonts a machine happens to have and showed as empty boxes on some.
 */
import { html, svg, type TemplateResult } from 'lit';

const paths = {
  play: svg`<path d="M8 5v14l11-7z"/>`,
  pause: svg`<path d="M7 5h4v14H7zm6 0h4v14h-4z"/>`,
  back: svg`<path d="M12 5V2L7 6l5 4V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z"/>`,
  forward: svg`<path d="M12 5V2l5 4-5 4V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z"/>`,
  volume: svg`<path d="M4 9v6h4l5 5V4L8 9zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z"/>`,
  muted: svg`<path d="M4 9v6h4l5 5V4L8 9zm11.6 0L14 10.6l1.4 1.4-1.4 1.4 1.6 1.6 1.4-1.4 1.4 1.4 1.6-1.6-1.4-1.4 1.4-1.4L18.4 9 17 10.4z"/>`,
  fullscreen: svg`<path d="M5 5h5v2H7v3H5zm9 0h5v5h-2V7h-3zM5 14h2v3h3v2H5zm12 0h2v5h-5v-2h3z"/>`,
  pip: svg`<path d="M3 5h18v14H3zm2 2v10h14V7zm7 5h6v4h-6z"/>`,
  download: svg`<path d="M11 4h2v8l3-3 1.4 1.4L12 15.8 6.6 10.4 8 9l3 3zM5 18h14v2H5z"/>`,
  /** Sound bars: a video track whose file carries only sound. */
  audio: svg`<path d="M3 10h2v4H3zm4-3h2v10H7zm4-4h2v18h-2zm4 4h2v10h-2zm4 3h2v4h-2z"/>`,
  help: svg`<path d="M11 17h2v2h-2zm1-12a4 4 0 0 1 4 4c0 2-2.5 2.5-2.5 4.5h-2c0-3 2.5-3 2.5-4.5a2 2 0 0 0-4 0H8a4 4 0 0 1 4-4z"/>`,
};

export type IconName = keyof typeof paths;

export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon-svg" viewBox="0 0 24 24" width="18" height="18" fill="currentColor" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
