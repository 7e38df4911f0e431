/**
 * The store's parts for hosts with `serverQuery`: range paging around the viewport, the host's
 * filter value lists and search snippets, and the page-by-page walk an export of the whole list
 * takes. Loaded with `import()` by `ServerMode` (server-mode.ts) only when the adapter has
 * `serverQuery`, so a client-side table does not download them.
 */
import type { SessionAdapter } from '../adapter/index.js';
import type { ValueListEntry } from '../engine/query/index.js';
import type { SearchSnippet } from '../engine/search/index.js';
import { HostSnippets } from './host-snippets.js';
import { HostValueLists } from './host-value-lists.js';
import { RangeView, type RangeViewHost } from './range-view.js';

export { queryPages } from './query-pages.js';

/** What the server parts need of the store. */
export interface ServerPartsHost extends RangeViewHost {
  /** The host answered a filter value list (all cached lists, a new map). */
  valueListsLanded(lists: ReadonlyMap<string, readonly ValueListEntry[]>): void;
  /** The host answered search snippets of the rows on screen (a new map). */
  snippetsLanded(snippets: ReadonlyMap<string, SearchSnippet>): void;
}

export interface ServerParts {
  readonly range: RangeView;
  /** With `adapter.valueList`: filter value lists counted by the host. */
  readonly valueLists: HostValueLists | undefined;
  /** With `adapter.searchSnippets`: the search hits of the rows on screen, from the host. */
  readonly snippets: HostSnippets | undefined;
}

export function createServerParts(adapter: SessionAdapter, options: { pageSize: number; maxPages: number }, host: ServerPartsHost): ServerParts {
  const { valueList, searchSnippets } = adapter;
  const timeLimit = () => host.requestTimeoutMs;
  return {
    range: new RangeView(adapter, options, host),
    valueLists: typeof valueList === 'function' ? new HostValueLists(valueList.bind(adapter), timeLimit, (lists) => host.valueListsLanded(lists)) : undefined,
    snippets:
      typeof searchSnippets === 'function'
        ? new HostSnippets(searchSnippets.bind(adapter), {
            get requestTimeoutMs() {
              return timeLimit();
            },
            landed: (snippets) => host.snippetsLanded(snippets),
            invalid: (records) => host.invalid(records),
          })
        : undefined,
  };
}
