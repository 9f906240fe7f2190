import rule from "../../src/rules/rate-mismatch.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    "全年共受理信访事项120件，已办结118件，办结率98.3%。",
    "行政诉讼发案数139件，审结130件，败诉7件，败诉率5.38%。",
    { name: "an accepted alternative base", code: "行政诉讼发案数139件，审结130件，败诉7件，败诉率5.04%。" },
    { name: "closure parts give the numerator", code: "上半年受理劳动争议案件6件（调解4件、裁决1件、结案率83.3%）。" },
    { name: "成功率 after 调处", code: "调处各类矛盾纠纷2068起，调解成功2026起，成功率98%。" },
    { name: "no denominator in the text", code: "仲裁调解及基层调解共结案868宗，调解率86.28%。" },
    { name: "a reply is not the rectification count", code: "共收到检察建议书2份，形成回复文件1份，整改完成率100%。" },
    { name: "growth is not a proportion", code: "全区受理行政复议案件120件，同比增长125%。" },
    { name: "Chinese numerals", code: "受理劳动争议案件一百二十件，结案一百一十五件，结案率95.8%。" },
    { name: "a later clause makes its own claim", code: "受理案件20件，办结率95%；另受理投诉举报7件。" },
  ],
  invalid: [
    {
      name: "a rate that does not match its explicit counts",
      code: "全年共受理信访事项120件，已办结118件，办结率99.2%。",
      errors: [{ messageId: "mismatch", severity: "error", text: "办结率99.2%" }],
    },
    {
      name: "printed precision matters",
      code: "调处各类矛盾纠纷2068起，调解成功2026起，成功率98.00%。",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    {
      name: "100% means all",
      code: "投诉举报办结率100%（受理15件，办结14件）。",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    {
      name: "出庭应诉率 has no settled base: a warning",
      code: "开庭审理行政诉讼案件20件，行政机关负责人出庭应诉18件，出庭应诉率100%。",
      errors: [{ messageId: "mismatch", severity: "warning" }],
    },
    {
      name: "counts of the right kinds that give another rate",
      code: "予以立案的案件共249宗，解决往年积案9宗，新年度案件结案240宗，共结案249宗。本年度案件结案率95.4%。",
      errors: [{ messageId: "unclear", severity: "warning" }],
    },
    {
      name: "a truncated rate without the canonical pair is a note",
      code: "我局行政诉讼案件12件，胜诉11件，胜诉率91.6%。",
      errors: [{ messageId: "truncated", severity: "info" }],
    },
  ],
});
