import { describe, expect, it } from "vitest";
import { COMMON_TYPOS, PROFILES, TYPO_SOURCES } from "@reportlint/report-model";
import { parse } from "@reportlint/parser";
import rule from "../../src/rules/common-typos.js";
import { runRule } from "../../src/index.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { name: "correct words", code: "紧紧围绕窗口标准化建设，着力提高干部法治思维，截至目前已部署到位。" },
    { name: "千部 as a thousand items", code: "全年采购图书一千部，其中法治类三千部。" },
    { name: "截止 as a deadline", code: "报名截止日期为6月30日，逾期不再受理，5月1日截止。" },
    { name: "推广范围 is not 广泛", code: "逐步扩大推广范围。" },
    { name: "预防犯罪 is not 防范", code: "加强预防犯罪宣传。" },
  ],
  invalid: [
    {
      name: "国绕 in the county seed's wording",
      code: "紧紧国绕窗口标准化建设。",
      errors: [{ messageId: "typo", text: "国绕", line: 1, column: 3, data: { wrong: "国绕", right: "围绕" }, severity: "warning" }],
      output: null,
      suggestionOutput: "紧紧围绕窗口标准化建设。",
    },
    {
      name: "千部 before 法治",
      code: "着力提高千部法治思维和行政能力。",
      errors: [{ messageId: "typo", text: "千部", data: { wrong: "千部", right: "干部" }, severity: "warning" }],
      output: null,
      suggestionOutput: "着力提高干部法治思维和行政能力。",
    },
    {
      name: "an unguarded entry gets a safe fix and an error",
      code: "全面布署，深入惯彻，认真屡行职责。",
      errors: [
        { messageId: "typo", text: "布署", data: { wrong: "布署", right: "部署" }, severity: "error" },
        { messageId: "typo", text: "惯彻", severity: "error" },
        { messageId: "typo", text: "屡行", severity: "error" },
      ],
      output: "全面部署，深入贯彻，认真履行职责。",
    },
    {
      name: "the longest wrong form wins",
      code: "截止目前，已办结。",
      errors: [{ messageId: "typo", text: "截止目前", data: { wrong: "截止目前", right: "截至目前" }, severity: "error" }],
      output: "截至目前，已办结。",
    },
    {
      name: "截止 before a date",
      code: "截止2023年底，共受理案件12件。",
      errors: [{ messageId: "typo", text: "截止", severity: "warning" }],
      output: null,
      suggestionOutput: "截至2023年底，共受理案件12件。",
    },
  ],
});

/** Every guarded entry, in a context where it is wrong and one where its guard holds. */
const GUARDED: Record<string, { fires: string; silent: string }> = {
  按装: { fires: "为窗口按装叫号系统", silent: "按装修标准执行" },
  幅射: { fires: "减少电磁幅射", silent: "张贴一幅射击场警示图" },
  凑和: { fires: "不能凑和了事", silent: "避免拼凑和堆砌材料" },
  既使: { fires: "既使困难再大也要完成", silent: "既使群众满意又提高效率" },
  了望: { fires: "登上了望塔", silent: "除了望远镜外" },
  不能自己: { fires: "感动得不能自己。", silent: "不能自己决定" },
  国绕: { fires: "紧紧国绕中心工作", silent: "车辆经全国绕城高速" },
  千部: { fires: "提高千部队伍素质", silent: "购置图书一千部法治读物" },
  截止: { fires: "截止去年年底", silent: "截止时间为下午五点" },
  即定: { fires: "按照即定目标推进", silent: "发现问题立即定责" },
  暂新: { fires: "展现暂新面貌", silent: "暂新增两个窗口" },
  贯切: { fires: "认真贯切落实", silent: "一贯切实履职" },
  规化: { fires: "编制发展规化", silent: "推进执法正规化建设" },
  事绩: { fires: "宣传先进事绩", silent: "开展人事绩效改革" },
  积效: { fires: "完善积效考核", silent: "发挥累积效应" },
  问侯: { fires: "节日问侯困难群众", silent: "依法询问侯某某" },
  防犯: { fires: "加强风险防犯", silent: "做好预防犯罪工作" },
  惯穿: { fires: "惯穿执法全过程", silent: "群众习惯穿行此路" },
  坚持不解: { fires: "坚持不解地推进", silent: "坚持不解决不放手" },
  宗指: { fires: "牢记为民宗指", silent: "查处该宗指控" },
  功坚: { fires: "打好脱贫功坚战", silent: "成功坚持十年" },
  至力于: { fires: "至力于优化营商环境", silent: "甚至力于此" },
  惯通: { fires: "打通数据惯通渠道", silent: "群众习惯通过网上办理" },
  举错: { fires: "出台多项举错", silent: "列举错误做法" },
  嘱目: { fires: "取得令人嘱目的成绩", silent: "叮嘱目前要注意" },
  响往: { fires: "对美好生活的响往", silent: "影响往来车辆通行" },
  近一步: { fires: "近一步规范执法", silent: "向目标更近一步" },
  习进平: { fires: "习进平法治思想", silent: "组织学习进平台答题" },
  广范: { fires: "开展广范宣传", silent: "扩大推广范围" },
};

function findings(code: string) {
  const document = parse(code);
  const settings = { reportYear: null, today: null, locale: "zh" as const, profile: PROFILES["fazhi-annual"]! };
  return runRule(rule, document, settings, {}).map((f) => code.slice(...f.span));
}

describe("common-typos data", () => {
  it("has at least 300 entries, each with a known source, a different right form and no duplicate", () => {
    expect(COMMON_TYPOS.length).toBeGreaterThanOrEqual(300);
    for (const entry of COMMON_TYPOS) {
      expect(Object.keys(TYPO_SOURCES), entry.wrong).toContain(entry.source);
      expect(entry.right, entry.wrong).not.toBe(entry.wrong);
    }
    expect(new Set(COMMON_TYPOS.map((e) => e.wrong)).size).toBe(COMMON_TYPOS.length);
  });

  it("tests the guard of every guarded entry", () => {
    const guarded = COMMON_TYPOS.filter((e) => e.notBefore || e.notAfter || e.onlyAfter).map((e) => e.wrong);
    expect(Object.keys(GUARDED).sort()).toEqual([...guarded].sort());
  });

  for (const [wrong, { fires, silent }] of Object.entries(GUARDED)) {
    it(`${wrong}: wrong in "${fires}", right in "${silent}"`, () => {
      expect(findings(fires)).toEqual([wrong]);
      expect(findings(silent)).toEqual([]);
    });
  }

  it("finds every unguarded entry in plain prose, and never its correction", () => {
    for (const entry of COMMON_TYPOS) {
      if (!(entry.notBefore || entry.notAfter || entry.onlyAfter)) {
        expect(findings(`我们${entry.wrong}。`), entry.wrong).toEqual([entry.wrong]);
      }
      expect(findings(`我们${entry.right}。`), entry.right).toEqual([]);
    }
  });
});
