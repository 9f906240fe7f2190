// @ts-check
// Seeded randomness: the same seed gives the same plants, run after run and machine after machine.

/**
 * mulberry32: a small, fast 32-bit generator, good enough to pick plants.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, for per-relation sub-seeds. @param {string} s */
export function hash32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A generator for one relation and family: adding or removing other relations does not change
 * the plants of this one.
 * @param {number} seed @param {string} key
 */
export function rngFor(seed, key) {
  return mulberry32((hash32(key) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
}

/**
 * Random helpers over a generator.
 * @param {() => number} next
 */
export function picker(next) {
  return {
    /** Integer in [lo, hi]. @param {number} lo @param {number} hi */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** One element. @template T @param {readonly T[]} xs @returns {T} */
    one: (xs) => /** @type {any} */ (xs[Math.floor(next() * xs.length)]),
    /** Up to n distinct elements, in a random order. @template T @param {readonly T[]} xs @param {number} n @returns {T[]} */
    some: (xs, n) => {
      const copy = [...xs];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [/** @type {T} */ (copy[j]), /** @type {T} */ (copy[i])];
      }
      return copy.slice(0, n);
    },
  };
}
