/**
 * A tiny seeded random source. The demo data must be identical for the same seed (stories,
 * screenshots, benchmarks, tests), so nothing in the generator may touch `Math.random`.
 */

/** FNV-1a of a string mixed with a seed: gives every session its own stream, derived from its id. */
export function hashSeed(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32): FNV alone leaves the high bits of near-identical ids alike.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * Convenience draws over one mulberry32 stream. The state lives on the object (no closure): the
 * generator makes one of these per session, 100k at a time, and every allocation counts.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/**
 * Weighted choice with a precomputed cumulative table, since the generator draws millions of
 * times from the same few distributions.
 */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    this.values = entries.map(([value]) => value);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], index) => {
      total += weight;
      this.cumulative[index] = total;
    });
    this.cumulative = this.cumulative.map((sum) => sum / total);
  }

  /** From a weight per value, e.g. a `Record<Channel, number>`, drawn in the record's key order. */
  static fromRecord<K extends string>(weights: Readonly<Record<K, number>>): Weighted<K> {
    return new Weighted(Object.entries(weights) as Array<[K, number]>);
  }

  draw(random: Random): T {
    const r = random.next();
    for (let i = 0; i < this.cumulative.length; i++) if (r < this.cumulative[i]!) return this.values[i]!;
    return this.values[this.values.length - 1]!;
  }
}
