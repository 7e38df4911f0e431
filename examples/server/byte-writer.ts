/// <reference types="node" />
/**
 * A growing UTF-8 byte buffer for COPY text. The loader encodes each line as soon as it is made:
 * a chunk's text (~30 MB) never lives as strings, which the worker's garbage collector used to
 * copy from collection to collection (a quarter of its time), and no encoding pass is left at the
 * end. The bytes move to the main thread without a copy (`bytes()`'s buffer is transferable).
 */
export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity = 1 << 20) {
    // Not from Node's shared pool: the buffer is transferred whole to another thread.
    this.buffer = Buffer.allocUnsafeSlow(capacity);
  }

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length);
  }

  /** What was written; the writer must not be used after. */
  bytes(): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.buffer.buffer as ArrayBuffer, this.buffer.byteOffset, this.length);
  }
}
