/** Registers `<sv-session-notes>`, the Notes tab. `<session-detail>` loads this module when it first shows the part. */
import { SessionNotes, type NoteAddedEventDetail } from '../elements/session-detail/notes/session-notes.js';
import { defineElement } from './define-element.js';

export { SessionNotes };
export type { NoteAddedEventDetail };

defineElement('sv-session-notes', SessionNotes);

declare global {
  interface HTMLElementTagNameMap {
    'sv-session-notes': SessionNotes;
  }
}
