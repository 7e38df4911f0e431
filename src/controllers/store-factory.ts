/**
 * How a standalone element given only `.adapter` gets its store. The store (view engine,
 * validation, detail and search sub-stores) is most of a small element's weight, and an element
 * inside `<session-view>` or given `.store` never needs to create one; so the store's code is
 * registered here by the define module of the element that always carries it (`<session-table>`),
 * and the others (`<session-detail>`, `<recording-player>`, `<routing-panel>`) register how to
 * load it (store-code.ts), which they do only when a host hands them an adapter.
 */
import type { SessionAdapter } from '../adapter/index.js';
import type { SessionStore } from '../store/session-store.js';

type StoreFactory = (adapter: SessionAdapter) => SessionStore;

let factory: StoreFactory | undefined;
let loadFactory: (() => Promise<StoreFactory>) | undefined;

/** One store per adapter, so standalone elements given the same adapter share state. */
const storesByAdapter = new WeakMap<SessionAdapter, SessionStore>();

/** Called by define modules that already import the store: adapters then get a store at once. */
export function provideStoreFactory(create: StoreFactory): void {
  factory ??= create;
}

/** Called by the modules of elements that do not carry the store: how to load its code when needed. */
export function provideStoreLoader(load: () => Promise<StoreFactory>): void {
  loadFactory ??= load;
}

/** The adapter's store when the store's code is loaded; `undefined` until then. */
export function storeForAdapterNow(adapter: SessionAdapter): SessionStore | undefined {
  let store = storesByAdapter.get(adapter);
  if (!store && factory) {
    store = factory(adapter);
    storesByAdapter.set(adapter, store);
  }
  return store;
}

/** The adapter's store, loading the store's code first when no define module brought it. */
export async function loadStoreForAdapter(adapter: SessionAdapter): Promise<SessionStore> {
  if (!factory) {
    if (!loadFactory) throw new Error('[session-view] No element module registered the store: import an element from session-view/define/.');
    provideStoreFactory(await loadFactory());
  }
  return storeForAdapterNow(adapter)!;
}
