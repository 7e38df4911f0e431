/**
 * Helpers for stories' `play` functions, which Storybook runs after rendering and the test suite
 * runs too (test/stories/every-story.test.ts). They wait for what the user would see, through
 * a MutationObserver, never for a while: a story's end state must not depend on the machine.
 */

/** Resolves with the first node matching `selector` in `element`'s shadow root, once it is there. */
export function shownIn(element: Element, selector: string): Promise<Element> {
  const root = element.shadowRoot ?? element;
  const found = root.querySelector(selector);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const match = root.querySelector(selector);
      if (!match) return;
      observer.disconnect();
      resolve(match);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}
