/**
 * Makes an element a floating panel next to an anchor: positioned with @floating-ui/dom (flips
 * and shifts at viewport edges, follows scrolling and resizing), closed by Escape, a click
 * outside, or focus moving out of it (a non-modal popover must not linger behind where the
 * keyboard user went). The host decides what "close" means (it fires `close`, and moves focus
 * back unless focus already left for somewhere else).
 */
import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyModule } from '../../controllers/lazy-parts.js';

/**
 * @floating-ui loads with the first panel opened on the page (a table that is only looked at
 * never needs it). Until it is in, that first panel is in place in the focus order but not seen.
 */
const FLOATING_UI = lazyModule(() => import('@floating-ui/dom'));
type FloatingUi = typeof import('@floating-ui/dom');

type Host = ReactiveControllerHost & HTMLElement;

/** Detail of a floating panel's internal `close` event. */
export interface PopoverCloseDetail {
  /** False when focus already left for somewhere else: it must not be pulled back. */
  returnFocus: boolean;
}

/** Why the panel is dismissed: after `focus-left` focus stays where the user moved it. */
export type DismissReason = 'escape' | 'outside' | 'focus-left';

export class FloatingController implements ReactiveController {
  private stopAutoUpdate: (() => void) | undefined;
  private anchor: Element | undefined;
  private floating: HTMLElement | undefined;
  /** Counts `start()` calls: a load that lands after a newer start (or a stop) places nothing. */
  private starts = 0;

  constructor(
    private readonly host: Host,
    private readonly onDismiss: (reason: DismissReason) => void,
    private readonly placement: Placement = 'bottom-start',
  ) {
    host.addController(this);
  }

  private readonly onDocumentPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    if (path.includes(this.host) || (this.anchor && path.includes(this.anchor))) return;
    this.onDismiss('outside');
  };

  /** Focus moved to an element outside the panel and its anchor (not to another window). */
  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !this.floating) return;
    if (this.floating.contains(next) || this.host.contains(next) || (this.anchor && (this.anchor === next || this.anchor.contains(next)))) return;
    this.onDismiss('focus-left');
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.onDismiss('escape');
  };

  /** Starts placing `floating` (default: the host) next to `anchor`; call `stop()` when the panel closes. */
  start(anchor: Element, floating: HTMLElement = this.host): void {
    this.stop();
    this.anchor = anchor;
    this.floating = floating;
    const host = floating;
    host.style.position = 'fixed';
    host.style.top = '0';
    host.style.left = '0';
    const place = ({ autoUpdate, computePosition, flip, offset, shift, size }: FloatingUi) => {
      this.stopAutoUpdate = autoUpdate(anchor, host, () => {
        void computePosition(anchor, host, {
          strategy: 'fixed',
          placement: this.placement,
          middleware: [
            offset(4),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            size({
              padding: 8,
              apply: ({ availableHeight }) => host.style.setProperty('--_available-height', `${Math.max(160, availableHeight)}px`),
            }),
          ],
        }).then(({ x, y }) => {
          host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
          host.style.removeProperty('opacity');
        });
      });
    };
    const loaded = FLOATING_UI.current();
    if (loaded) place(loaded);
    else {
      // Transparent, not hidden: focus may move into the panel before it is placed.
      host.style.opacity = '0';
      const started = ++this.starts;
      FLOATING_UI.load().then(
        (ui) => started === this.starts && this.floating === host && place(ui),
        (error: unknown) => {
          host.style.removeProperty('opacity');
          console.error('[session-view] @floating-ui could not be loaded', error);
        },
      );
    }
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    host.addEventListener('keydown', this.onKeyDown);
    host.addEventListener('focusout', this.onFocusOut);
  }

  stop(): void {
    this.starts += 1;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.anchor = undefined;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    // Removed from the element they were added to (the panel, which may be a child of the host).
    this.floating?.removeEventListener('keydown', this.onKeyDown);
    this.floating?.removeEventListener('focusout', this.onFocusOut);
    this.floating = undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }
}
