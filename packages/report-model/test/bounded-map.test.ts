import { describe, expect, it } from "vitest";
import { BoundedMap, BoundedSet } from "../src/index.js";

describe("BoundedMap", () => {
  it("keeps up to max entries, and empties itself when a new key would pass the bound", () => {
    const cache = new BoundedMap<string, number>(3);
    cache.set("一", 1).set("二", 2).set("三", 3);
    expect([...cache.keys()]).toEqual(["一", "二", "三"]);
    cache.set("四", 4);
    expect([...cache.entries()]).toEqual([["四", 4]]);
  });

  it("updates a key it holds without emptying itself, even when full", () => {
    const cache = new BoundedMap<string, number>(2);
    cache.set("甲", 1).set("乙", 2).set("甲", 3);
    expect([...cache.entries()]).toEqual([["甲", 3], ["乙", 2]]);
  });
});

describe("BoundedSet", () => {
  it("keeps up to max values, and empties itself when a new value would pass the bound", () => {
    const seen = new BoundedSet<string>(2);
    seen.add("甲").add("乙").add("乙");
    expect([...seen]).toEqual(["甲", "乙"]);
    seen.add("丙");
    expect([...seen]).toEqual(["丙"]);
  });
});
