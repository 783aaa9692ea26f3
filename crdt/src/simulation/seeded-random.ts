/**
 * A small seeded pseudo-random generator for simulations (not for keys or anything secret):
 * SFC32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand), its 128-bit state taken
 * from SHA-256 of the seed text. The same seed gives the same sequence on every platform.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8 } from "../encoding/utf8.js";

/** A deterministic stream of 32-bit integers from a seed. Each instance owns its state. */
export class SeededRandom {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: string) {
    const digest = sha256(utf8(`chapterhouse-simulate-prng\n${seed}`));
    const word = (i: number) => ((digest[i]! << 24) | (digest[i + 1]! << 16) | (digest[i + 2]! << 8) | digest[i + 3]!) >>> 0;
    this.#a = word(0);
    this.#b = word(4);
    this.#c = word(8);
    this.#d = word(12) | 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** The next unsigned 32-bit integer. */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /**
   * A uniform integer in [0, n), without modulo bias.
   * @throws {RangeError} unless 1 ≤ n ≤ 2^32.
   */
  below(n: number): number {
    if (!Number.isSafeInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError("below: n must be an integer from 1 to 2^32");
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const x = this.next();
      if (x < limit) return x % n;
    }
  }

  /** True with probability num/den. @throws {RangeError} unless 0 ≤ num ≤ den and 1 ≤ den ≤ 2^32. */
  chance(num: number, den: number): boolean {
    if (!Number.isSafeInteger(num) || num < 0 || num > den) throw new RangeError("chance: need 0 ≤ num ≤ den");
    return this.below(den) < num;
  }

  /** An index drawn with the given integer weights (at least one positive). @throws {RangeError} otherwise. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let x = this.below(total);
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    throw new RangeError("weighted: no positive weight");
  }
}
