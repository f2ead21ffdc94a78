/**
 * A small seeded PRNG for deterministic bench data (never Math.random): the same seed gives the
 * same volunteers, ledgers and checks on every machine and every run.
 */

/** 32-bit mixing (the finaliser of MurmurHash3): spreads nearby seeds over the whole range. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: fast, 32-bit state, good enough for synthetic data. */
export class Prng {
  #state: number;

  constructor(seed: number) {
    this.#state = mix32(seed) || 0x9e3779b9;
  }

  /** A stream of its own for item `index` of a data set: item i is the same whatever the set's size. */
  static forItem(seed: number, index: number): Prng {
    return new Prng(mix32(seed) ^ mix32(index + 0x632be5ab));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value by weight: `[[value, weight], …]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of table) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (table.at(-1) as readonly [T, number])[0];
  }

  /** `count` distinct values by weight (each draw removes the drawn value). */
  weightedDistinct<T>(table: readonly (readonly [T, number])[], count: number): T[] {
    const remaining = [...table];
    const result: T[] = [];
    while (result.length < count && remaining.length > 0) {
      const value = this.weighted(remaining);
      result.push(value);
      remaining.splice(
        remaining.findIndex(([candidate]) => candidate === value),
        1,
      );
    }
    return result;
  }

  /** A UUID v4-shaped id (the shape of a Cognito sub / a need id), from this stream. */
  uuid(): string {
    const bytes = Array.from({ length: 16 }, () => Math.floor(this.next() * 256));
    bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
