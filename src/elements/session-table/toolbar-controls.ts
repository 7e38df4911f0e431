/**
 * The toolbar's controls that the table's first paint can do without: the content search and the
 * saved views (with the popover code and styles only they use among the up-front parts). One
 * module, so they arrive in one chunk right after the first paint (table-lazy-parts.ts).
 */
import '../../define/sv-search-box.js';
import '../../define/sv-saved-views.js';
