import { html, LitElement, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { toSessionViewError } from '../../../store/errors.js';
import { translate } from '../../../i18n/index.js';
import {
  can,
  CONTACTABLE_CHANNELS,
  contactWindow,
  formatDateTime,
  isLive,
  type ContactTemplate,
  type ContactWindow,
  type DetailedSession,
  type SessionSummary,
} from '../../../model/index.js';
import type { SessionStore } from '../../../store/index.js';
import { IntentsController } from '../../../controllers/intents-controller.js';
import { LocaleController } from '../../../controllers/locale-controller.js';
import { emitInternal, emitPublic } from '../../../events/emit.js';
import { controls, tokens } from '../../../themes/tokens.js';
import { actionDialogStyles } from './action-dialog.styles.js';
import { contactStyles } from './contact-client.styles.js';
import { t } from './actions.strings.js';
import { trapTab } from './dialog-helpers.js';

/** Detail of `sv-contact-client-done`. */
export interface ContactClientDoneEventDetail {
  sessionId: string;
  newSessionId: string;
  /** The approved template the conversation was opened with, when the channel needed one. */
  templateId?: string;
}

export type ContactUnavailableReason = 'channel' | 'live' | 'role';

/** Why the viewer cannot contact this session's client, or undefined when they can. */
export function contactUnavailableReason(store: SessionStore, session: SessionSummary): ContactUnavailableReason | undefined {
  if (!CONTACTABLE_CHANNELS.includes(session.channel)) return 'channel';
  if (isLive(session)) return 'live';
  if (!can(store.viewer, store.capabilities, 'contactClient')) return 'role';
  return undefined;
}

const CHECK = svg`<path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6L20.1 8.4 18.7 7z"/>`;
const CLOCK = svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3v6l5 3 1-1.7-4-2.4V7z"/>`;

/** A decorative inline icon (fonts differ in their symbol glyphs; the text says it all). */
const icon = (path: ReturnType<typeof svg>) =>
  html`<svg viewBox="0 0 24 24" width="14" height="14" fill="currentColor" aria-hidden="true" focusable="false">${path}</svg>`;

const REASON_KEY = { channel: 'contactChannel', live: 'contactLive', role: 'contactRole' } as const;

type TemplatesState = { status: 'loading' } | { status: 'error'; reason: string } | { status: 'ready'; templates: ContactTemplate[] };

/**
 * "Contact client": re-opens a conversation with the client of an ended messaging session. A
 * confirmation dialog names the channel; on WhatsApp outside its 24-hour customer-service window
 * (from the client's last message) it says that only an approved template may be sent and offers
 * the host's templates. On success it says so, with a button to the new session — the panel
 * stays on the session the user was reading. When unavailable the button stays focusable
 * (aria-disabled) and says why. Hidden when the host does not support contacting clients.
 *
 * @summary Contact-client button, its confirmation dialog and the link to the new conversation.
 * @fires {CustomEvent<ContactClientDoneEventDetail>} sv-contact-client-done - The host opened a new session; `detail: { sessionId, newSessionId, templateId? }`.
 * @csspart button - The "Contact client" button.
 * @csspart dialog - The confirmation dialog.
 * @csspart success - The message that the conversation was opened, with its "Open" button.
 */
export class ContactClientButton extends LitElement {
  static override styles = [tokens, controls, actionDialogStyles, contactStyles];

  private readonly locale = new LocaleController(this);
  // Re-renders when this session's contact call starts, settles or is abandoned (it outlives this element).
  protected readonly intents = new IntentsController(this, () => this.store);

  /** The store the contact request goes through; its viewer's role and the host's capabilities decide what shows. */
  @property({ attribute: false }) store: SessionStore | undefined;
  /** The session acted on: its client, channel and state. */
  @property({ attribute: false }) session: DetailedSession | undefined;

  @state() private open = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private templateError = '';
  @state() private window: ContactWindow = { templateOnly: false };
  @state() private templates: TemplatesState | undefined;
  @state() private chosen: string | undefined;
  /** The conversation this element opened, for the success message and its link. */
  @state() private opened: { from: string; newSessionId: string } | undefined;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  private templatesAbort: AbortController | undefined;

  /** Opens the confirmation dialog (what the button does). */
  async contact(): Promise<void> {
    const { store, session } = this;
    if (!store || !session || this.open || this.pending || contactUnavailableReason(store, session)) return;
    this.window = contactWindow(session.channel, session.messages, Date.now());
    this.open = true;
    this.error = this.templateError = '';
    this.chosen = undefined;
    this.templates = undefined;
    if (this.window.templateOnly) void this.loadTemplates();
    await this.updateComplete;
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLElement>('dialog input, dialog [data-action="confirm"]')?.focus();
  }

  /** Closes the dialog; while the call runs, stops waiting for it (the outcome becomes unknown). */
  async cancel(): Promise<void> {
    if (this.session && this.pending) this.store?.details.intents.abandon(this.session.id, 'contact');
    this.templatesAbort?.abort();
    this.dialog?.close();
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="button"]')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.templatesAbort?.abort();
  }

  private get pending(): boolean {
    return !!this.session && this.store?.details.intents.get(this.session.id, 'contact')?.status === 'pending';
  }

  private async loadTemplates(): Promise<void> {
    const { store, session } = this;
    if (!store || !session) return;
    this.templatesAbort?.abort();
    const abort = (this.templatesAbort = new AbortController());
    this.templates = { status: 'loading' };
    try {
      const templates = await store.details.contactTemplates(session.id, abort.signal);
      if (abort.signal.aborted) return;
      this.templates = { status: 'ready', templates };
      // One template is the choice; more wait for the user's.
      if (templates.length === 1) this.chosen = templates[0]!.id;
    } catch (raw) {
      if (abort.signal.aborted) return;
      this.templates = { status: 'error', reason: translate(this.locale.lang, `common.error.${toSessionViewError(raw).kind}`) };
    }
  }

  private async confirm(): Promise<void> {
    const { store, session } = this;
    if (!store || !session || this.busy) return;
    const lang = this.locale.lang;
    const templateId = this.window.templateOnly ? this.chosen : undefined;
    if (this.window.templateOnly && templateId === undefined) {
      this.templateError = t(lang, 'templateRequired');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const newSessionId = await store.details.contactClient(session.id, templateId);
      this.opened = { from: session.id, newSessionId };
      this.busy = false;
      this.dialog?.close();
      this.open = false;
      emitPublic<ContactClientDoneEventDetail>(this, 'sv-contact-client-done', {
        sessionId: session.id,
        newSessionId,
        ...(templateId === undefined ? {} : { templateId }),
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-action="open-new"]')?.focus();
    } catch (raw) {
      const error = toSessionViewError(raw);
      if (store.details.intents.get(session.id, 'contact')?.status === 'unknown') this.error = t(lang, 'contactUnknown');
      else if (error.kind === 'forbidden') this.error = t(lang, 'contactRefused');
      else this.error = t(lang, 'contactFailed', { reason: translate(lang, `common.error.${error.kind}`) });
      this.busy = false;
    }
  }

  /** Selects the new conversation; a standalone panel follows it (it listens for `contact-open`). */
  private openNew(): void {
    const newSessionId = this.opened?.newSessionId;
    if (!newSessionId || !this.store) return;
    this.store.select(newSessionId);
    emitInternal(this, 'contact-open', { newSessionId });
  }

  /** Esc cancels (and must not also close the panel behind); Tab cycles inside the dialog. */
  private onDialogKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void this.cancel();
      return;
    }
    if (this.dialog) trapTab(event, this.dialog, this.renderRoot);
  }

  private channelName(): string {
    return this.session ? translate(this.locale.lang, `channel.${this.session.channel}`) : '';
  }

  private renderWindow() {
    const lang = this.locale.lang;
    const { templateOnly, lastClientMessageAt, closesAt } = this.window;
    const format = this.locale.formatContext(this.store?.viewer);
    if (!templateOnly) {
      return lastClientMessageAt !== undefined && closesAt !== undefined
        ? html`<p>${t(lang, 'contactWindowOpen', { when: formatDateTime(lastClientMessageAt, format), closes: formatDateTime(closesAt, format) })}</p>`
        : nothing;
    }
    const why =
      lastClientMessageAt === undefined ? t(lang, 'contactNeverWrote') : t(lang, 'contactTemplateOnly', { when: formatDateTime(lastClientMessageAt, format) });
    return html`<p class="window" role="note">${icon(CLOCK)} ${why}</p>
      ${this.renderTemplates()}`;
  }

  private renderTemplates() {
    const lang = this.locale.lang;
    const templates = this.templates;
    if (!templates || templates.status === 'loading') return html`<p role="status">${t(lang, 'templatesLoading')}</p>`;
    if (templates.status === 'error') {
      return html`<p class="error" role="alert">${t(lang, 'templatesFailed', { reason: templates.reason })}</p>
        <button type="button" class="sv-button" data-action="retry-templates" @click=${() => this.loadTemplates()}>${translate(lang, 'common.retry')}</button>`;
    }
    if (templates.templates.length === 0) return html`<p class="error" role="alert">${t(lang, 'templatesNone')}</p>`;
    return html`<fieldset aria-describedby=${this.templateError ? 'template-error' : nothing}>
        <legend>${t(lang, 'templates')}</legend>
        ${templates.templates.map(
          (template) => html`<label class="template">
            <input
              type="radio"
              name="template"
              .value=${template.id}
              .checked=${this.chosen === template.id}
              @change=${() => ((this.chosen = template.id), (this.templateError = ''))}
            />
            <span><span class="name">${template.name}</span><span class="text">${template.text}</span></span>
          </label>`,
        )}
      </fieldset>
      ${this.templateError ? html`<p id="template-error" class="field-error" role="alert">${this.templateError}</p>` : nothing}`;
  }

  private renderDialog() {
    const lang = this.locale.lang;
    const client = this.session?.client.name ?? '';
    const channel = this.channelName();
    const templates = this.templates;
    const noTemplate = this.window.templateOnly && (templates?.status !== 'ready' || templates.templates.length === 0);
    return html`<dialog
      class="sv-dialog"
      part="dialog"
      aria-modal="true"
      aria-labelledby="contact-title"
      aria-describedby="contact-intro"
      @keydown=${this.onDialogKeydown}
      @cancel=${(event: Event) => (event.preventDefault(), void this.cancel())}
    >
      <form novalidate @submit=${(event: Event) => (event.preventDefault(), void this.confirm())}>
        <h2 id="contact-title">${t(lang, 'contactTitle', { client, channel })}</h2>
        <p id="contact-intro">${t(lang, 'contactIntro', { channel })}</p>
        ${this.renderWindow()}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="buttons">
          <button type="button" class="sv-button" data-action="cancel" @click=${() => this.cancel()}>
            ${this.busy ? t(lang, 'abandon') : translate(lang, 'common.cancel')}
          </button>
          <button type="submit" class="sv-button primary" data-action="confirm" ?disabled=${this.busy || noTemplate}>
            ${this.busy ? t(lang, 'contacting') : t(lang, 'confirmContact')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private renderOpened() {
    const { opened, session } = this;
    if (!opened || opened.from !== session?.id) return nothing;
    const lang = this.locale.lang;
    return html`<p class="success" part="success" role="status">
      ${icon(CHECK)} ${t(lang, 'contactOpened', { channel: this.channelName(), client: session.client.name })}
      <button type="button" class="sv-button" data-action="open-new" @click=${() => this.openNew()}>${t(lang, 'openNew')}</button>
    </p>`;
  }

  override render() {
    const { store, session } = this;
    if (!store || !session || !store.capabilities.contactClient) return nothing;
    const lang = this.locale.lang;
    const reason = contactUnavailableReason(store, session);
    const pending = this.pending && !this.open;
    const unknown = !this.open && store.details.intents.get(session.id, 'contact')?.status === 'unknown';
    const shownError = this.open ? '' : this.error || (unknown ? t(lang, 'contactUnknown') : '');
    return html`<button
        class="sv-button"
        part="button"
        aria-disabled=${reason !== undefined || pending ? 'true' : 'false'}
        aria-describedby=${reason ? 'why' : shownError ? 'error' : nothing}
        aria-busy=${pending ? 'true' : 'false'}
        aria-haspopup="dialog"
        data-reason=${reason ?? nothing}
        @click=${() => this.contact()}
      >
        ${pending ? t(lang, 'contacting') : t(lang, 'contact')}
      </button>
      ${reason ? html`<p id="why" class="why">${t(lang, REASON_KEY[reason])}</p>` : nothing}
      ${shownError ? html`<p id="error" class="error" role="alert">${shownError}</p>` : nothing} ${this.renderOpened()}
      ${this.open ? this.renderDialog() : nothing}`;
  }
}
