/**
 * A stand-in for a lazy part's `import()` that the test releases (or fails) when it wants, to
 * see what a part shows before its code arrives and after it failed. `calls` counts the loads.
 */
export function heldImport<T>(importer: () => Promise<T>) {
  const held = { calls: 0, release: () => {}, fail: (_: Error) => {} };
  const load = (): Promise<T> => {
    held.calls += 1;
    return new Promise<T>((resolve, reject) => {
      held.release = () => resolve(importer());
      held.fail = reject;
    });
  };
  return { held, load };
}
