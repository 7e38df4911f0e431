/**
 * Where a table keeps its layout and saved views: the host's `loadPreference`/`savePreference`
 * when the adapter has them (so a user's layout follows them across devices), else localStorage.
 * Stored values come back untrusted (an old version, another app, a hand edit): callers validate.
 */
import type { SessionAdapter } from '../../adapter/index.js';

const PREFIX = 'session-view:table:';

export function preferenceKey(tableId: string, kind: 'layout' | 'views'): string {
  return `${PREFIX}${tableId}:${kind}`;
}

export async function loadPreference(adapter: SessionAdapter | undefined, key: string): Promise<unknown> {
  if (adapter?.loadPreference) {
    try {
      return await adapter.loadPreference(key);
    } catch (error) {
      console.warn('[session-view] loadPreference failed; using defaults.', error);
      return undefined;
    }
  }
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // Private mode, a full quota or corrupt JSON: defaults are better than a broken table.
    return undefined;
  }
}

export async function savePreference(adapter: SessionAdapter | undefined, key: string, value: unknown): Promise<void> {
  if (adapter?.savePreference) {
    try {
      await adapter.savePreference(key, value);
    } catch (error) {
      console.warn('[session-view] savePreference failed; the layout is kept for this page only.', error);
    }
    return;
  }
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (quota, privacy mode): the layout lives until reload.
  }
}
