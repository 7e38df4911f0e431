/**
 * `<sv-row-virtualizer>`: @lit-labs/virtualizer's element under our own tag. The element (rather
 * than the `virtualize` directive inside our template) first renders after it is connected, so
 * the virtualizer finds the grid's scroller as its clipping ancestor. Its own tag keeps a host
 * page's `<lit-virtualizer>` (maybe another version) from clashing with ours.
 */
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';

export class RowVirtualizer extends LitVirtualizer<string> {}
