let keySequence = 0;
/** A key unique to one user intent, so a retried call cannot act twice. */
export function newIdempotencyKey(): string {
  keySequence += 1;
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `sv-${random}-${keySequence}`;
}
