import { describe, expect, it } from "vitest";
import { INDICATORS, ROLE_WORDS } from "@reportlint/report-model";
import { findIndicator, findRole, findRoles, indicatorById, operandRoles, roleOfWord } from "../src/index.js";

describe("INDICATORS (§4.3 table)", () => {
  it("has every indicator of the table with its canonical pair and severity", () => {
    const byName = (name: string) => findIndicator(name)?.indicator;
    expect(byName("结案率")).toMatchObject({ numerator: { role: "结案" }, denominator: { role: "受理" }, bounded: true, mismatchSeverity: "error" });
    expect(byName("办结率")).toMatchObject({ numerator: { role: "办结" }, denominator: { role: "受理" }, mismatchSeverity: "error" });
    expect(byName("法定期限内办结率")).toMatchObject({ numerator: { role: "按期办结" }, denominator: { role: "办结" }, mismatchSeverity: "warn" });
    expect(byName("及时率")?.id).toBe("on-time-rate");
    expect(byName("按时办结率")?.id).toBe("on-time-rate");
    expect(byName("调解成功率")).toMatchObject({ numerator: { role: "调解成功" }, denominator: { role: "调解" }, mismatchSeverity: "error" });
    expect(byName("调解率")).toMatchObject({ numerator: { role: "调解结案" }, denominator: { role: "结案" }, mismatchSeverity: "warn" });
    expect(byName("败诉率")).toMatchObject({ numerator: { role: "败诉" }, denominator: { role: "审结" }, mismatchSeverity: "error" });
    expect(byName("胜诉率")).toMatchObject({ numerator: { role: "胜诉" }, denominator: { role: "审结" }, mismatchSeverity: "error" });
    expect(byName("纠错率")).toMatchObject({ numerator: { role: "纠错" }, denominator: { role: "审结" }, mismatchSeverity: "warn" });
    expect(byName("出庭应诉率")).toMatchObject({ numerator: { role: "出庭" }, denominator: { role: "开庭" }, mismatchSeverity: "warn" });
    expect(byName("即办率")).toMatchObject({ numerator: { role: "即办" }, denominator: { role: "受理" }, mismatchSeverity: "error" });
    expect(byName("即办件占比")?.id).toBe("instant-rate");
    expect(byName("整改完成率")).toMatchObject({ numerator: { role: "整改" }, denominator: { role: "问题" }, mismatchSeverity: "warn" });
    expect(byName("整改率")?.id).toBe("rectification-rate");
    expect(byName("好评率")).toMatchObject({ numerator: { role: "满意" }, denominator: { role: "评价" }, mismatchSeverity: "warn" });
    for (const [name, k, n] of [
      ["覆盖率", "覆盖", "应覆盖"],
      ["公示率", "公示", "应公示"],
      ["备案率", "备案", "应备案"],
      ["审查率", "审查", "应审查"],
      ["绑定率", "绑定", "应绑定"],
    ] as const) {
      expect(byName(name)).toMatchObject({ numerator: { role: k }, denominator: { role: n }, bounded: true, mismatchSeverity: "warn" });
    }
  });

  it("lists the accepted alternatives", () => {
    const closure = indicatorById("closure-rate")!;
    expect(closure.altDenominators).toEqual([
      { kind: "sum", roles: ["受理", "上期未结"] },
      { kind: "role", role: "立案" },
      { kind: "sum", roles: ["立案", "上期未结"] },
    ]);
    expect(closure.altNumerators[0]).toMatchObject({ kind: "parts", of: "结案" });
    expect(indicatorById("loss-rate")!.altDenominators.map(operandRoles)).toEqual([["判决"], ["发案"], ["应诉"], ["审结"]]);
    // 审结 less 撤诉: the cases decided by judgment.
    expect(indicatorById("win-rate")!.altDenominators.at(-1)).toEqual({ kind: "difference", of: "审结", minus: ["撤诉"] });
    expect(indicatorById("completion-rate")!.altDenominators.map(operandRoles)).toEqual([["应办结"], ["交办"]]);
    expect(indicatorById("court-appearance-rate")!.altDenominators.map(operandRoles)).toEqual([["应出庭"], ["应诉"], ["发案"]]);
  });

  it("marks changes and shares as unbounded and never checked", () => {
    for (const name of ["增长率", "增幅", "同比", "环比", "下降", "压缩比例", "占比"]) {
      expect(findIndicator(name)?.indicator).toMatchObject({ bounded: false, mismatchSeverity: null, numerator: null });
    }
  });

  it("ids are unique", () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(indicatorById("nope")).toBeUndefined();
  });
});

describe("findIndicator", () => {
  it("takes the longest name (调解成功率 before 成功率, 即办件占比 before 占比)", () => {
    expect(findIndicator("调解成功率")?.name).toBe("调解成功率");
    expect(findIndicator("即办件占比")?.indicator.id).toBe("instant-rate");
    expect(findIndicator("行政复议案件占比")?.indicator.id).toBe("share");
    expect(findIndicator("截至目前期限内结案率")?.indicator.id).toBe("on-time-rate");
    expect(findIndicator("行政机关负责人出庭应诉率")?.name).toBe("负责人出庭应诉率");
  });

  it("成功率 alone needs 调处 or 调解 nearby", () => {
    expect(findIndicator("成功率")).toBeNull();
    expect(findIndicator("成功率", "调处各类矛盾纠纷2068起,调解成功2026起,")?.indicator.id).toBe("mediation-success-rate");
    expect(findIndicator("调处成功率")?.indicator.id).toBe("mediation-success-rate");
  });

  it("a change word after the name makes it a change", () => {
    expect(findIndicator("办结率同比提高")?.indicator.id).toBe("change");
    expect(findIndicator("同比增长")?.indicator.bounded).toBe(false);
  });

  it("returns null for unknown names and reports where the name sits", () => {
    expect(findIndicator("通过率")).toBeNull();
    expect(findIndicator("全年办结率")).toMatchObject({ name: "办结率", index: 2 });
  });
});

describe("role words", () => {
  it("map the brief's words to roles", () => {
    for (const w of ["受理", "共受理", "收到", "新收"]) expect(roleOfWord(w)).toBe("受理");
    expect(roleOfWord("已办结")).toBe("办结");
    expect(roleOfWord("结案")).toBe("结案");
    expect(roleOfWord("审结")).toBe("审结");
    expect(roleOfWord("调处")).toBe("调解");
    expect(roleOfWord("调解成功")).toBe("调解成功");
    expect(roleOfWord("开庭审理")).toBe("开庭");
    expect(roleOfWord("往年积案")).toBe("上期未结");
    expect(roleOfWord("积案")).toBe("上期未结");
    expect(roleOfWord("发案")).toBe("发案");
    expect(roleOfWord("应诉")).toBe("应诉");
    expect(roleOfWord("立案")).toBe("立案");
    expect(roleOfWord("随便")).toBeNull();
    expect(Object.keys(ROLE_WORDS)).toContain("满意");
  });

  it("reads text left to right, longest word first", () => {
    expect(findRoles("审结案件").map((m) => m.role)).toEqual(["审结"]);
    expect(findRoles("调处各类矛盾纠纷2068起,调解成功").map((m) => m.role)).toEqual(["调解", "调解成功"]);
    expect(findRoles("仲裁调解结案").map((m) => m.role)).toEqual(["调解结案"]);
    expect(findRoles("行政机关负责人出庭应诉").map((m) => m.word)).toEqual(["出庭应诉"]);
  });

  it("findRole takes the word closest to the number", () => {
    expect(findRole("全年共受理信访事项")).toMatchObject({ role: "受理", word: "共受理" });
    expect(findRole("全年共受理信访事项120件,已办结")).toMatchObject({ role: "办结", word: "已办结" });
    expect(findRole("新年度案件结案")?.role).toBe("结案");
    expect(findRole("区检察院办理行政公益诉讼案件")).toBeNull();
  });

  it("operandRoles lists what an operand draws on", () => {
    expect(operandRoles({ kind: "role", role: "受理" })).toEqual(["受理"]);
    expect(operandRoles({ kind: "sum", roles: ["受理", "上期未结"] })).toEqual(["受理", "上期未结"]);
    expect(operandRoles({ kind: "parts", of: "纠错", parts: ["撤销"] })).toEqual(["纠错"]);
  });
});
