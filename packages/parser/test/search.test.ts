import { describe, expect, it } from "vitest";
import { firstIndexNotBefore } from "../src/search.js";

describe("firstIndexNotBefore", () => {
  const starts = [3, 8, 8, 15, 40];
  const at = (offset: number) => firstIndexNotBefore(starts.length, (i) => starts[i]! < offset);

  it("finds the first entry at or after the offset", () => {
    expect(at(8)).toBe(1);
    expect(at(9)).toBe(3);
    expect(at(40)).toBe(4);
  });

  it("gives 0 when no entry is before the offset, and the length when all are", () => {
    expect(at(0)).toBe(0);
    expect(at(3)).toBe(0);
    expect(at(41)).toBe(5);
    expect(firstIndexNotBefore(0, () => true)).toBe(0);
  });

  it("asks only about log(n) entries", () => {
    const asked: number[] = [];
    expect(firstIndexNotBefore(1024, (i) => (asked.push(i), i < 700))).toBe(700);
    expect(asked.length).toBeLessThanOrEqual(11);
  });
});
