/**
 * The columns the table shows: the store's chosen columns, less those that mean nothing in the
 * current mode (see live-columns.ts), as definitions. Kept until either changes: every render,
 * keystroke and width fit asks for them.
 */
import { columnById, type ColumnDef, type Mode } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { displayedColumns } from './live-columns.js';

export class VisibleColumns {
  #ids: readonly string[] | undefined;
  #mode: Mode | undefined;
  #defs: ColumnDef[] = [];

  of(store: SessionStore | undefined): ColumnDef[] {
    const ids = store?.columns ?? [];
    const mode = store?.query.mode;
    if (this.#ids !== ids || this.#mode !== mode) {
      const shown = mode ? displayedColumns(ids, mode) : ids;
      this.#ids = ids;
      this.#mode = mode;
      this.#defs = shown.map((id) => columnById(id)).filter((c): c is ColumnDef => c !== undefined);
    }
    return this.#defs;
  }
}
