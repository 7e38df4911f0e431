/**
 * Something loaded on first use (a module's code, mostly) and shared by every later use: one load
 * in flight at a time, and a failed load is forgotten, so the next use tries again (offline, a
 * deploy in between). Elements' lazy parts (controllers/lazy-parts.ts) and the store's lazily
 * loaded code (search, server mode, validation) all load this way.
 */
export interface LoadOnce<T> {
  /** The value once loaded, `undefined` before. */
  current(): T | undefined;
  /** Loads it: once, or again after a failed load. */
  load(): Promise<T>;
  /** Settles when a load in flight has ended, however it ended (at once when none is). */
  settled(): Promise<void>;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    current: () => value,
    load: () =>
      (loading ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    settled: async () => {
      await loading?.catch(() => {});
    },
  };
}
