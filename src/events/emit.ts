/**
 * Two kinds of events (STYLE.md "Events"):
 * - public `sv-*` events a host listens to: bubbling and composed, so they cross every shadow root
 *   up to the page (retargeted to the public element);
 * - events between internal parts (a popover telling the table its filter changed): heard only on
 *   the part itself by the element that renders it, so they never escape into the host page where
 *   a host's own listener could mistake them for an API.
 */

interface EmitOptions {
  /** The element performs a default action a listener may veto with `preventDefault()`. */
  cancelable?: boolean;
}

/**
 * Dispatches a public event: bubbling, composed. Returns false when a listener called
 * preventDefault() on a cancelable event, so the element can skip its default action.
 */
export function emitPublic<D>(target: EventTarget, type: string, detail: D, options: EmitOptions = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

/**
 * Dispatches an event to the element that renders `target` (it listens on the part itself):
 * neither bubbling nor composed, so it stays inside the shadow root it was fired in.
 */
export function emitInternal<D>(target: EventTarget, type: string, detail: D, options: EmitOptions = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<D>(type, { detail, bubbles: false, composed: false, cancelable: options.cancelable ?? false }),
  );
}
