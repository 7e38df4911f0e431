/**
 * Code an element shows only sometimes (a tab panel, a dialog, a popover, transcript masking) loaded
 * with `import()` on first use, so a host that imports one element pays up front only for what its
 * first paint needs. The element renders a loading state meanwhile and re-renders when the code
 * arrives; its `updateComplete` waits for that (see {@link settleLoading}), so a host or a test that
 * awaits `updateComplete` sees the part, never the loading state.
 *
 * The one-file bundle inlines these imports (rollup `inlineDynamicImports`): there the code is
 * already present and each part is ready after one microtask.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadOnce } from '../engine/load-once.js';
import { settleLanguages } from '../i18n/translate.js';

/** Something loaded on demand: its value once loaded (`undefined` before), and how to load it. */
export interface LazyPart<T> {
  current(): T | undefined;
  load(): Promise<T>;
}

/** A module loaded once for the whole page: every element that uses it shares the one load (and a failed load is tried again on the next use). */
export const lazyModule: <T>(importer: () => Promise<T>) => LazyPart<T> = loadOnce;

/**
 * A custom element registered by its define module on first use. Ready as soon as the tag is
 * defined, however that happened (a host may have imported the define module itself).
 */
export function lazyElement(tag: string, importer: () => Promise<unknown>): LazyPart<true> {
  const module = lazyModule(importer);
  const defined = (): true | undefined => (typeof customElements !== 'undefined' && customElements.get(tag) ? true : undefined);
  return { current: defined, load: () => module.load().then(() => true as const) };
}

/**
 * Per element: which parts it is waiting for, and the re-render when each arrives. (No lifecycle
 * to follow: a part that arrives after the element left the page only marks it for an update.)
 */
export class LazyPartsController {
  readonly #pending = new Map<LazyPart<unknown>, Promise<void>>();
  /** Parts whose load failed (offline, a deploy in between): not loaded again until `retry`. */
  readonly #failed = new Set<LazyPart<unknown>>();

  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  /**
   * The part's value when loaded; otherwise starts loading it and returns `undefined` (render a
   * loading state, or the failure when `failed(part)`: each render must not start another load).
   */
  use<T>(part: LazyPart<T>): T | undefined {
    const value = part.current();
    if (value !== undefined || this.#pending.has(part) || this.#failed.has(part)) return value;
    const pending = part.load().then(
      () => {
        this.#pending.delete(part);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.#pending.delete(part);
        this.#failed.add(part);
        console.error('[session-view] a part of the element could not be loaded', error);
        this.host.requestUpdate();
      },
    );
    this.#pending.set(part, pending);
    return undefined;
  }

  /** Whether the part's last load failed (render an error with a way to `retry`). */
  failed(part: LazyPart<unknown>): boolean {
    return this.#failed.has(part);
  }

  /**
   * The user reached for the part (Retry, or opening what needs it): loads it now, again if its
   * last load failed. Renders only `use` it, so a failure is not retried on every render.
   */
  retry<T>(part: LazyPart<T>): T | undefined {
    this.#failed.delete(part);
    const value = this.use(part);
    this.host.requestUpdate();
    return value;
  }

  /** Starts loading a part ahead of its use (e.g. on hover or focus of the button that opens it). */
  preload(part: LazyPart<unknown>): void {
    if (part.current() === undefined) part.load().catch(() => undefined);
  }

  /** Settles when every part this element is waiting for has arrived (or failed); `undefined` when none. */
  get loading(): Promise<void> | undefined {
    return this.#pending.size > 0 ? Promise.all(this.#pending.values()).then(() => undefined) : undefined;
  }
}

/** Anything an element's `updateComplete` should wait for: a store or parts still loading. */
export interface Loading {
  readonly loading: Promise<unknown> | undefined;
}

/**
 * For an element's `getUpdateComplete()`: the element's update, then whatever is still loading
 * (the sources, and the strings of a language an element on the page has started to speak), then
 * the update it triggers, until nothing is.
 */
export function settleLoading(sources: readonly Loading[], updateComplete: () => Promise<boolean>): Promise<boolean> {
  return settleLanguages(updateComplete, () => sources.find((source) => source.loading !== undefined)?.loading);
}
