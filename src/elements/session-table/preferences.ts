/**
 * Keys under which a table keeps its layout and saved views. Reading and writing goes through
 * the store (`store.loadPreference`/`savePreference`: the host's storage with a time limit,
 * else localStorage); stored values come back untrusted, so callers validate.
 */
const PREFIX = 'session-view:table:';

export function preferenceKey(tableId: string, kind: 'layout' | 'views'): string {
  return `${PREFIX}${tableId}:${kind}`;
}
