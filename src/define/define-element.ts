/**
 * Registers a custom element once. Embedding hosts often load two bundles: a same-class
 * re-definition is skipped silently, a different class under the same tag warns instead of throwing.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  // Server-side rendering and Node tooling import the define modules without a DOM: nothing to register.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === elementClass) return;
  if (existing) {
    console.warn(`[session-view] <${tag}> is already defined by another class; keeping the first definition.`);
    return;
  }
  customElements.define(tag, elementClass);
}
