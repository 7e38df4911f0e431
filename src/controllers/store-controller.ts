import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionAdapter } from '../adapter/index.js';
import type { SessionStore } from '../store/session-store.js';
import { createSessionStore } from '../store/create-store.js';
import { sessionStoreContext } from '../store/context.js';

type Host = ReactiveControllerHost & HTMLElement;

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

/**
 * Gives an element its SessionStore and re-renders it when the store changes. The store comes
 * from, in order: the element's own `.store`, its own `.adapter`, or the nearest `<session-view>`
 * through context. Connecting the element connects the store (loading, live subscription);
 * disconnecting releases it.
 */
export class StoreController implements ReactiveController {
  store: SessionStore | undefined;
  private contextStore: SessionStore | undefined;
  private explicitStore: SessionStore | undefined;
  private connected = false;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: Host, private readonly options: { autoConnect?: boolean } = {}) {
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
    next.addEventListener('change', this.onChange);
    if (this.options.autoConnect !== false) next.connect();
    this.listening = true;
    this.host.requestUpdate();
  }

  private listening = false;

  private detach(): void {
    if (!this.store || !this.listening) return;
    this.store.removeEventListener('change', this.onChange);
    if (this.options.autoConnect !== false) this.store.disconnect();
    this.listening = false;
  }
}
