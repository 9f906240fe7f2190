// The official-names catalog: big enough, one entry per name, every entry sourced, plan periods
// written as their titles print them.
import { describe, expect, it } from "vitest";
import { OFFICIAL_NAMES, OFFICIAL_NAME_PREFIXES, OFFICIAL_TITLE_TYPE_WORDS } from "../src/index.js";

describe("OFFICIAL_NAMES", () => {
  it("holds at least 150 names, each once and with a source", () => {
    expect(OFFICIAL_NAMES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(OFFICIAL_NAMES.map((n) => n.name)).size).toBe(OFFICIAL_NAMES.length);
    for (const n of OFFICIAL_NAMES) expect(n.source.trim(), n.name).not.toBe("");
  });

  it("writes a plan's period in full-width brackets with an em dash, matching its period", () => {
    for (const n of OFFICIAL_NAMES.filter((n) => n.kind === "plan")) {
      expect(n.name, n.name).toMatch(/（\d{4}—\d{4}年）$/u);
      expect(n.name.endsWith(`（${n.period!.start}—${n.period!.end}年）`), n.name).toBe(true);
      expect(n.period!.end).toBeGreaterThan(n.period!.start);
    }
    for (const n of OFFICIAL_NAMES.filter((n) => n.kind !== "plan")) expect(n.period, n.name).toBeUndefined();
  });

  it("names laws in full, with 中华人民共和国 and ending in 法 or 法典", () => {
    for (const n of OFFICIAL_NAMES.filter((n) => n.kind === "law")) expect(n.name, n.name).toMatch(/^中华人民共和国.+(?:法|法典)$/u);
  });

  it("lists no misquote that is itself a catalog name", () => {
    const names = new Set(OFFICIAL_NAMES.map((n) => n.name));
    for (const n of OFFICIAL_NAMES) for (const wrong of n.misquotes ?? []) expect(names.has(wrong), wrong).toBe(false);
  });

  it("orders prefixes and type words longest first where one contains another", () => {
    for (const list of [OFFICIAL_NAME_PREFIXES, OFFICIAL_TITLE_TYPE_WORDS]) {
      list.forEach((word, i) => {
        for (const later of list.slice(i + 1)) expect(later.includes(word), `${later} after ${word}`).toBe(false);
      });
    }
  });
});
