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
  ],
});
