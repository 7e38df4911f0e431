/**
 * The texts of indexed sessions, kept beside the index so a search can show where it hit
 * (snippets) without downloading transcripts again. Stored as UTF-8 bytes, one buffer per
 * session: transcripts are mostly ASCII, so this takes about half the memory of JS strings and
 * far fewer objects; only the few rows on screen are ever decoded.
 */

/** What a stored text is: what people said (messages) or the rest (names, parameters, notes …). */
export type TextSource = 'said' | 'meta';

export interface ArchivedText {
  source: TextSource;
  text: string;
}

const SEPARATOR = '\u0000';
const SOURCE_MARK: Record<TextSource, string> = { said: 's', meta: 'm' };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class TextArchive {
  private readonly buffers = new Map<string, Uint8Array>();

  /** Adds texts to a session's archive (a known session gets them appended: live messages). */
  add(id: string, texts: readonly string[], source: TextSource): void {
    let joined = '';
    for (const text of texts) {
      if (typeof text !== 'string' || text.length === 0) continue;
      // The separator must not occur inside a text; a NUL shows as nothing anyway.
      joined += SOURCE_MARK[source] + text.replaceAll(SEPARATOR, ' ') + SEPARATOR;
    }
    if (joined === '') return;
    const bytes = encoder.encode(joined);
    const existing = this.buffers.get(id);
    if (!existing) {
      this.buffers.set(id, bytes);
      return;
    }
    const merged = new Uint8Array(existing.length + bytes.length);
    merged.set(existing);
    merged.set(bytes, existing.length);
    this.buffers.set(id, merged);
  }

  remove(id: string): void {
    this.buffers.delete(id);
  }

  has(id: string): boolean {
    return this.buffers.has(id);
  }

  /** The texts of one session, in the order they were added. */
  texts(id: string): ArchivedText[] {
    const bytes = this.buffers.get(id);
    if (!bytes) return [];
    const parts = decoder.decode(bytes).split(SEPARATOR);
    parts.pop();
    return parts.map((part) => ({ source: part[0] === SOURCE_MARK.said ? 'said' : 'meta', text: part.slice(1) }));
  }

  /** Bytes held, for memory figures. */
  get byteLength(): number {
    let total = 0;
    for (const bytes of this.buffers.values()) total += bytes.length;
    return total;
  }
}
