/**
 * What `<session-table>` loads after its first paint or on first use (controllers/lazy-parts.ts):
 * the toolbar's search box, saved views and filter chips as soon as there is a store (the grid
 * paints first),
 * the column chooser and the filter popover (with @floating-ui) when first opened, the export
 * menu (its dialog, the export and redaction settings) when the user first reaches for its button.
 */
import { lazyElement, lazyModule } from '../../controllers/lazy-parts.js';

export const TABLE_LAZY_PARTS = {
  toolbarControls: lazyModule(() => import('./toolbar-controls.js')),
  columnChooser: lazyElement('sv-column-chooser', () => import('../../define/sv-column-chooser.js')),
  filterPopover: lazyElement('sv-filter-popover', () => import('../../define/sv-filter-popover.js')),
  exportMenu: lazyElement('sv-export-menu', () => import('../../define/sv-export-menu.js')),
  /** @lit-labs/virtualizer under our tag; the grid shows its first rows without it (grid-viewport.ts). */
  rowVirtualizer: lazyElement('sv-row-virtualizer', () => import('../../define/sv-row-virtualizer.js')),
};
