/**
 * What the table's first paint can do without, loaded as one chunk right after it
 * (table-lazy-parts.ts): the content search, the saved views (with the popover code and styles
 * only they used among the up-front parts) and the filter chips.
 */
import '../../define/sv-search-box.js';
import '../../define/sv-saved-views.js';

export { SavedViewsControl } from './saved-views-control.js';
export { renderFilterChips } from './filter-chips.js';
