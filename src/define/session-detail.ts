/** Registers `<session-detail>` and the parts it is built from. */
import './sv-transcript.js';
import './routing-panel.js';
import './recording-player.js';
import { SessionDetail, type DetailCloseEventDetail, type DetailTabChangeEventDetail } from '../elements/session-detail/session-detail.js';
import { SessionInfo } from '../elements/session-detail/info/session-info.js';
import { SessionParametersTable } from '../elements/session-detail/parameters/session-parameters.js';
import { SessionNotes, type NoteAddedEventDetail } from '../elements/session-detail/notes/session-notes.js';
import { ContactClientButton, type ContactClientDoneEventDetail } from '../elements/session-detail/actions/contact-client.js';
import { BanControl, type BanDoneEventDetail, type UnbanDoneEventDetail } from '../elements/session-detail/actions/ban-control.js';
import { LinkedTranscript } from '../elements/session-detail/linked-transcript/linked-transcript.js';
import { defineElement } from './define-element.js';
import { createSessionStore } from '../store/create-store.js';
import { provideStoreFactory } from '../controllers/store-factory.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';

export { SessionDetail, SessionInfo, SessionParametersTable, SessionNotes, ContactClientButton, BanControl, LinkedTranscript };
export type {
  DetailCloseEventDetail,
  DetailTabChangeEventDetail,
  NoteAddedEventDetail,
  ContactClientDoneEventDetail,
  BanDoneEventDetail,
  UnbanDoneEventDetail,
};

// It always carries the store: an element given only `.adapter` gets its store at once.
provideStoreFactory(createSessionStore);
defineElement('sv-session-info', SessionInfo);
defineElement('sv-session-parameters', SessionParametersTable);
defineElement('sv-session-notes', SessionNotes);
defineElement('sv-contact-client', ContactClientButton);
defineElement('sv-ban-control', BanControl);
defineElement('sv-linked-transcript', LinkedTranscript);
defineElement('session-detail', SessionDetail);

declare global {
  interface HTMLElementTagNameMap {
    'session-detail': SessionDetail;
    'sv-session-info': SessionInfo;
    'sv-session-parameters': SessionParametersTable;
    'sv-session-notes': SessionNotes;
    'sv-contact-client': ContactClientButton;
    'sv-ban-control': BanControl;
    'sv-linked-transcript': LinkedTranscript;
  }
}
