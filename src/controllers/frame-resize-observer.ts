/**
 * Hands @lit-labs/virtualizer a ResizeObserver that delivers on the next animation frame.
 *
 * Why: the virtualizer answers a size notification by laying out in a microtask, still inside
 * the browser's observer delivery; a changed range renders new rows there and observes them.
 * Those rows sit as deep as the ones just delivered, so the browser cannot deliver them in the
 * same round and reports "ResizeObserver loop completed with undelivered notifications" as a
 * window `error` event — on every row selection of `<session-view>`, in every host's error
 * tracker. Delivered in the next frame's animation callbacks instead, the layout and the new
 * rows land before that frame's layout, whose own observation round then measures them.
 *
 * The price is that a virtualizer's layout now lands a frame or more after the change, so code
 * that reads it (focus on a row, "at the bottom", a pill) first awaits `layoutSettled(owner)`.
 *
 * Only our virtualizers get it: `provideResizeObserver` (exported for polyfills) sets a module-wide constructor that a
 * virtualizer reads when it connects, so it is set for the span of our own connect/render calls
 * and put back after (a host's own virtualizers keep the native observer).
 */
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';

/** Frames `layoutSettled` waits at most (a safety bound: a virtualizer settles in two or three). */
const MAX_FRAMES_TO_SETTLE = 60;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The element whose connect/render is running inside `withFrameResizeObserver`. */
let constructingFor: object | undefined;
const observersOf = new WeakMap<object, Set<FrameResizeObserver>>();
const layoutListeners = new WeakMap<object, () => void>();

export class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private readonly owner = constructingFor;
  /** The latest entry per element since the last delivery. */
  private readonly pending = new Map<Element, ResizeObserverEntry>();
  private frame = 0;
  /** A delivery ran and the frame that renders its layout has not finished yet. */
  private settling = false;
  private deliveries = 0;

  constructor(private readonly callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        // A row the virtualizer took out of the page reports its 0×0 here. The virtualizer never
        // unobserves rows, so without this every row ever rendered stays observed and alive: a
        // live table then measured more rows each frame, minute after minute.
        if (!entry.target.isConnected) this.unobserve(entry.target);
        else this.pending.set(entry.target, entry);
      }
      if (this.pending.size > 0) this.frame ||= requestAnimationFrame(() => this.deliver());
    });
    if (this.owner) {
      const observers = observersOf.get(this.owner) ?? new Set();
      observersOf.set(this.owner, observers.add(this));
    }
  }

  /**
   * A size change waits for delivery, or the layout it caused has not been through a frame's
   * observation round yet (which may bring more changes).
   */
  get busy(): boolean {
    return this.frame !== 0 || this.settling;
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.pending.delete(target);
    this.observer.unobserve(target);
  }

  disconnect(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.settling = false;
    this.pending.clear();
    this.observer.disconnect();
    if (this.owner) observersOf.get(this.owner)?.delete(this);
  }

  private deliver(): void {
    this.frame = 0;
    const entries = [...this.pending.values()];
    this.pending.clear();
    if (entries.length === 0) return;
    this.callback(entries, this);
    // The virtualizer lays out in a microtask queued by the callback: the owner hears after it.
    const listener = this.owner && layoutListeners.get(this.owner);
    if (listener) void Promise.resolve().then(() => Promise.resolve()).then(listener);
    // Busy for two more frame starts: the next frame's observation round may find changes, and a
    // scroll the layout caused (a log sticking to its end) lays out again one frame later.
    const delivery = ++this.deliveries;
    this.settling = true;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (delivery === this.deliveries) this.settling = false;
      }),
    );
  }
}

/**
 * Calls `listener` after each layout a size change caused in `owner`'s virtualizers (for what
 * must follow the new sizes in the same frame, like a log that sticks to its end).
 */
export function onSizeLayout(owner: object, listener: () => void): void {
  layoutListeners.set(owner, listener);
}

/** A virtualizer `owner` created has a size change to lay out, or a layout not yet through a frame. */
export function layoutBusy(owner: object): boolean {
  return [...(observersOf.get(owner) ?? [])].some((observer) => observer.busy);
}

/**
 * Resolves once the virtualizers `owner` created have laid out everything their observers saw:
 * at least one frame, then until a whole frame passes without a size change to deliver.
 */
export async function layoutSettled(owner: object): Promise<void> {
  for (let frame = 0; frame < MAX_FRAMES_TO_SETTLE; frame++) {
    await nextFrame();
    if (!layoutBusy(owner)) return;
  }
}

/**
 * Runs `connectOrRender` (an element's `connectedCallback` or `update`, where a virtualizer
 * directive creates or reconnects its virtualizer) with FrameResizeObserver provided; the
 * observers created belong to `owner` for `layoutSettled(owner)`.
 */
export function withFrameResizeObserver<T>(owner: object, connectOrRender: () => T): T {
  provideResizeObserver(FrameResizeObserver);
  constructingFor = owner;
  try {
    return connectOrRender();
  } finally {
    constructingFor = undefined;
    provideResizeObserver(globalThis.ResizeObserver);
  }
}
