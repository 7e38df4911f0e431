/**
 * Service level in Live: the waiting-time cell of a wait past the thresholds, and the toolbar's
 * count of clients waiting over them. Never colour alone: an icon and a text label (hidden from
 * sight, read by screen readers) say the level, and forced-colors keeps the icon and a border.
 */
import { html, svg, type TemplateResult } from 'lit';
import { countWaitingOverSla, formatDuration, liveWaitMs, readSla, slaLevel, type SessionSummary, type SlaThresholds } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { tableStrings } from './session-table.strings.js';

/** What the rows need to show waits in Live: the time, the language and the thresholds if any. */
export interface SlaRenderContext {
  thresholds: SlaThresholds | undefined;
  now: number;
  lang: string;
}

/**
 * Waits in Live, judged by the thresholds in force: the element's attributes over the adapter's
 * `sla` (none without a usable breach limit). Undefined in History: waits there are history.
 */
export function slaContextFor(store: SessionStore, attributes: Partial<SlaThresholds>, lang: string): SlaRenderContext | undefined {
  if (store.query.mode !== 'live') return undefined;
  const thresholds = readSla({
    warnSeconds: attributes.warnSeconds ?? store.sla?.warnSeconds,
    breachSeconds: attributes.breachSeconds ?? store.sla?.breachSeconds,
  });
  return { thresholds, now: Date.now(), lang };
}

const icons = {
  // A filled triangle with "!": over the limit.
  breach: svg`<path d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z"/>`,
  // A clock: the limit is near.
  warn: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3v6l5 3 1-1.7-4-2.4V7z"/>`,
};

function slaIcon(level: 'breach' | 'warn'): TemplateResult {
  return html`<svg class="sla-icon" viewBox="0 0 24 24" width="14" height="14" fill="currentColor" aria-hidden="true" focusable="false">${icons[level]}</svg>`;
}

/**
 * The waiting-time cell in Live: the wait so far for a client still waiting (it ticks), with the
 * level marked when it is past a threshold.
 */
export function renderWaitCell(session: SessionSummary, sla: SlaRenderContext): TemplateResult | string {
  const wait = liveWaitMs(session, sla.now);
  if (wait === undefined) return '';
  const text = formatDuration(wait);
  const level = sla.thresholds && slaLevel(wait, sla.thresholds);
  if (level !== 'breach' && level !== 'warn') return text;
  const label = tableStrings(sla.lang, level === 'breach' ? 'slaBreach' : 'slaWarn');
  return html`<span class="sla sla-${level}" part="sla-${level}" data-sla=${level} title=${label}
    >${slaIcon(level)}${text}<span class="sv-visually-hidden">, ${label}</span></span
  >`;
}

/**
 * The toolbar's "3 over SLA, 2 near SLA" over the sessions of the live view, re-counted on every
 * render (the table renders each second in Live, and on every live change). A rise in the number
 * over the limit is announced; a fall is not news.
 */
export class SlaCounter {
  private lastBreach = 0;

  render(store: SessionStore, sla: SlaRenderContext | undefined, announce: (text: string) => void): TemplateResult | undefined {
    const thresholds = sla?.thresholds;
    if (!sla || !thresholds) {
      this.lastBreach = 0;
      return undefined;
    }
    const { breach, warn } = countWaitingOverSla(
      store.view.map((id) => store.session(id)),
      thresholds,
      sla.now,
    );
    if (breach > this.lastBreach) announce(tableStrings(sla.lang, 'slaOverAnnounce', { count: breach }));
    this.lastBreach = breach;
    return renderCount(breach, warn, thresholds.warnSeconds !== undefined, sla.lang);
  }
}

function renderCount(breach: number, warn: number, hasWarning: boolean, lang: string): TemplateResult {
  return html`<span class="sla-count" part="sla-count" role="group" aria-label=${tableStrings(lang, 'slaCountLabel')}>
    <span class="sla-count-breach" data-sla=${breach > 0 ? 'breach' : 'ok'}>${breach > 0 ? slaIcon('breach') : ''}${tableStrings(lang, 'slaOver', { count: breach })}</span
    >${hasWarning && warn > 0 ? html`, <span class="sla-count-warn">${tableStrings(lang, 'slaNear', { count: warn })}</span>` : ''}
  </span>`;
}
