import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionAdapter } from '../adapter/index.js';
import type { SessionStore, SessionStoreState } from '../store/session-store.js';
import { shallowEqual, type Equality } from '../store/state-container.js';
import { createSessionStore } from '../store/create-store.js';
import { sessionStoreContext } from '../store/context.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly isUpdatePending: boolean };

/** One store per adapter, so standalone elements given the same adapter share state. */
const storesByAdapter = new WeakMap<SessionAdapter, SessionStore>();

export function storeForAdapter(adapter: SessionAdapter): SessionStore {
  let store = storesByAdapter.get(adapter);
  if (!store) {
    store = createSessionStore(adapter);
    storesByAdapter.set(adapter, store);
  }
  return store;
}

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

  /** Called by the element when its `.store` or `.adapter` property changes. */
  setSource(store: SessionStore | undefined, adapter: SessionAdapter | undefined): void {
    this.explicitStore = store ?? (adapter ? storeForAdapter(adapter) : undefined);
    this.attach();
  }

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
