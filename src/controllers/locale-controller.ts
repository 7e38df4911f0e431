import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormatContext, Translate, Viewer } from '../model/index.js';
import { loadLanguage, onTranslationChange, translate, translationsVersion } from '../i18n/translate.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let documentObserver: MutationObserver | undefined;
let stopTranslationListener: (() => void) | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

/** The nearest `lang`, crossing shadow roots, then `<html lang>`, then the browser's language. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.language || 'en';
}

/**
 * Tracks the language an element should speak. Any `lang` change on the page (in light DOM or on
 * a session-view element inside a shadow root) makes every element re-resolve, so switching
 * `<session-view lang="cs">` re-renders the whole tree; so does `registerTranslation`.
 */
export class LocaleController implements ReactiveController {
  lang = 'en';
  private hostObserver: MutationObserver | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!documentObserver) {
      documentObserver = new MutationObserver(refreshAll);
      documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    // New or changed strings (a host's registerTranslation after render) show at once.
    stopTranslationListener ??= onTranslationChange(() => {
      for (const controller of controllers) controller.host.requestUpdate();
    });
    this.hostObserver = new MutationObserver(refreshAll);
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.hostObserver?.disconnect();
    // The last element gone: stop watching the whole document (a host that unmounts the library
    // keeps nothing of it running); the next element to connect watches it again.
    if (controllers.size === 0) {
      documentObserver?.disconnect();
      documentObserver = undefined;
    }
  }

  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
    // Czech ships with the library but loads the first time an element speaks it; until it is here
    // the element shows no words (not English), and `updateComplete` waits for it (settleLoading).
    void loadLanguage(lang);
  }

  /**
   * Changes whenever the words the element shows may have: its language, or strings registered or
   * loaded since (a built-in language arriving after the first paint). A key for what is measured
   * from the words, such as column widths fitted to the headers.
   */
  get textKey(): string {
    return `${this.lang}#${translationsVersion()}`;
  }

  /**
   * Column formatters' translator in this language. The model's labels are registered by
   * `i18n/index.js`, which the strings of every element that shows them import; the controller
   * itself does not, so an element without them (the player) does not carry those tables.
   */
  get translate(): Translate {
    const lang = this.lang;
    return (key) => translate(lang, key);
  }

  /** Formatting context: the viewer's locale and time zone, else the element's language. */
  formatContext(viewer: Viewer | undefined, now = Date.now()): FormatContext {
    return { locale: viewer?.locale ?? this.lang, timeZone: viewer?.timeZone, now };
  }
}
