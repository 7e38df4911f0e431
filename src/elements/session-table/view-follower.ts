/**
 * How the table follows its store's view as it changes: when live data moves rows, the first
 * visible session stays where the reader sees it (with the "N new sessions" pill when sessions
 * arrive above a reader scrolled down); a new query starts at the top; and what a screen reader
 * must hear is announced — arrivals in Live, the row count once per filter change.
 */
import type { TemplateResult } from 'lit';
import type { SessionQuery } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { PENDING_ROW } from '../../store/index.js';
import { ArrivalsPill } from './arrivals-pill.js';
import type { GridInteraction } from './grid-interaction.js';
import type { GridViewport } from './grid-viewport.js';
import { LiveRowsSeen } from './live-rows-seen.js';
import { RowCount } from './row-count.js';
import { tableStrings } from './session-table.strings.js';

export interface ViewFollowerHost {
  readonly viewport: GridViewport;
  readonly grid: GridInteraction;
  announce(text: string): void;
  lang(): string;
  requestUpdate(): void;
}

export class ViewFollower {
  readonly rowCount = new RowCount();
  readonly #arrivals = new ArrivalsPill();
  readonly #liveRowsSeen = new LiveRowsSeen();
  #lastView: readonly string[] = [];
  #lastQuery: SessionQuery | undefined;
  /** Where the content should be scrolled once the next render is on screen. */
  #pendingOffset: number | undefined;
  /** The filters and mode whose row count was last announced (search announces its own results). */
  #countAnnouncedFor: { filters: SessionQuery['filters']; mode: SessionQuery['mode'] } | undefined;

  constructor(private readonly host: ViewFollowerHost) {}

  /** Before each render. */
  follow(store: SessionStore): void {
    if (store.view !== this.#lastView) this.#followViewChange(store);
    // The count is news once loading ends, which can be a state after the rows arrived.
    else this.#announceRowCount(store);
  }

  /** After each render: the scroll position that keeps the reader's rows in place. */
  restoreScroll(): void {
    if (this.#pendingOffset === undefined) return;
    const offset = this.#pendingOffset;
    this.#pendingOffset = undefined;
    this.host.viewport.setContentOffset(offset);
  }

  /** The grid scrolled: scrolled to the top by hand, the new rows are in sight. */
  scrolled(): void {
    if (this.#arrivals.count > 0 && this.host.viewport.scrollTop === 0) {
      this.#arrivals.clear();
      this.host.requestUpdate();
    }
  }

  /** The "N new sessions" pill (empty when there are none). */
  renderPill(lang: string): TemplateResult {
    return this.#arrivals.render(lang, this.#revealArrivals);
  }

  #followViewChange(store: SessionStore): void {
    const { viewport } = this.host;
    const previous = this.#lastView;
    const view = store.view;
    const sameQuery = this.#lastQuery === store.query;
    if (sameQuery && previous.length > 0 && viewport.scrollTop > 0) {
      // Live data moved rows: keep the first visible session where the user sees it.
      const first = viewport.firstVisibleIndex;
      const anchorId = previous[first];
      // A placeholder row (its page in flight) anchors nothing: all placeholders share one id.
      const newIndex = anchorId === undefined || anchorId === PENDING_ROW ? -1 : view.indexOf(anchorId);
      if (newIndex >= 0 && newIndex !== first) {
        const remainder = viewport.contentOffset - first * viewport.rowHeight;
        this.#pendingOffset = newIndex * viewport.rowHeight + remainder;
        if (this.#arrivals.noteShift(previous, view, first, newIndex, store.capabilities.serverQuery)) {
          this.host.announce(this.#arrivals.text(this.host.lang()));
        }
      }
    } else if (!sameQuery && this.#lastQuery !== undefined && viewport.scrollTop > 0) {
      this.#pendingOffset = 0;
    }
    if (!sameQuery) this.#arrivals.clear();
    this.host.grid.followView(view);
    this.#announceArrivals(store);
    this.#announceRowCount(store);
    this.#lastView = view;
    this.#lastQuery = store.query;
  }

  /** Once per filter change (not per live tick), when the new view has settled. */
  #announceRowCount(store: SessionStore): void {
    const { filters, mode } = store.query;
    const last = this.#countAnnouncedFor;
    if (last?.filters === filters && last.mode === mode) return;
    if (store.status === 'loading' || store.search.state.status === 'searching') return;
    this.#countAnnouncedFor = { filters, mode };
    // The first view is not news: the table just opened.
    if (last) this.host.announce(this.rowCount.text(store, this.host.lang()));
  }

  #announceArrivals(store: SessionStore): void {
    if (store.query.mode !== 'live') {
      this.#liveRowsSeen.reset();
      return;
    }
    const arrivals = this.#liveRowsSeen.arrivalsIn(store.view);
    if (arrivals === undefined || store.status === 'loading') return;
    // A reader scrolled down hears the pill's count instead (see #followViewChange).
    if (arrivals > 0 && this.#arrivals.count === 0) this.host.announce(tableStrings(this.host.lang(), 'arrivals', { count: arrivals }));
  }

  /** The pill was clicked: scroll to the top to show the new sessions; focus goes back to the grid (its active cell and the selection stay). */
  readonly #revealArrivals = () => {
    this.#arrivals.clear();
    this.#pendingOffset = 0;
    this.host.viewport.element?.focus({ preventScroll: true });
    this.host.requestUpdate();
  };
}
