/** Queries that see through shadow roots, for tests that look at a whole themed view. */

/** Every element matching `selector` in `root`, its shadow root and every shadow root below. */
export function deepAll(root: Element | ShadowRoot, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  const roots = [root instanceof Element ? root.shadowRoot : null, ...[...root.querySelectorAll('*')].map((e) => e.shadowRoot)];
  for (const shadow of roots) if (shadow) found.push(...deepAll(shadow, selector));
  return [...new Set(found)];
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
