import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toSessionViewError } from '../../../store/errors.js';
import { translate } from '../../../i18n/index.js';
import { can, CONTACTABLE_CHANNELS, isLive, type SessionSummary } from '../../../model/index.js';
import type { SessionStore } from '../../../store/index.js';
import { LocaleController } from '../../../controllers/locale-controller.js';
import { emitPublic } from '../../../events/emit.js';
import { controls, tokens } from '../../../themes/tokens.js';
import { t } from './actions.strings.js';

/** Detail of `sv-contact-client-done`. */
export interface ContactClientDoneEventDetail {
  sessionId: string;
  newSessionId: string;
}

export type ContactUnavailableReason = 'channel' | 'live' | 'role';

/** Why the viewer cannot contact this session's client, or undefined when they can. */
export function contactUnavailableReason(store: SessionStore, session: SessionSummary): ContactUnavailableReason | undefined {
  if (!CONTACTABLE_CHANNELS.includes(session.channel)) return 'channel';
  if (isLive(session)) return 'live';
  if (!can(store.viewer, store.capabilities, 'contactClient')) return 'role';
  return undefined;
}

const REASON_KEY = { channel: 'contactChannel', live: 'contactLive', role: 'contactRole' } as const;

/**
 * "Contact client": re-opens a conversation with the client of an ended messaging session and
 * selects the new session. When unavailable the button stays focusable (aria-disabled) and says why.
 * Hidden when the host does not support contacting clients.
 *
 * @summary Contact-client button with the reason it is unavailable.
 * @fires {CustomEvent<ContactClientDoneEventDetail>} sv-contact-client-done - The host opened a new session; `detail: { sessionId, newSessionId }`.
 * @csspart button - The button.
 */
export class ContactClientButton extends LitElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: inline-flex;
        flex-direction: column;
        gap: var(--_space-1);
      }
      .why,
      .error {
        margin: 0;
        font-size: var(--_font-size-small);
        color: var(--_fg-muted);
        max-inline-size: 40ch;
      }
      .error {
        color: var(--_danger);
      }
      /* The reason is always announced (aria-describedby); sighted users see it on hover or focus. */
      button:not(:hover, :focus-visible) + .why {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .why {
        position: absolute;
        inset-block-start: 100%;
        z-index: 1;
        padding: var(--_space-1) var(--_space-2);
        background: var(--_bg-raised);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        box-shadow: var(--_shadow);
      }
      :host {
        position: relative;
      }
    `,
  ];

  private readonly locale = new LocaleController(this);

  @property({ attribute: false }) store: SessionStore | undefined;
  @property({ attribute: false }) session: SessionSummary | undefined;

  @state() private busy = false;
  @state() private error = '';
  @state() private status = '';

  /** Opens the new conversation (what the button does). */
  async contact(): Promise<void> {
    const { store, session } = this;
    if (!store || !session || this.busy || contactUnavailableReason(store, session)) return;
    const lang = this.locale.lang;
    this.busy = true;
    this.error = '';
    try {
      const newSessionId = await store.details.contactClient(session.id);
      this.status = t(lang, 'contactDone');
      emitPublic<ContactClientDoneEventDetail>(this, 'sv-contact-client-done', { sessionId: session.id, newSessionId });
    } catch (raw) {
      const error = toSessionViewError(raw);
      this.error = error.kind === 'forbidden' ? t(lang, 'contactRefused') : t(lang, 'contactFailed', { reason: translate(lang, `common.error.${error.kind}`) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { store, session } = this;
    if (!store || !session || !store.capabilities.contactClient) return nothing;
    const lang = this.locale.lang;
    const reason = contactUnavailableReason(store, session);
    const unavailable = reason !== undefined || this.busy;
    return html`<button
        class="sv-button"
        part="button"
        aria-disabled=${unavailable ? 'true' : 'false'}
        aria-describedby=${reason ? 'why' : this.error ? 'error' : nothing}
        aria-busy=${this.busy ? 'true' : 'false'}
        data-reason=${reason ?? nothing}
        @click=${() => this.contact()}
      >
        ${this.busy ? t(lang, 'contacting') : t(lang, 'contact')}
      </button>
      ${reason ? html`<p id="why" class="why">${t(lang, REASON_KEY[reason])}</p>` : nothing}
      ${this.error ? html`<p id="error" class="error" role="alert">${this.error}</p>` : nothing}
      <div class="sv-visually-hidden" role="status">${this.status}</div>`;
  }
}
