import { describe, expect, it } from "vitest";
import { extensionOf, REPORT_EXTENSIONS, unsupportedFormatHint } from "../src/index.js";

describe("formats", () => {
  it("takes the extension of the last path segment, lower-cased", () => {
    expect(extensionOf("/a.b/c/报告.TXT")).toBe(".txt");
    expect(extensionOf("C:\\x.y\\README")).toBe("");
    expect(extensionOf(".hidden")).toBe("");
  });

  it("names every searched extension that it cannot read yet", () => {
    const unreadable = REPORT_EXTENSIONS.filter((ext) => unsupportedFormatHint(`a${ext}`) !== undefined);
    expect(unreadable).toEqual([]);
  });
});
