/**
 * Styles that travel with a part loaded on first use (controllers/lazy-parts.ts), so an element's
 * up-front stylesheet holds only what its first paint shows. The element adds them to its shadow
 * root when the part has arrived, in the same render that first shows the part (no unstyled frame).
 */
import type { CSSResult } from 'lit';

/** Adds `styles` to `root` once, after the element's own styles (a later sheet wins a tie). */
export function adoptPartStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // No constructable stylesheets (as Lit itself falls back): a <style> element, once per root.
  if (adoptedByRoot.get(root)?.has(styles)) return;
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.append(style);
  const adopted = adoptedByRoot.get(root) ?? new Set<CSSResult>();
  adopted.add(styles);
  adoptedByRoot.set(root, adopted);
}

const adoptedByRoot = new WeakMap<ShadowRoot, Set<CSSResult>>();
