import { describe, expect, it } from "vitest";
import {
  addIntervals,
  atLeastInterval,
  closed,
  contains,
  entirelyAbove,
  hull,
  integerRange,
  interval,
  intervalToString,
  intersect,
  intInterval,
  isEmpty,
  overlaps,
  point,
  scaleInterval,
  sumIntervals,
  unbounded,
} from "../src/interval.js";
import { parseDecimal, rational } from "../src/rational.js";

const r = (s: string) => parseDecimal(s);

describe("interval basics", () => {
  it("treats +∞ as always open", () => {
    expect(interval(r("1"), null, { hiOpen: false }).hiOpen).toBe(true);
    expect(intervalToString(atLeastInterval(r("3000"), true))).toBe("(3000, +∞)");
    expect(intervalToString(closed(r("11.5"), r("12.5")))).toBe("[23/2, 25/2]");
    expect(intervalToString(unbounded())).toBe("[0, +∞)");
  });

  it("knows when it is empty", () => {
    expect(isEmpty(closed(r("2"), r("1")))).toBe(true);
    expect(isEmpty(point(r("1")))).toBe(false);
    expect(isEmpty(interval(r("1"), r("1"), { hiOpen: true }))).toBe(true);
    expect(isEmpty(atLeastInterval(r("5")))).toBe(false);
  });

  it("tests membership with open ends", () => {
    const soft = interval(r("3000"), r("4000"), { loOpen: true, hiOpen: true });
    expect(contains(soft, r("3000"))).toBe(false);
    expect(contains(soft, r("3999"))).toBe(true);
    expect(contains(soft, r("4000"))).toBe(false);
    expect(contains(atLeastInterval(r("1")), r("1000000"))).toBe(true);
    expect(contains(closed(r("1"), r("2")), r("2"))).toBe(true);
  });
});

describe("interval algebra", () => {
  it("intersects with the tighter end", () => {
    const a = interval(r("1"), r("5"), { hiOpen: true });
    const b = closed(r("5"), r("9"));
    expect(isEmpty(intersect(a, b))).toBe(true);
    expect(overlaps(closed(r("1"), r("5")), b)).toBe(true);
    expect(intervalToString(intersect(atLeastInterval(r("2"), true), closed(r("0"), r("3"))))).toBe("(2, 3]");
    expect(intervalToString(intersect(closed(r("0"), r("3")), atLeastInterval(r("2"))))).toBe("[2, 3]");
    expect(intervalToString(intersect(interval(r("1"), r("3"), { loOpen: true }), closed(r("1"), r("3"))))).toBe("(1, 3]");
  });

  it("decides 'entirely above' with open ends", () => {
    expect(entirelyAbove(atLeastInterval(r("3000"), true), point(r("3000")))).toBe(true);
    expect(entirelyAbove(point(r("3000")), point(r("3000")))).toBe(false);
    expect(entirelyAbove(point(r("4100")), interval(r("3000"), r("4000"), { hiOpen: true }))).toBe(true);
    expect(entirelyAbove(point(r("5")), atLeastInterval(r("1")))).toBe(false);
    expect(entirelyAbove(point(r("5")), interval(r("0"), r("5"), { hiOpen: true }))).toBe(true);
  });

  it("adds intervals end by end", () => {
    const s = addIntervals(closed(r("1"), r("2")), interval(r("3"), r("4"), { loOpen: true }));
    expect(intervalToString(s)).toBe("(4, 6]");
    expect(addIntervals(point(r("1")), atLeastInterval(r("2"))).hi).toBeNull();
    expect(intervalToString(sumIntervals([point(r("21")), point(r("27")), point(r("81"))]))).toBe("[129, 129]");
    expect(intervalToString(sumIntervals([]))).toBe("[0, 0]");
    expect(sumIntervals([point(r("1")), unbounded()]).hi).toBeNull();
  });

  it("scales by a positive factor only", () => {
    expect(intervalToString(scaleInterval(closed(r("1"), r("2")), rational(10n)))).toBe("[10, 20]");
    expect(() => scaleInterval(point(r("1")), rational(0n))).toThrow(RangeError);
  });

  it("builds the hull", () => {
    expect(intervalToString(hull(closed(r("1"), r("2")), interval(r("3"), r("4"), { hiOpen: true })))).toBe("[1, 4)");
    expect(hull(point(r("1")), atLeastInterval(r("7"))).hi).toBeNull();
    expect(intervalToString(hull(interval(r("1"), r("2"), { loOpen: true }), closed(r("1"), r("2"))))).toBe("[1, 2]");
  });

  it("lists the whole numbers inside", () => {
    expect(integerRange(closed(r("14.775"), r("14.925")))).toBeNull();
    expect(integerRange(closed(r("2016.5"), r("2036.7")))).toEqual({ min: 2017n, max: 2036n });
    expect(integerRange(interval(r("3"), r("6"), { loOpen: true, hiOpen: true }))).toEqual({ min: 4n, max: 5n });
    expect(integerRange(atLeastInterval(r("3")), 10n)).toEqual({ min: 3n, max: 10n });
    expect(integerRange(closed(r("-2"), r("1")))).toEqual({ min: 0n, max: 1n });
    expect(() => integerRange(atLeastInterval(r("3")))).toThrow(RangeError);
  });

  it("builds integer intervals for callers", () => {
    expect(intervalToString(intInterval(1, 2, { hiOpen: true }))).toBe("[1, 2)");
    expect(intInterval(1n, null).hi).toBeNull();
  });
});
