import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Polite screen-reader announcements, throttled: a live feed can change many times a second,
 * a screen reader user needs one short sentence every few seconds. The element renders
 * `message` inside a `role="status"` region; the controller decides when it changes.
 */
export class AnnouncerController implements ReactiveController {
  message = '';
  private lastAt = 0;
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly minIntervalMs = 3000) {
    host.addController(this);
  }

  /** Announces now, or the latest message when the interval allows. */
  announce(text: string): void {
    const wait = this.lastAt + this.minIntervalMs - Date.now();
    if (wait <= 0) {
      this.say(text);
      return;
    }
    this.pending = text;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.pending !== undefined) this.say(this.pending);
      this.pending = undefined;
    }, wait);
  }

  private say(text: string): void {
    this.lastAt = Date.now();
    // Same text twice is not re-read by screen readers; a trailing no-break space changes it.
    this.message = text === this.message ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}
