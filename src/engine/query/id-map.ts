/**
 * A `Map` from session ids (strings) that keeps the ids out of the JavaScript engine's string
 * table. Chromium's V8 internalizes every string used as a key of a `Map` or `Set` — even one that
 * is only looked up — and the string table is a root of the heap: each major garbage collection
 * walks all of its entries to update those it moved. Holding 100k sessions in Maps put 100k ids
 * there, and that walk was the largest phase of the live soak's longest task
 * (`GC_MC_EVACUATE_UPDATE_POINTERS_TO_NEW_ROOTS`, ~11 of 42 ms).
 *
 * Here ids are hashed by their characters into an open-addressing table of row positions (typed
 * arrays: no object per entry either). It behaves as a `Map`: insertion order, `set` on a known id
 * keeps its place, and an iterator sees later additions and skips deletions, also across the
 * compaction that drops the holes deletions leave.
 */

/**
 * First size of the typed arrays: 64 bytes, which V8 keeps on its heap. A larger one is an
 * ArrayBuffer of its own outside it, to allocate and sweep: the store makes a small IdSet per
 * flush and one per live session's message ids.
 */
const SMALL = 16;

/** Positions (`entries` arrays) of one generation; a compaction starts the next one. */
class Generation<V> {
  keys: (string | undefined)[] = [];
  values: (V | undefined)[] = [];
  hashes = new Int32Array(SMALL);
  length = 0;
  /** Set when this generation was compacted or cleared: where its iterators continue. */
  next: { generation: Generation<V>; holes: Int32Array | null } | undefined;
}

/**
 * FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser. The table takes the low bits,
 * and FNV's multiplications carry bits only upwards; the finaliser folds the high bits down, so
 * ids that differ in a few characters do not share their low bits.
 */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) | 0;
}

/** The hashes of a generation that was compacted or cleared (its iterators never read them). */
const NO_HASHES = new Int32Array(0);

const EMPTY = 0;
const DELETED = -1;
/** Holes are compacted away once they are more than half the positions (and at least this many). */
const MIN_HOLES_TO_COMPACT = 32;

export class IdMap<V> implements Map<string, V> {
  #generation = new Generation<V>();
  /** Position + 1 of each entry, by hash (`EMPTY`, `DELETED` for a removed one). */
  #slots = new Int32Array(SMALL);
  #size = 0;
  #deletedSlots = 0;

  constructor(entries?: Iterable<readonly [string, V]>) {
    if (entries) for (const [id, value] of entries) this.set(id, value);
  }

  get size(): number {
    return this.#size;
  }

  get [Symbol.toStringTag](): string {
    return 'IdMap';
  }

  has(id: string): boolean {
    return this.#find(id, hashOf(id)) >= 0;
  }

  get(id: string): V | undefined {
    const position = this.#find(id, hashOf(id));
    return position < 0 ? undefined : this.#generation.values[position];
  }

  set(id: string, value: V): this {
    const hash = hashOf(id);
    const position = this.#find(id, hash);
    if (position >= 0) {
      this.#generation.values[position] = value;
      return this;
    }
    this.#compactIfSparse();
    const generation = this.#generation;
    if ((this.#size + this.#deletedSlots + 1) * 2 > this.#slots.length) this.#rehash(this.#size + 1);
    const at = generation.length++;
    if (at >= generation.hashes.length) {
      const grown = new Int32Array(generation.hashes.length * 2);
      grown.set(generation.hashes);
      generation.hashes = grown;
    }
    generation.keys[at] = id;
    generation.values[at] = value;
    generation.hashes[at] = hash;
    this.#place(hash, at);
    this.#size += 1;
    return this;
  }

  delete(id: string): boolean {
    const slot = this.#slotOf(id, hashOf(id));
    if (slot < 0) return false;
    const position = this.#slots[slot]! - 1;
    this.#slots[slot] = DELETED;
    this.#deletedSlots += 1;
    const generation = this.#generation;
    generation.keys[position] = undefined;
    generation.values[position] = undefined;
    this.#size -= 1;
    // A map emptied by deletions alone would keep its length for every later walk.
    this.#compactIfSparse();
    return true;
  }

  clear(): void {
    const fresh = new Generation<V>();
    this.#generation.next = { generation: fresh, holes: null };
    this.#generation.keys = [];
    this.#generation.values = [];
    this.#generation.hashes = NO_HASHES;
    this.#generation = fresh;
    this.#slots = new Int32Array(SMALL);
    this.#size = 0;
    this.#deletedSlots = 0;
  }

  forEach(callback: (value: V, id: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [id, value] of this.entries()) callback.call(thisArg, value, id, this);
  }

  entries(): MapIterator<[string, V]> {
    return this.#walk((id, value) => [id, value] as [string, V]);
  }

  keys(): MapIterator<string> {
    return this.#walk((id) => id);
  }

  values(): MapIterator<V> {
    return this.#walk((_, value) => value);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  /** Entries as `pick` makes them (for `IdSet`). */
  entriesAs<T>(pick: (id: string, value: V) => T): MapIterator<T> {
    return this.#walk(pick);
  }

  /** Entries in insertion order, following compactions and clears as a Map's iterator does. */
  *#walk<T>(pick: (id: string, value: V) => T): Generator<T, undefined, unknown> {
    let generation = this.#generation;
    let position = 0;
    for (;;) {
      while (generation.next) {
        const { holes } = generation.next;
        position = holes === null ? 0 : position - holesBefore(holes, position);
        generation = generation.next.generation;
      }
      if (position >= generation.length) return undefined;
      const at = position++;
      const id = generation.keys[at];
      if (id !== undefined) yield pick(id, generation.values[at] as V);
    }
  }

  /** The position of `id` (whose hash is `hash`), or -1. */
  #find(id: string, hash: number): number {
    const slot = this.#slotOf(id, hash);
    return slot < 0 ? -1 : this.#slots[slot]! - 1;
  }

  #slotOf(id: string, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    const { hashes, keys } = this.#generation;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === EMPTY) return -1;
      if (entry > 0 && hashes[entry - 1] === hash && keys[entry - 1] === id) return slot;
    }
  }

  #place(hash: number, position: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot]! > 0) slot = (slot + 1) & mask;
    if (slots[slot] === DELETED) this.#deletedSlots -= 1;
    slots[slot] = position + 1;
  }

  /** A table for `count` entries at most half full, without deleted slots. */
  #rehash(count: number): void {
    let capacity = SMALL;
    while (capacity < count * 2) capacity *= 2;
    this.#slots = new Int32Array(capacity);
    this.#deletedSlots = 0;
    const { keys, hashes, length } = this.#generation;
    for (let position = 0; position < length; position++) if (keys[position] !== undefined) this.#place(hashes[position]!, position);
  }

  /** Compacts once holes are more than half the positions (and at least `MIN_HOLES_TO_COMPACT`). */
  #compactIfSparse(): void {
    const holes = this.#generation.length - this.#size;
    if (holes > MIN_HOLES_TO_COMPACT && holes * 2 > this.#generation.length) this.#compact();
  }

  /** Drops the holes deletions left; iterators of the old generation continue in the new one. */
  #compact(): void {
    const old = this.#generation;
    const fresh = new Generation<V>();
    fresh.hashes = new Int32Array(Math.max(SMALL, this.#size * 2));
    const holes = new Int32Array(old.length - this.#size);
    let holeCount = 0;
    for (let position = 0; position < old.length; position++) {
      const id = old.keys[position];
      if (id === undefined) {
        holes[holeCount++] = position;
        continue;
      }
      const at = fresh.length++;
      fresh.keys[at] = id;
      fresh.values[at] = old.values[position];
      fresh.hashes[at] = old.hashes[position]!;
    }
    old.next = { generation: fresh, holes };
    // Iterators of the old generation read only `next` from here on.
    old.keys = [];
    old.values = [];
    old.hashes = NO_HASHES;
    this.#generation = fresh;
    this.#rehash(this.#size);
  }
}

/** How many of the (ascending) hole positions lie before `position`. */
function holesBefore(holes: Int32Array, position: number): number {
  let low = 0;
  let high = holes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (holes[mid]! < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A `Set` of ids over `IdMap` (see there: the ids stay out of the string table). */
export class IdSet implements ReadonlySet<string> {
  readonly #map = new IdMap<true>();

  constructor(ids?: Iterable<string>) {
    if (ids) for (const id of ids) this.#map.set(id, true);
  }

  get size(): number {
    return this.#map.size;
  }

  has(id: string): boolean {
    return this.#map.has(id);
  }

  add(id: string): this {
    this.#map.set(id, true);
    return this;
  }

  delete(id: string): boolean {
    return this.#map.delete(id);
  }

  clear(): void {
    this.#map.clear();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.#map.keys()) callback.call(thisArg, id, id, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.#map.entriesAs((id) => [id, id] as [string, string]);
  }

  keys(): SetIterator<string> {
    return this.#map.keys();
  }

  values(): SetIterator<string> {
    return this.#map.keys();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.#map.keys();
  }
}
