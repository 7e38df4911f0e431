import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The live region an element with an AnnouncerController renders, once, where screen readers
 * should find it. It has no binding: the controller writes its text, so an announcement does not
 * re-render the element (a table of thousands of rows re-rendered for a sentence nobody sees).
 */
export const announcerRegion = html`<div class="sv-visually-hidden" role="status" aria-live="polite" data-sv-announcer></div>`;

/**
 * Polite screen-reader announcements, throttled: a live feed can change many times a second,
 * a screen reader user needs one short sentence every few seconds. The controller decides when
 * the message changes and writes it into the host's `announcerRegion`.
 */
export class AnnouncerController implements ReactiveController {
  /** What the region says now. */
  message = '';
  private lastAt = 0;
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private region: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly minIntervalMs = 3000,
  ) {
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
    this.write();
  }

  private write(): void {
    // Looked up again only when the render replaced it: this runs after every update of the host.
    if (!this.region?.isConnected) this.region = this.host.renderRoot.querySelector('[data-sv-announcer]');
    if (this.region && this.region.textContent !== this.message) this.region.textContent = this.message;
  }

  hostConnected(): void {}

  /** The region may have been rendered (or rendered anew) since the last message. */
  hostUpdated(): void {
    this.write();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}
