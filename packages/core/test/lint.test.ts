import { describe, expect, it } from "vitest";
import { createRule, MAX_FINDINGS_PER_RULE, rules, type RuleMap } from "@reportlint/rules";
import { INTERNAL_RULE_ID, applyFixes, lint, resolveConfig } from "../src/index.js";

const typo = createRule({
  id: "test-typo",
  meta: {
    type: "problem",
    docs: { description: { zh: "错字", en: "typo" }, recommended: true },
    defaultSeverity: "warning",
    fixable: "safe",
    messages: { typo: { zh: "「{{wrong}}」应为「{{right}}」", en: '"{{wrong}}" should be "{{right}}"' } },
  },
  create(context) {
    for (const m of context.text.matchAll(/国绕/g)) {
      const span: [number, number] = [m.index, m.index + 2];
      context.report({ span, messageId: "typo", data: { wrong: "国绕", right: "围绕" }, fix: { span, text: "围绕" } });
    }
  },
});
const broken = createRule({
  id: "test-broken",
  meta: {
    type: "problem",
    docs: { description: { zh: "坏", en: "broken" }, recommended: true },
    defaultSeverity: "error",
    messages: {},
  },
  create() {
    throw new Error("boom");
  },
});
const testRules: RuleMap = { "test-broken": broken, "test-typo": typo };

describe("lint", () => {
  it("passes publishedAt to the parser: it overrides a 发布时间 in the text and reaches the rules", () => {
    const text = "发布时间：2025-03-20\n某县司法局关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n我局扎实推进依法行政。";
    const only = { "report-year": rules["report-year"] };
    expect(lint(text, { rules: only }).diagnostics).toEqual([]);
    const late = lint(text, { rules: only, publishedAt: "2025-04-02" });
    expect(late.report.meta.publishedAt).toEqual({ date: "2025-04-02", span: null, source: "option" });
    expect(late.diagnostics.map((d) => [d.messageId, d.severity, text.slice(...d.span)])).toEqual([
      ["late", "error", "某县司法局关于2024年度法治政府建设情况的报告"],
    ]);
  });

  it("locates findings with 1-based lines and UTF-16 columns, CRLF included", () => {
    const text = "第一行\r\n紧紧国绕中心\r\n";
    const result = lint(text, { rules: testRules, config: { rules: { "test-broken": "off" } } });
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({
      ruleId: "test-typo",
      severity: "warning",
      message: "「国绕」应为「围绕」",
      span: [7, 9],
      range: { start: { line: 2, column: 3, offset: 7 }, end: { line: 2, column: 5, offset: 9 } },
    });
    expect(result.warningCount).toBe(1);
    expect(result.fixableWarningCount).toBe(1);
    expect(applyFixes(text, result.diagnostics.flatMap((x) => (x.fix ? [x.fix] : []))).output).toBe("第一行\r\n紧紧围绕中心\r\n");
  });

  it("renders messages in English when asked", () => {
    const result = lint("国绕", { rules: testRules, config: { locale: "en", rules: { "test-broken": "off" } } });
    expect(result.diagnostics[0]?.message).toBe('"国绕" should be "围绕"');
  });

  it("reports a failing rule instead of throwing, and keeps the other findings", () => {
    const result = lint("国绕", { rules: testRules });
    expect(result.diagnostics.map((d) => d.ruleId).sort()).toEqual([INTERNAL_RULE_ID, "test-typo"].sort());
    expect(result.diagnostics.find((d) => d.ruleId === INTERNAL_RULE_ID)?.message).toContain("boom");
  });

  it("keeps at most MAX_FINDINGS_PER_RULE findings of a rule and says how many more there were", () => {
    const text = "国绕".repeat(MAX_FINDINGS_PER_RULE + 25);
    const result = lint(text, { rules: testRules, config: { rules: { "test-broken": "off" } } });
    expect(result.diagnostics.filter((d) => d.ruleId === "test-typo")).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(result.diagnostics.filter((d) => d.ruleId === "test-typo").at(-1)?.span).toEqual([2 * MAX_FINDINGS_PER_RULE - 2, 2 * MAX_FINDINGS_PER_RULE]);
    const note = result.diagnostics.find((d) => d.ruleId === INTERNAL_RULE_ID);
    expect(note).toMatchObject({ severity: "warning", messageId: "too-many-findings", data: { rule: "test-typo", dropped: "25" }, span: [0, 0] });
    expect(note?.message).toBe(`规则“test-typo”发现的问题超过 ${MAX_FINDINGS_PER_RULE} 个，另有 25 个未列出`);
    // Below the cap nothing changes.
    expect(lint("国绕".repeat(3), { rules: testRules, config: { rules: { "test-broken": "off" } } }).diagnostics).toHaveLength(3);
  });

  it("accepts a config resolved once for many texts", () => {
    const config = resolveConfig({ rules: { "test-broken": "off", "test-typo": "error" } }, testRules);
    expect(lint("国绕", { rules: testRules, config }).errorCount).toBe(1);
    expect(lint("围绕", { rules: testRules, config }).errorCount).toBe(0);
  });

  it("takes the report year from the config over the text", () => {
    const result = lint("关于2024年法治政府建设情况的报告", { config: { reportYear: 2023 } });
    expect(result.report.meta.reportYear).toMatchObject({ value: 2023, source: "option" });
  });
});
