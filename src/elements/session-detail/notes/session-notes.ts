import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { toSessionViewError } from '../../../store/errors.js';
import { translate } from '../../../i18n/index.js';
import { dateTimeAttribute } from '../../../model/time.js';
import { can, formatDateTimeLong, type Note, type DetailedSession } from '../../../model/index.js';
import type { SessionStore } from '../../../store/index.js';
import { IntentsController } from '../../../controllers/intents-controller.js';
import { LocaleController } from '../../../controllers/locale-controller.js';
import { emitPublic } from '../../../events/emit.js';
import { controls, tokens } from '../../../themes/tokens.js';
import { t } from './session-notes.strings.js';

/** Detail of `sv-note-added`. */
export interface NoteAddedEventDetail {
  sessionId: string;
  note: Note;
}

/**
 * Notes on a session: who wrote each and when, the viewer's own marked apart, and a multi-line
 * box to add one (Ctrl/⌘+Enter saves) when the viewer may. The note shows at once; if the host
 * refuses, it disappears again, the text returns to the box and the reason is shown.
 *
 * @summary Session notes with optimistic add and rollback.
 * @fires {CustomEvent<NoteAddedEventDetail>} sv-note-added - The host saved a note; `detail: { sessionId, note }`.
 * @csspart note - Each note; the viewer's own also has `own-note`.
 * @csspart editor - The new-note text area.
 */
export class SessionNotes extends LitElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        padding: var(--_space-3);
        gap: var(--_space-3);
        overflow: auto;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: var(--_space-2);
      }
      li {
        padding: var(--_space-2) var(--_space-3);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg-subtle);
      }
      li.own {
        background: var(--_accent-subtle);
        border-inline-start: 3px solid var(--_accent);
      }
      li.pending {
        opacity: 0.7;
      }
      .meta {
        display: flex;
        gap: var(--_space-2);
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
      .author {
        font-weight: 600;
        color: var(--_fg);
      }
      .badge {
        padding: 0 var(--_space-1);
        border-radius: var(--_radius);
        background: var(--_accent);
        color: var(--_accent-fg);
      }
      .text {
        margin: var(--_space-1) 0 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: var(--_space-1);
      }
      textarea {
        min-height: 5em;
        padding: var(--_space-2);
        resize: vertical;
      }
      .row {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: var(--_space-2);
      }
      .buttons {
        display: flex;
        gap: var(--_space-2);
      }
      .hint {
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
      .error {
        margin: 0;
        color: var(--_danger);
      }
    `,
  ];

  private readonly locale = new LocaleController(this);
  // Re-renders when this session's save starts, settles or is abandoned (read through the store).
  protected readonly intents = new IntentsController(this, () => this.store);

  /** The store whose `details.addNote` saves notes. */
  @property({ attribute: false }) store: SessionStore | undefined;
  /** The session whose notes to show. */
  @property({ attribute: false }) session: DetailedSession | undefined;

  @state() private error = '';
  @state() private status = '';

  @query('textarea') private editor!: HTMLTextAreaElement | null;

  /**
   * A save of this session's note is in flight. The store holds it, not this element: after a
   * tab switch the form stays disabled and no second note can be sent.
   */
  private get saving(): boolean {
    const session = this.session;
    return !!session && this.store?.details.intents.get(session.id, 'note')?.status === 'pending';
  }

  /** Stops waiting for the save in flight; the text comes back and the outcome is unknown. */
  abandon(): void {
    const intents = this.store?.details.intents;
    const session = this.session;
    if (!intents || !session) return;
    const held = intents.get(session.id, 'note');
    intents.abandon(session.id, 'note');
    // The element that sent it may be gone (a tab switch): give the words back here.
    if (held && this.editor && this.editor.value === '') this.editor.value = held.subject;
  }

  /** The error to show: this element's own, or a save abandoned with its outcome unknown. */
  private get shownError(): string {
    if (this.error) return this.error;
    const session = this.session;
    const unknown = !!session && this.store?.details.intents.get(session.id, 'note')?.status === 'unknown';
    return unknown ? t(this.locale.lang, 'unknown') : '';
  }

  /** True when the viewer may add notes here (role and host capability). */
  get canAdd(): boolean {
    return !!this.store && can(this.store.viewer, this.store.capabilities, 'addNote');
  }

  /** Saves the text in the box as a note (what the button and Ctrl+Enter do). */
  async submit(): Promise<void> {
    const store = this.store;
    const session = this.session;
    const editor = this.editor;
    if (!store || !session || !editor || this.saving || !this.canAdd) return;
    const text = editor.value.trim();
    const lang = this.locale.lang;
    if (!text) {
      this.error = t(lang, 'emptyText');
      return;
    }
    this.error = '';
    this.status = '';
    editor.value = '';
    try {
      const note = await store.details.addNote(session.id, text);
      this.status = t(lang, 'saved');
      emitPublic<NoteAddedEventDetail>(this, 'sv-note-added', { sessionId: session.id, note });
    } catch (raw) {
      const error = toSessionViewError(raw);
      // Give the words back unless the user already started another note.
      if (this.editor && this.editor.value === '') this.editor.value = text;
      const abandoned = store.details.intents.get(session.id, 'note')?.status === 'unknown';
      if (abandoned) this.error = t(lang, 'unknown');
      else if (error.kind === 'forbidden') this.error = t(lang, 'refused');
      else this.error = t(lang, 'failed', { reason: translate(lang, `common.error.${error.kind}`) });
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.submit();
    }
  }

  private renderNote(note: Note) {
    const lang = this.locale.lang;
    const own = note.authorId === this.store?.viewer.id;
    const pending = note.id.startsWith('pending-');
    const ctx = this.locale.formatContext(this.store?.viewer);
    return html`<li
      class="${own ? 'own' : 'other'} ${pending ? 'pending' : ''}"
      part=${own ? 'note own-note' : 'note'}
      aria-label=${own ? t(lang, 'own') : t(lang, 'other', { author: note.authorName })}
      aria-busy=${pending ? 'true' : 'false'}
      data-note=${note.id}
    >
      <div class="meta">
        <span class="author">${note.authorName}</span>
        ${own ? html`<span class="badge">${t(lang, 'you')}</span>` : nothing}
        <time datetime=${dateTimeAttribute(note.at)}>${formatDateTimeLong(note.at, ctx)}</time>
        ${pending ? html`<span>${t(lang, 'saving')}</span>` : nothing}
      </div>
      <p class="text">${note.text}</p>
    </li>`;
  }

  private renderForm() {
    const lang = this.locale.lang;
    return html`<form @submit=${(event: Event) => (event.preventDefault(), void this.submit())}>
      <label for="new-note">${t(lang, 'newNote')}</label>
      <textarea
        id="new-note"
        class="sv-input"
        part="editor"
        aria-describedby="note-hint ${this.shownError ? 'note-error' : ''}"
        aria-invalid=${this.shownError ? 'true' : 'false'}
        @keydown=${this.onKeydown}
      ></textarea>
      <div class="row">
        <span id="note-hint" class="hint">${t(lang, 'hint')}</span>
        <span class="buttons">
        <button class="sv-button primary" type="submit" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>
          ${this.saving ? t(lang, 'saving') : t(lang, 'save')}
        </button>
        ${this.saving ? html`<button class="sv-button" type="button" data-action="abandon" @click=${this.abandon}>${t(lang, 'abandon')}</button>` : nothing}
        </span>
      </div>
      ${this.shownError ? html`<p id="note-error" class="error" role="alert">${this.shownError}</p>` : nothing}
    </form>`;
  }

  override render() {
    const notes = this.session?.notes ?? [];
    const lang = this.locale.lang;
    return html`
      ${notes.length === 0
        ? html`<p class="sv-status">${t(lang, 'empty')}</p>`
        : html`<ol aria-label=${t(lang, 'list')}>${notes.map((note) => this.renderNote(note))}</ol>`}
      ${this.canAdd ? this.renderForm() : nothing}
      <div class="sv-visually-hidden" role="status">${this.status}</div>
    `;
  }
}
