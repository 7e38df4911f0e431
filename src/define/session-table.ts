/**
 * Registers `<session-table>` and the parts of its first paint. Import this module (or
 * `session-view/session-table.js`) to use the tag. The search box and saved views load right after
 * the first paint; the column chooser, the filter popover, the export menu and the rows'
 * virtualizer on first use (elements/session-table/table-lazy-parts.ts).
 */
import { defineElement } from './define-element.js';
import { createSessionStore } from '../store/create-store.js';
import { provideStoreFactory } from '../controllers/store-factory.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';
import { SessionTable, type QueryChangeDetail, type SessionSelectDetail } from '../elements/session-table/session-table.js';

// It always carries the store: an element given only `.adapter` gets its store at once.
provideStoreFactory(createSessionStore);
defineElement('session-table', SessionTable);

export { SessionTable };
export type { QueryChangeDetail, SessionSelectDetail };

declare global {
  interface HTMLElementTagNameMap {
    'session-table': SessionTable;
  }
}
