/**
 * Renders the routing timeline: an ordered list, one item per step, the current step marked with
 * `aria-current="step"`. Names come from visitors and hosts: they are only ever text bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dateTimeAttribute } from '../../model/time.js';
import { formatDuration, type FormatContext, type RoutingStep } from '../../model/index.js';
import { t } from './routing-panel.strings.js';
import { dayOf, formatStepTime } from './step-time.js';
import { describeStep, type TimelineRow } from './timeline-model.js';

export interface TimelineView {
  rows: readonly TimelineRow[];
  lang: string;
  ctx: FormatContext;
  live: boolean;
  endedAt?: number;
}

function stepStatus(lang: string, step: RoutingStep): TemplateResult | typeof nothing {
  if (step.status === 'pending') return html`<span class="badge pending" part="step-pending">${t(lang, 'step.pending')}</span>`;
  if (step.status === 'failed') return html`<span class="badge failed">${t(lang, 'step.failed')}</span>`;
  return nothing;
}

function renderRow(view: TimelineView, row: TimelineRow, showDate: boolean): TemplateResult {
  const { lang, ctx } = view;
  const { step } = row;
  const duration =
    row.durationMs === undefined
      ? nothing
      : html`<span class="duration">${t(lang, row.ticking ? 'step.duration-live' : 'step.duration', { duration: formatDuration(row.durationMs) })}</span>`;
  const marker = row.current
    ? html`<span class="badge current">${t(lang, view.live ? 'step.current' : 'step.final')}</span>`
    : nothing;
  return html`
    <li
      class="step kind-${step.kind} ${row.current ? 'is-current' : ''} ${step.status === 'pending' ? 'is-pending' : ''}"
      part="step ${row.current ? 'step-current' : ''}"
      aria-current=${row.current ? 'step' : nothing}
      data-kind=${step.kind}
    >
      <span class="dot" aria-hidden="true"></span>
      <div class="step-body">
        <div class="step-line">
          <span class="step-text">${describeStep(lang, step)}</span>
          ${step.target ? html`<span class="kind">(${t(lang, `kind.${step.target.kind}`)})</span>` : nothing}
          ${marker} ${stepStatus(lang, step)}
        </div>
        <div class="step-meta">
          <time datetime=${dateTimeAttribute(step.at)}>${formatStepTime(step.at, ctx, showDate)}</time>
          ${duration}
          ${step.by ? html`<span class="by">${t(lang, 'step.by', { name: step.by.name || t(lang, 'unknown') })}</span>` : nothing}
        </div>
      </div>
    </li>
  `;
}

/** The ordered list of steps, plus an "ended" row for ended sessions. */
export function renderTimeline(view: TimelineView): TemplateResult {
  const { lang, ctx } = view;
  if (view.rows.length === 0) return html`<p class="sv-status" part="empty">${t(lang, 'empty')}</p>`;
  let previousDay = '';
  const items = view.rows.map((row) => {
    const day = dayOf(row.step.at, ctx);
    const showDate = day !== previousDay;
    previousDay = day;
    return renderRow(view, row, showDate);
  });
  const ended =
    !view.live && view.endedAt !== undefined
      ? html`<li class="step ended" part="step step-ended">
          <span class="dot" aria-hidden="true"></span>
          <div class="step-body">
            <div class="step-line"><span class="step-text">${t(lang, 'ended')}</span></div>
            <div class="step-meta">
              <time datetime=${dateTimeAttribute(view.endedAt)}>
                ${formatStepTime(view.endedAt, ctx, dayOf(view.endedAt, ctx) !== previousDay)}
              </time>
            </div>
          </div>
        </li>`
      : nothing;
  return html`<ol class="timeline" part="timeline" aria-label=${t(lang, 'timeline')}>${items}${ended}</ol>`;
}
