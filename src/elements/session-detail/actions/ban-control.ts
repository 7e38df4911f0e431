import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { toSessionViewError } from '../../../store/errors.js';
import { translate } from '../../../i18n/index.js';
import { can, formatDateTime, type Ban, type DetailedSession } from '../../../model/index.js';
import type { SessionStore } from '../../../store/index.js';
import { IntentsController } from '../../../controllers/intents-controller.js';
import { LocaleController } from '../../../controllers/locale-controller.js';
import { emitPublic } from '../../../events/emit.js';
import { controls, tokens } from '../../../themes/tokens.js';
import { banStyles } from './ban-control.styles.js';
import { actionDialogStyles } from './action-dialog.styles.js';
import { t } from './actions.strings.js';
import { endOfViewerDay, todayIso, trapTab } from './dialog-helpers.js';

/** Detail of `sv-ban-done`. */
export interface BanDoneEventDetail {
  sessionId: string;
  ban: Ban;
}

/** Detail of `sv-unban-done`. */
export interface UnbanDoneEventDetail {
  sessionId: string;
}

/**
 * "Ban client" with its confirmation `alertdialog` (reason; until a date or permanent; focus
 * trapped; Esc cancels), and "Unban" for a banned client where the host supports it. Offered
 * only to roles that may; a refusal from the host is shown in the dialog.
 *
 * @summary Ban / unban the client of a session.
 * @fires {CustomEvent<BanDoneEventDetail>} sv-ban-done - The host banned the client; `detail: { sessionId, ban }`.
 * @fires {CustomEvent<UnbanDoneEventDetail>} sv-unban-done - The host lifted the ban; `detail: { sessionId }`.
 * @csspart ban-button - The "Ban client" button.
 * @csspart unban-button - The "Unban" button.
 * @csspart dialog - The confirmation dialog.
 */
export class BanControl extends LitElement {
  static override styles = [tokens, controls, actionDialogStyles, banStyles];

  private readonly locale = new LocaleController(this);
  // Re-renders when this session's ban starts, settles or is abandoned (it outlives this element).
  protected readonly intents = new IntentsController(this, () => this.store);

  /** The store the ban and unban go through; its viewer's role and the host's capabilities decide what shows. */
  @property({ attribute: false }) store: SessionStore | undefined;
  /** The session acted on: its client, channel and state. */
  @property({ attribute: false }) session: DetailedSession | undefined;

  @state() private open = false;
  @state() private busy = false;
  @state() private permanent = true;
  @state() private error = '';
  @state() private reasonError = '';
  @state() private untilError = '';
  @state() private status = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;

  private get canBan(): boolean {
    return !!this.store && can(this.store.viewer, this.store.capabilities, 'ban');
  }

  private get canUnban(): boolean {
    return !!this.store && can(this.store.viewer, this.store.capabilities, 'unban');
  }

  /** Opens the confirmation dialog. */
  async openDialog(): Promise<void> {
    if (!this.canBan || this.open) return;
    this.open = true;
    this.permanent = true;
    this.error = this.reasonError = this.untilError = '';
    await this.updateComplete;
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  /** A ban of this session is in flight in the store (perhaps started before a re-mount). */
  private get banPending(): boolean {
    return !!this.session && this.store?.details.intents.get(this.session.id, 'ban')?.status === 'pending';
  }

  /**
   * Closes the dialog without banning; focus returns to the Ban button. While the ban is in
   * flight, cancelling stops waiting for it: the call is aborted and its outcome shown as unknown
   * (a retry sends the same key, so the client cannot be banned twice).
   */
  async cancel(): Promise<void> {
    this.abandon();
    this.dialog?.close();
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="ban-button"]')?.focus();
  }

  private async confirm(): Promise<void> {
    const { store, session } = this;
    const form = this.renderRoot.querySelector('form');
    if (!store || !session || !form || this.busy) return;
    const lang = this.locale.lang;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    const dateValue = (form.elements.namedItem('until-date') as HTMLInputElement | null)?.value ?? '';
    const until = this.permanent ? undefined : endOfViewerDay(dateValue, store.viewer.timeZone);
    this.reasonError = reason ? '' : t(lang, 'reasonRequired');
    this.untilError = !this.permanent && (until === undefined || until <= Date.now()) ? t(lang, 'untilRequired') : '';
    if (this.reasonError || this.untilError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const ban = await store.details.ban(session.id, until === undefined ? { reason } : { reason, until });
      this.status =
        ban.until === undefined
          ? t(lang, 'bannedPermanently')
          : t(lang, 'bannedUntil', { until: formatDateTime(ban.until, this.locale.formatContext(store.viewer)) });
      this.busy = false;
      emitPublic<BanDoneEventDetail>(this, 'sv-ban-done', { sessionId: session.id, ban });
      this.dialog?.close();
      this.open = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="unban-button"]')?.focus();
    } catch (raw) {
      const error = toSessionViewError(raw);
      if (store.details.intents.get(session.id, 'ban')?.status === 'unknown') this.error = t(lang, 'banUnknown');
      else if (error.kind === 'forbidden') this.error = t(lang, 'banRefused');
      else this.error = t(lang, 'banFailed', { reason: translate(lang, `common.error.${error.kind}`) });
      this.busy = false;
    }
  }

  /** This element's error, or a ban abandoned (perhaps by an earlier mount) with its outcome unknown. */
  private get shownError(): string {
    if (this.error) return this.error;
    const unknown = !!this.session && this.store?.details.intents.get(this.session.id, 'ban')?.status === 'unknown';
    return unknown ? t(this.locale.lang, 'banUnknown') : '';
  }

  /** Stops waiting for this session's ban in flight. */
  abandon(): void {
    if (this.session && this.banPending) this.store?.details.intents.abandon(this.session.id, 'ban');
  }

  /** Lifts the client's ban. */
  async unban(): Promise<void> {
    const { store, session } = this;
    if (!store || !session || this.busy || !this.canUnban) return;
    const lang = this.locale.lang;
    this.busy = true;
    this.error = '';
    try {
      await store.details.unban(session.id);
      this.status = t(lang, 'unbanDone');
      emitPublic<UnbanDoneEventDetail>(this, 'sv-unban-done', { sessionId: session.id });
    } catch (raw) {
      const error = toSessionViewError(raw);
      this.error = error.kind === 'forbidden' ? t(lang, 'unbanRefused') : t(lang, 'unbanFailed', { reason: translate(lang, `common.error.${error.kind}`) });
    } finally {
      this.busy = false;
    }
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

  private renderDialog() {
    const lang = this.locale.lang;
    const client = this.session?.client.name ?? '';
    return html`<dialog
      class="sv-dialog"
      part="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="ban-title"
      aria-describedby="ban-intro"
      @keydown=${this.onDialogKeydown}
      @cancel=${(event: Event) => (event.preventDefault(), void this.cancel())}
    >
      <form novalidate @submit=${(event: Event) => (event.preventDefault(), void this.confirm())}>
        <h2 id="ban-title">${t(lang, 'banTitle', { client })}</h2>
        <p id="ban-intro">${t(lang, 'banIntro')}</p>
        <div>
          <label class="block" for="reason">${t(lang, 'reason')}</label>
          <textarea
            id="reason"
            name="reason"
            class="sv-input"
            required
            aria-invalid=${this.reasonError ? 'true' : 'false'}
            aria-describedby=${this.reasonError ? 'reason-error' : nothing}
          ></textarea>
          ${this.reasonError ? html`<p id="reason-error" class="field-error">${this.reasonError}</p>` : nothing}
        </div>
        <fieldset>
          <legend>${t(lang, 'duration')}</legend>
          <label><input type="radio" name="duration" value="permanent" .checked=${this.permanent} @change=${() => (this.permanent = true)} /> ${t(lang, 'permanent')}</label>
          <label><input type="radio" name="duration" value="until" .checked=${!this.permanent} @change=${() => (this.permanent = false)} /> ${t(lang, 'until')}</label>
          ${this.permanent
            ? nothing
            : html`<label for="until-date">${t(lang, 'untilDate')}</label>
                <input
                  id="until-date"
                  name="until-date"
                  class="sv-input"
                  type="date"
                  min=${todayIso(this.store?.viewer.timeZone)}
                  aria-invalid=${this.untilError ? 'true' : 'false'}
                  aria-describedby=${this.untilError ? 'until-error' : nothing}
                />
                ${this.untilError ? html`<p id="until-error" class="field-error">${this.untilError}</p>` : nothing}`}
        </fieldset>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="buttons">
          <button type="button" class="sv-button" data-action="cancel" @click=${() => this.cancel()}>${translate(lang, 'common.cancel')}</button>
          <button type="submit" class="sv-button primary" data-action="confirm" ?disabled=${this.busy}>
            ${this.busy ? t(lang, 'banning') : t(lang, 'confirmBan')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  override render() {
    const session = this.session;
    if (!session || !this.store) return nothing;
    const lang = this.locale.lang;
    const banned = session.ban !== undefined;
    return html`
      ${!banned && this.canBan && !this.open && this.banPending
        ? html`<button class="sv-button danger" part="ban-button" disabled>${t(lang, 'banning')}</button>
            <button class="sv-button" data-action="abandon" @click=${() => this.abandon()}>${t(lang, 'abandon')}</button>`
        : nothing}
      ${!banned && this.canBan && (this.open || !this.banPending)
        ? html`<button class="sv-button danger" part="ban-button" @click=${() => this.openDialog()}>${t(lang, 'ban')}</button>`
        : nothing}
      ${banned && this.canUnban
        ? html`<button class="sv-button" part="unban-button" ?disabled=${this.busy} @click=${() => this.unban()}>
            ${this.busy ? t(lang, 'unbanning') : t(lang, 'unban')}
          </button>`
        : nothing}
      ${this.open ? this.renderDialog() : nothing}
      ${this.shownError && !this.open ? html`<p class="error" role="alert">${this.shownError}</p>` : nothing}
      <div class="sv-visually-hidden" role="status">${this.status}</div>
    `;
  }
}
