import { describe, expect, it } from "vitest";
import { localize, type MessageTable } from "../../src/i18n/localize.js";

const table: MessageTable<"count" | "plain"> = {
  zh: { count: "共 {{n}} 个文件", plain: "完成" },
  en: { count: "{{n}} files", plain: "done" },
};

describe("localize", () => {
  it("picks the locale and fills placeholders", () => {
    expect(localize(table, "zh", "count", { n: 3 })).toBe("共 3 个文件");
    expect(localize(table, "en", "count", { n: 3 })).toBe("3 files");
  });
  it("leaves a placeholder without data as written", () => {
    expect(localize(table, "en", "count")).toBe("{{n}} files");
    expect(localize(table, "zh", "plain")).toBe("完成");
  });
});
