import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host once a second while `running`, so the live step's duration ticks. Stops
 * when the host disconnects and starts again when it reconnects.
 */
export class ClockController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private wanted = false;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly intervalMs = 1000) {
    host.addController(this);
  }

  /** Turns ticking on or off (cheap to call on every render). */
  set running(value: boolean) {
    this.wanted = value;
    this.sync();
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private sync(): void {
    const shouldRun = this.wanted && this.connected;
    if (shouldRun && this.timer === undefined) {
      this.timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
    } else if (!shouldRun && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
