import rule from "../../src/rules/impossible-percentage.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    "共调处矛盾纠纷356起，调解成功率达98.6%。",
    "共受理行政许可37宗，即办率100%。",
    { name: "a large base reaches any rate", code: "调处各类矛盾纠纷2068起，成功率98%。" },
    { name: "the base named by the numerator word", code: "仲裁调解及基层调解共结案868宗，调解率86.28%。" },
    { name: "growth above 100%", code: "全区行政复议案件同比增长125%。" },
    { name: "a rate whose base is in another paragraph", code: "受理投诉举报15件。\n办结率99%。" },
  ],
  invalid: [
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
