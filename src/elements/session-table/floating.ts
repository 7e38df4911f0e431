/**
 * Makes an element a floating panel next to an anchor: positioned with @floating-ui/dom (flips
 * and shifts at viewport edges, follows scrolling and resizing), closed by Escape or a click
 * outside. The host decides what "close" means (it fires `close` and moves focus back).
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class FloatingController implements ReactiveController {
  private stopAutoUpdate: (() => void) | undefined;
  private anchor: Element | undefined;

  constructor(
    private readonly host: Host,
    private readonly onDismiss: () => void,
    private readonly placement: Placement = 'bottom-start',
  ) {
    host.addController(this);
  }

  private readonly onDocumentPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    if (path.includes(this.host) || (this.anchor && path.includes(this.anchor))) return;
    this.onDismiss();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.onDismiss();
  };

  /** Starts placing `floating` (default: the host) next to `anchor`; call `stop()` when the panel closes. */
  start(anchor: Element, floating: HTMLElement = this.host): void {
    this.stop();
    this.anchor = anchor;
    const host = floating;
    host.style.position = 'fixed';
    host.style.top = '0';
    host.style.left = '0';
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
      });
    });
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    host.addEventListener('keydown', this.onKeyDown);
  }

  stop(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.anchor = undefined;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }
}
