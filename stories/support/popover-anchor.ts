/**
 * The button a floating part (`<sv-column-chooser>`, `<sv-filter-popover>`) is placed next to.
 * Inside `<session-table>` the header or toolbar button is the anchor; a story of the part alone
 * needs one of its own. It is a real node made before the template, so the part gets it as its
 * `.anchor` on first render, and a click opens the part again after Escape or an outside click
 * closed it (the part closes itself; reopening is its opener's job).
 */
type Openable = Element & { open: boolean };

export function popoverAnchor(label: string): HTMLButtonElement {
  const anchor = document.createElement('button');
  anchor.type = 'button';
  anchor.textContent = label;
  anchor.setAttribute('aria-haspopup', 'dialog');
  anchor.addEventListener('click', () => {
    const popover = anchor.nextElementSibling as Openable | null;
    if (popover && 'open' in popover) popover.open = true;
  });
  return anchor;
}

/**
 * Docs-page settings for a part that takes focus when it opens: each story in its own frame, so
 * one story's panel opening does not move focus out of (and close) the one before it.
 */
export const ownFrameDocs = { docs: { story: { inline: false, iframeHeight: 480 } } };
