import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/formatters/unified-diff.js";

const lines = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}行。`);

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("一\n二\n", "一\n二\n", "r.txt")).toEqual([]);
  });

  it("shows a changed line with three lines of context", () => {
    const before = lines(10);
    const after = [...before];
    after[4] = "第5行，改。";
    expect(unifiedDiff(`${before.join("\n")}\n`, `${after.join("\n")}\n`, "r.txt")).toEqual([
      "--- a/r.txt",
      "+++ b/r.txt",
      "@@ -2,7 +2,7 @@",
      " 第2行。",
      " 第3行。",
      " 第4行。",
      "-第5行。",
      "+第5行，改。",
      " 第6行。",
      " 第7行。",
      " 第8行。",
    ]);
  });

  it("keeps distant changes in separate hunks and near ones in one", () => {
    const before = lines(30);
    const after = before.map((l, i) => (i === 1 || i === 5 || i === 25 ? `${l}改` : l));
    const hunks = unifiedDiff(before.join("\n"), after.join("\n"), "r.txt").filter((l) => l.startsWith("@@"));
    expect(hunks).toEqual(["@@ -1,9 +1,9 @@", "@@ -23,7 +23,7 @@"]);
  });

  it("shows a removed line", () => {
    expect(unifiedDiff("一\n二\n三\n", "一\n三\n", "r.txt")).toEqual(["--- a/r.txt", "+++ b/r.txt", "@@ -1,3 +1,2 @@", " 一", "-二", " 三"]);
  });

  it("counts an empty side from the line before it", () => {
    expect(unifiedDiff("一\n", "一\n二\n", "r.txt")).toEqual(["--- a/r.txt", "+++ b/r.txt", "@@ -1,1 +1,2 @@", " 一", "+二"]);
    expect(unifiedDiff("甲", "", "r.txt").slice(2)).toEqual(["@@ -1,1 +0,0 @@", "-甲"]);
  });
});
