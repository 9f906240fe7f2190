/**
 * `compute` run once per report's number facts, its result kept in a slot of the facts: the number
 * analyses that several rules share are dropped with the facts, like `oncePer`'s, without a WeakMap
 * entry per report (each one an ephemeron the garbage collector must trace; a lint makes a dozen).
 */
import type { NumberFacts } from "./facts.js";

// Slots are numbered as the analyses are declared (at module load, before any report is read).
let slotCount = 0;

/** `compute` must not return undefined (an empty slot). */
export function oncePerFacts<V>(compute: (facts: NumberFacts) => V): (facts: NumberFacts) => V {
  const slot = slotCount++;
  return (facts) => {
    const known = facts.analyses[slot];
    if (known !== undefined) return known as V;
    const value = compute(facts);
    facts.analyses[slot] = value;
    return value;
  };
}
