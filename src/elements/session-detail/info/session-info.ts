import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { translate } from '../../../i18n/index.js';
import {
  formatDateTimeLong,
  formatDuration,
  sessionDurationMs,
  sessionWaitMs,
  type SessionSummary,
  type Viewer,
} from '../../../model/index.js';
import { LocaleController } from '../../../controllers/locale-controller.js';
import { controls, tokens } from '../../../themes/tokens.js';
import { copyText } from '../copy-text.js';
import { safeDownloadHref } from '../transcript/linkify.js';
import { t } from './session-info.strings.js';

interface InfoRow {
  id: string;
  label: string;
  value: string;
  /** Rendered as a link (already checked to be http/https). */
  href?: string;
}

/**
 * General information about a session as a description list, each value with a copy button.
 *
 * @summary Session facts (channel, times, people, client, page, end reason, id) with copy buttons.
 * @csspart list - The description list.
 * @csspart copy-button - Each copy button.
 */
export class SessionInfo extends LitElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: block;
        padding: var(--_space-3);
        overflow: auto;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8em, max-content) 1fr;
        gap: var(--_space-1) var(--_space-3);
        margin: 0;
        align-items: center;
      }
      dt {
        color: var(--_fg-muted);
      }
      dd {
        margin: 0;
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--_space-2);
      }
      .value {
        overflow-wrap: anywhere;
      }
      a {
        color: var(--_accent);
      }
      .copy {
        min-height: 24px;
        padding: 0 var(--_space-2);
        font-size: var(--_font-size-small);
      }
    `,
  ];

  private readonly locale = new LocaleController(this);

  /** The session to describe. */
  @property({ attribute: false }) session: SessionSummary | undefined;
  /** For the time zone of dates. */
  @property({ attribute: false }) viewer: Viewer | undefined;

  @state() private copyStatus = '';

  private rows(session: SessionSummary): InfoRow[] {
    const lang = this.locale.lang;
    const ctx = this.locale.formatContext(this.viewer);
    const label = (key: string) => translate(lang, key);
    const contact = [session.client.email, session.client.phone, session.client.handle].filter(Boolean).join(', ');
    const rows: InfoRow[] = [
      { id: 'channel', label: label('column.channel'), value: label(`channel.${session.channel}`) },
      { id: 'state', label: label('column.state'), value: label(`state.${session.state}`) },
      { id: 'startedAt', label: label('column.startedAt'), value: formatDateTimeLong(session.startedAt, ctx) },
      { id: 'endedAt', label: label('column.endedAt'), value: formatDateTimeLong(session.endedAt, ctx) },
      { id: 'duration', label: label('column.duration'), value: formatDuration(sessionDurationMs(session, ctx.now)) },
      { id: 'waitTime', label: label('column.waitTime'), value: formatDuration(sessionWaitMs(session)) },
      { id: 'operators', label: t(lang, 'operators'), value: session.operators.map((o) => o.name).join(', ') },
      { id: 'group', label: label('column.group'), value: session.group?.name ?? '' },
      { id: 'chatbot', label: label('column.chatbot'), value: session.chatbot?.name ?? '' },
      { id: 'clientName', label: t(lang, 'clientName'), value: session.client.name },
      { id: 'clientContact', label: t(lang, 'clientContact'), value: contact },
      { id: 'pageUrl', label: label('column.pageUrl'), value: session.pageUrl ?? '', href: safeDownloadHref(session.pageUrl) },
      { id: 'endReason', label: label('column.endReason'), value: session.endReason ? label(`endReason.${session.endReason}`) : '' },
      { id: 'id', label: label('column.id'), value: session.id },
    ];
    return rows;
  }

  private async copy(row: InfoRow): Promise<void> {
    const lang = this.locale.lang;
    const ok = await copyText(row.value);
    this.copyStatus = t(lang, ok ? 'copied' : 'copyFailed', { label: row.label });
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const lang = this.locale.lang;
    return html`<dl part="list">
        ${this.rows(session).map(
          (row) => html`<dt>${row.label}</dt>
            <dd data-row=${row.id}>
              <span class="value"
                >${row.value === ''
                  ? t(lang, 'none')
                  : row.href
                    ? html`<a href=${row.href} target="_blank" rel="noopener noreferrer">${row.value}</a>`
                    : row.value}</span
              >
              ${row.value === ''
                ? nothing
                : html`<button
                    class="sv-button copy"
                    part="copy-button"
                    data-copy=${row.id}
                    aria-label=${t(lang, 'copy', { label: row.label })}
                    @click=${() => this.copy(row)}
                  >
                    ${translate(lang, 'common.copy')}
                  </button>`}
            </dd>`,
        )}
      </dl>
      <div class="sv-visually-hidden" role="status">${this.copyStatus}</div>`;
  }
}
