import { describe, expect, it } from "vitest";
import { configLayersFor } from "../src/index.js";

const loaded = (config: object, path: string | null = "/p/reportlint.config.json") => ({ path, config });

describe("configLayersFor", () => {
  const config = {
    rules: { "stale-year": "warn" },
    overrides: [
      { files: "报告.txt", rules: { "heading-sequence": "off" } },
      { files: ["drafts/**"], reportYear: 2024 },
      { files: "*.md", locale: "en" },
    ],
  } as const;

  it("adds the blocks whose patterns match, in order, without their files key", () => {
    expect(configLayersFor(loaded(config), "/p/报告.txt")).toEqual([config, { rules: { "heading-sequence": "off" } }]);
    expect(configLayersFor(loaded(config), "/p/drafts/2024/x.md")).toEqual([config, { reportYear: 2024 }, { locale: "en" }]);
  });

  it("matches a pattern without a slash against the file name in any folder", () => {
    expect(configLayersFor(loaded(config), "/p/a/b/报告.txt")).toHaveLength(2);
  });

  it("adds nothing for files the patterns do not name, or outside the config's folder", () => {
    expect(configLayersFor(loaded(config), "/p/其他.txt")).toEqual([config]);
    expect(configLayersFor(loaded(config), "/elsewhere/报告.txt")).toEqual([config]);
    expect(configLayersFor(loaded(config), "/p/draftsx/a.txt")).toEqual([config]);
  });

  it("leaves malformed blocks to the config check and works without a config file", () => {
    const odd = { overrides: [{ files: [] }, null, { rules: {} }, { files: "a.txt", rules: { x: "off" } }] };
    expect(configLayersFor(loaded(odd), "/p/a.txt")).toEqual([odd, { rules: { x: "off" } }]);
    expect(configLayersFor(loaded(config, null), "/p/报告.txt")).toEqual([config]);
    expect(configLayersFor(loaded({ overrides: "nope" }), "/p/a.txt")).toHaveLength(1);
  });
});
