/**
 * Removes the comment markers lit-html leaves behind in the virtualizer's rows.
 *
 * lit-html 3.3.1 to 3.3.3 (the newest) has a bug (lit/lit#5298): `removePart()`, which the
 * `repeat` directive inside @lit-labs/virtualizer calls for every row that leaves the rendered
 * range, removes a row's start marker and content but not its end marker, an empty comment. A
 * live feed moves rows in and out of the range all the time: a 10-minute soak at 100 changes/s
 * left some 12,000 empty comments among the 15 rows, and every walk the virtualizer makes over
 * its rows (several per update) stepped over all of them, so the main thread's share of work grew
 * minute by minute.
 *
 * Each rendered row is lit's `[start marker] <div role="row"> [end marker]`; a marker that
 * touches no element belongs to no row any more. Only empty comments after the virtualize
 * directive's own marker (`?lit$…`) are looked at, so the element's root markers stay.
 */

/** Removes orphaned row markers from the virtualizer's host; returns how many. */
export function sweepOrphanMarkers(host: Element): number {
  let node = host.firstChild;
  while (node && !(node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('?lit$'))) node = node.nextSibling;
  if (!node) return 0;
  let removed = 0;
  for (let current = node.nextSibling; current; ) {
    const next = current.nextSibling;
    if (isOrphan(current)) {
      current.remove();
      removed += 1;
    }
    current = next;
  }
  return removed;
}

function isOrphan(node: ChildNode): boolean {
  if (node.nodeType !== Node.COMMENT_NODE || (node as Comment).data !== '') return false;
  // A row's end marker follows its element; its start marker precedes it.
  return node.previousSibling?.nodeType !== Node.ELEMENT_NODE && node.nextSibling?.nodeType !== Node.ELEMENT_NODE;
}
