/**
 * Per-user preferences (table layouts, saved views): the host's `loadPreference`/`savePreference`
 * when the adapter has them, so a layout follows the user across devices, else localStorage.
 * Host calls go through `callAdapter` (time limit, typed errors); a failure falls back to
 * defaults rather than a broken table. Stored values come back untrusted: callers validate.
 */
import type { SessionAdapter } from '../adapter/index.js';
import { callAdapter } from './request.js';

export async function loadPreference(adapter: SessionAdapter, key: string, timeoutMs: number): Promise<unknown> {
  if (adapter.loadPreference) {
    try {
      return await callAdapter(() => adapter.loadPreference!(key), { timeoutMs });
    } catch (error) {
      console.warn(`[session-view] loadPreference("${key}") failed; using defaults.`, error);
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

export async function savePreference(adapter: SessionAdapter, key: string, value: unknown, timeoutMs: number): Promise<void> {
  if (adapter.savePreference) {
    try {
      await callAdapter(() => adapter.savePreference!(key, value), { timeoutMs });
    } catch (error) {
      console.warn(`[session-view] savePreference("${key}") failed; kept for this page only.`, error);
    }
    return;
  }
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (quota, privacy mode): the value lives until reload.
  }
}
