import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionStore } from '../store/index.js';

/**
 * Re-renders its host when the store's pending intents change (a mutation starts, settles or is
 * abandoned). Those intents outlive elements, so an element re-mounted on a tab switch reads
 * them instead of keeping its own "busy" flag.
 */
export class IntentsController implements ReactiveController {
  private subscribedTo: SessionStore | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => SessionStore | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.subscribedTo = undefined;
  }

  private sync(): void {
    const store = this.store();
    if (store === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedTo = store;
    this.unsubscribe = store?.details.intents.subscribe(() => this.host.requestUpdate());
  }
}
