/**
 * Dispatches a bubbling, composed CustomEvent. Returns false when a listener called
 * preventDefault() on a cancelable event, so the element can skip its default action.
 */
export function emit<D>(target: EventTarget, type: string, detail: D, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
