import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionAdapter } from '../adapter/index.js';
import type { SessionStore, SessionStoreState } from '../store/session-store.js';
import { shallowEqual, type Equality } from '../store/shallow-equal.js';
import { sessionStoreContext } from '../store/context.js';
import { loadStoreForAdapter, storeForAdapterNow } from './store-factory.js';
import { settleLoading } from './lazy-parts.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly isUpdatePending: boolean };

export interface StoreControllerOptions {
  /**
   * The slice of the store's state the element renders; it re-renders only when that changes.
   * Evaluated on every store change, so keep it cheap (a few property reads and lookups).
   */
  select: (state: SessionStoreState) => unknown;
  /** How slices compare; default: element-wise `Object.is` of arrays and plain objects. */
  equals?: Equality<unknown>;
  /** Connect the store (load, live subscription) with the element; default true. */
  autoConnect?: boolean;
}

/**
 * Gives an element its SessionStore and re-renders it when the slice it selected changes. The
 * store comes from, in order: the element's own `.store`, its own `.adapter`, or the nearest
 * `<session-view>` through context. Connecting the element connects the store (loading, live
 * subscription); disconnecting releases it.
 */
export class StoreController implements ReactiveController {
  store: SessionStore | undefined;
  private contextStore: SessionStore | undefined;
  private explicitStore: SessionStore | undefined;
  private source: { store: SessionStore | undefined; adapter: SessionAdapter | undefined } = { store: undefined, adapter: undefined };
  private connected = false;
  private unsubscribe: (() => void) | undefined;
  /** The slice the last render used: a store change re-renders only when it differs. */
  private rendered: unknown;

  constructor(private readonly host: Host, private readonly options: StoreControllerOptions) {
    host.addController(this);
    new ContextConsumer(host, {
      context: sessionStoreContext,
      subscribe: true,
      callback: (store) => {
        this.contextStore = store;
        this.attach();
      },
    });
  }

  /**
   * Called by the element when its `.store` or `.adapter` property changes. An adapter's store
   * may need its code loaded first (see store-factory.ts): it attaches when that arrives, unless
   * the element's source changed meanwhile.
   */
  setSource(store: SessionStore | undefined, adapter: SessionAdapter | undefined): void {
    this.source = { store, adapter };
    const now = store ?? (adapter ? storeForAdapterNow(adapter) : undefined);
    if (now || !adapter) {
      this.explicitStore = now;
      this.attach();
      return;
    }
    const loading = loadStoreForAdapter(adapter).then((loaded) => {
      if (this.loading === loading) this.loading = undefined;
      if (this.source.adapter !== adapter || this.source.store) return;
      this.explicitStore = loaded;
      this.attach();
    });
    this.loading = loading;
  }

  /**
   * The store's code being loaded for an adapter, if it is: an element's `updateComplete` waits
   * for it (see {@link settleStoreLoading}), so a host that sets `.adapter` and awaits
   * `updateComplete` sees the element with its data, as before the store was loaded on demand.
   */
  loading: Promise<void> | undefined;

  /** Called before each render: remembers the slice it renders. */
  hostUpdate(): void {
    if (this.store) this.rendered = this.options.select(this.store.getState());
  }

  hostConnected(): void {
    this.connected = true;
    this.attach();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
  }

  private attach(): void {
    const next = this.explicitStore ?? this.contextStore;
    if (next === this.store && (this.store === undefined || !this.connected || this.listening)) return;
    this.detach();
    this.store = next;
    if (!next || !this.connected) {
      this.host.requestUpdate();
      return;
    }
    const { select, equals = shallowEqual } = this.options;
    // Compared with what was rendered (not with the previous change): the slice may also depend
    // on the element's own state (its scroll position, its session id), which changes between.
    this.unsubscribe = next.subscribe(
      (state) => state,
      (state) => {
        if (!this.host.isUpdatePending && !equals(this.rendered, select(state))) this.host.requestUpdate();
      },
    );
    if (this.options.autoConnect !== false) next.connect();
    this.host.requestUpdate();
  }

  private get listening(): boolean {
    return this.unsubscribe !== undefined;
  }

  private detach(): void {
    if (!this.store || !this.unsubscribe) return;
    this.unsubscribe();
    this.unsubscribe = undefined;
    if (this.options.autoConnect !== false) this.store.disconnect();
  }
}

/**
 * For an element's `getUpdateComplete()`: the element's update, then the store's code when it is
 * still loading (after which the element renders again with its store).
 */
export function settleStoreLoading(controller: StoreController, updateComplete: () => Promise<boolean>): Promise<boolean> {
  return settleLoading([controller], updateComplete);
}
