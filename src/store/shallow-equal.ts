/**
 * The equality store subscribers compare their slices with. In its own module because every
 * element's controller needs it while the state container itself comes with the store, which
 * elements such as `<recording-player>` load only when a host hands them an adapter.
 */

export type Equality<T> = (a: T, b: T) => boolean;

/** Element-wise `Object.is` for arrays and own enumerable properties of plain objects. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
