import rule from "../../src/rules/part-exceeds-total.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    "仲裁裁决结案46件（其中一裁终局42件），审理中案件6件。",
    "受理劳动争议案件67件（涉及农民工案件40件、集体争议案件30件）。",
    { name: "counts in separate clauses may carry over", code: "劳动人事争议仲裁院当期受理案件67件，仲裁调解结案175件。" },
    { name: "a hedged total", code: "发放宣传材料3000余份，其中法律法规汇编3200份。" },
    { name: "a consistent rate with its counts", code: "共调处纠纷50起，调解成功48起，调解成功率96%。" },
  ],
  invalid: [
    {
      name: "one bracketed part alone exceeds the total",
      code: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件)。",
      errors: [{ messageId: "partExceeds", severity: "error", text: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件" }],
    },
    {
      name: "even overlapping attributes cannot exceed the total",
      code: "受理劳动争议案件67件（涉及农民工案件70件、集体争议案件30件）。",
      errors: [{ messageId: "partExceeds", text: "受理劳动争议案件67件（涉及农民工案件70件" }],
    },
    {
      name: "a rate's numerator above its base",
      code: "共调处纠纷50起，调解成功51起，调解成功率102%。",
      errors: [{ messageId: "numeratorExceeds", text: "51起" }],
    },
    {
      name: "beyond the usual reading of 余 is only a warning",
      code: "发放宣传材料3000余份，其中法律法规汇编4200份。",
      errors: [{ messageId: "partExceeds", severity: "warning" }],
    },
  ],
});
