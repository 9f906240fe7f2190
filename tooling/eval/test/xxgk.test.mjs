// @ts-check
import { readFixture } from "@reportlint/fixtures";
import { describe, expect, it } from "vitest";
import { XXGK_FAMILIES, runXxgkEval, xxgkPlants } from "../src/harness-xxgk.mjs";

// Recall FLOOR of the 政府信息公开 families (seed 20240601, variants 2): table-cell 100% (80 plants),
// prose-number 100% (46 plants: the 17 prose counts the texts repeat from their tables, annotated by
// hand); the issue asks ≥ 90%.
const FLOOR = 0.9;
// Every finding on the unplanted texts, reviewed by hand: numbers no one can place for certain —
// govoffice's 规章 and 行政规范性文件 rows print two numbers for three columns (line 97, 100; one info),
// stcsm's 四、结转下年度继续办理 prints six numbers and an empty 总计 (line 178).
const REVIEWED = ["corpus/xxgk-shanghai-govoffice-2025.txt:97 info", "corpus/xxgk-shanghai-stcsm-2024.txt:178 info"];

describe("xxgk harness", () => {
  const result = runXxgkEval({ seed: 20240601, variants: 1, families: XXGK_FAMILIES });

  it.each(XXGK_FAMILIES)("finds at least 90%% of the %s plants", (family) => {
    const s = result.stats[family];
    // prose-number has 17 counts to change (three changes each, ten plants per text at most).
    expect(s?.planted, family).toBeGreaterThanOrEqual(family === "prose-number" ? 20 : 30);
    expect((s?.foundAny ?? 0) / (s?.planted ?? 1), family).toBeGreaterThanOrEqual(FLOOR);
  });

  it("reports nothing on the unplanted texts beyond the reviewed unplaceable numbers", () => {
    expect(result.unplanted.map((e) => `${e.file}:${e.line} ${e.severity}`).sort()).toEqual(REVIEWED);
  });

  it("plants a changed prose count, the same for the same seed", () => {
    const text = readFixture("corpus", "xxgk-shanghai-govoffice-2025.txt");
    const file = "corpus/xxgk-shanghai-govoffice-2025.txt";
    const a = xxgkPlants("prose-number", file, text, 7, 5);
    expect(a).toHaveLength(5);
    expect(a).toEqual(xxgkPlants("prose-number", file, text, 7, 5));
    for (const p of a) {
      expect(p.text).not.toBe(text);
      expect(p.text.slice(...p.span)).toMatch(/^\d+$/u);
    }
  });

  it("plants the same defects for the same seed, each one changed table cell", () => {
    const text = readFixture("xxgk-synthetic", "pipe-rows.txt");
    const a = xxgkPlants("table-cell", "x", text, 7, 5);
    expect(a).toEqual(xxgkPlants("table-cell", "x", text, 7, 5));
    for (const p of a) {
      expect(p.text).not.toBe(text);
      expect(p.text.slice(...p.span)).toMatch(/^\d+$/u);
    }
  });
});
