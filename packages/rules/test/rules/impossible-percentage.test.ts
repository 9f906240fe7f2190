import rule from "../../src/rules/impossible-percentage.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    {
      name: "a rate with no count in its sentence is not checked against an alternative base sentences before (indicator-math row 11)",
      code: "劳动人事争议仲裁院当期受理案件67件，仲裁调解结案175件。仲裁裁决结案46件，审理中案件6件。截至目前期限内结案率为100%，调解成功率为71.25%。",
    },
    "共调处矛盾纠纷356起，调解成功率达98.6%。",
    "共受理行政许可37宗，即办率100%。",
    { name: "a large base reaches any rate", code: "调处各类矛盾纠纷2068起，成功率98%。" },
    { name: "the base named by the numerator word", code: "仲裁调解及基层调解共结案868宗，调解率86.28%。" },
    { name: "growth above 100%", code: "全区行政复议案件同比增长125%。" },
    { name: "a rate whose base is in another paragraph", code: "受理投诉举报15件。\n办结率99%。" },
    // 148 ÷ 304 = 48.68%: possible for the base the earlier rates fit.
    {
      name: "a named rate possible for the base earlier rates of its paragraph fit",
      code: "2022年审结行政复议案件304件，直接纠错69件，直接纠错率22.7%；调解、和解结案64件，调解和解率21.1%；通过制发行政复议意见书推动行政争议实质性化解15件。行政复议案件的综合纠错化解率48.7%。",
    },
    // 3 ÷ 28 = 10.71%: the earlier part (审结) may be the base too.
    { name: "a named rate possible for the earlier part", code: "受理行政复议申请30件，审结28件，审结率93.3%。撤销率10.7%。" },
    { name: "a named rate with no earlier rate to share a base", code: "受理行政复议申请30件，审结28件。撤销率12.5%。" },
    // 13 ÷ 15 = 86.7%, 14 ÷ 15 = 93.3%: but nothing in the paragraph counts what 知晓率 counts.
    { name: "a named rate of something the paragraph does not count", code: "受理投诉15件，办结15件，办结率100%。组织回访，群众知晓率92%。" },
  ],
  invalid: [
    {
      name: "接到 names the base (接到网络信件327件，办结率99.5%), past counts of other things in its sentence",
      code: "2021年，网站上传信息5786条；公众号共发布信息294期1014条；接到网络信件327件，办结率99.5%。",
      errors: [{ messageId: "infeasible", severity: "error", text: "办结率99.5%" }],
    },
    {
      name: "no whole count of 15 gives 99%, with counts of other things before it in the sentence",
      code: "劳动监察执法大队主动巡查用人单位120户，书面审查用人单位32户;受理投诉举报 15 件;办结率99%，开展宣传。",
      errors: [{ messageId: "infeasible", severity: "error", text: "办结率99%" }],
    },
    {
      name: "no whole count of 15 gives 99%",
      code: "受理投诉举报 15 件；办结率99%，开展宣传1次。",
      errors: [{ messageId: "infeasible", severity: "error", text: "办结率99%" }],
    },
    {
      name: "no whole count of 356 gives 98.8%",
      code: "共调处矛盾纠纷356起，调解成功率达98.8%。",
      errors: [{ messageId: "infeasible", severity: "error" }],
    },
    {
      name: "a proportion above 100%",
      code: "共调处纠纷50起，调解成功51起，调解成功率102%。",
      errors: [{ messageId: "overHundred", severity: "error", text: "调解成功率102%" }],
    },
    {
      name: "a named rate impossible for every count earlier rates of its paragraph fit (304, 64, 69)",
      code: "2022年审结行政复议案件304件，直接纠错69件，直接纠错率22.7%；调解、和解结案64件，调解和解率21.1%；通过制发行政复议意见书推动行政争议实质性化解15件。行政复议案件的综合纠错化解率48.5%。",
      errors: [
        {
          messageId: "infeasible",
          severity: "warning",
          text: "化解率48.5%",
          data: {
            rate: "化解率48.5%",
            base: "2022年审结行政复议案件304件",
            expression: "化解147件为 147 ÷ 304 = 48.36%，化解148件为 148 ÷ 304 = 48.68%",
            suggestion: "没有任何化解件数能得到 48.5%。请核对相关数字或化解率。",
          },
        },
      ],
    },
    {
      name: "a rate across a wrapped line is quoted without the break",
      code: "截至2025年7月底，全县共受理行政复议案件9起，已全部审结，其中直接纠错案件的纠错率高\n达55.4%。",
      errors: [{ messageId: "infeasible", severity: "warning", data: {
            rate: "纠错率高达55.4%",
            base: "全县共受理行政复议案件9起",
            expression: "纠错4起为 4 ÷ 9 = 44.44%，纠错5起为 5 ÷ 9 = 55.56%",
            suggestion: "没有任何纠错起数能得到 55.4%。请核对受理起数或纠错率。",
          }, }],
    },
  ],
});
