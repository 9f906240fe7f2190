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
    // A ratio of parts beside the parts: 16.9 + 191.3 + 39.2 = 247.4; 6.83%, 77.32%, 15.84%.
    { name: "ratio: every term right at its precision", code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：15.8。" },
    { name: "ratio: last year's ratio (由上年的…) is not this year's", code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重由上年的9.4:66.8:23.8调整为6.8:77.3:15.8。" },
    { name: "ratio: last year's ratio after this year's", code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8:77.3:15.8，上年为9.4:66.8:23.8。" },
    // The next three would be reported (16.0 for 15.84%) if every member had exactly one amount in reach.
    { name: "ratio: a member without an amount", code: "全年第一产业完成投资16.9亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：16.0。" },
    {
      name: "ratio: a member with two amounts in one sentence",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元、第三产业增加值80.1亿元。三次产业投资比重为6.8：77.3：16.0。",
    },
    { name: "ratio: 中直 and 地方, right (1520.6 ÷ 2501 = 60.80%)", code: "全年中直经济实现增加值1520.6亿元，地方经济实现增加值980.4亿元，中直与地方经济比重为60.8:39.2。" },
    {
      name: "ratio: a term off that also breaks the 100% is left to sum-mismatch",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：16.4。",
    },
    { name: "ratio: 中直 without 地方", code: "全年中直经济实现增加值1520.6亿元，中直与地方经济比重为60.9:39.1。" },
    { name: "ratio: amounts two paragraphs before", code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。\n工业运行平稳。\n三次产业投资比重为6.8：77.3：16.0。" },
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
      name: "ratio: the third sector's term off at one decimal",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：16.0。",
      errors: [
        {
          messageId: "ratioPart",
          severity: "warning",
          text: "第三产业完成投资39.2亿元",
          data: {
            ratio: "6.8：77.3：16.0",
            term: "16.0",
            part: "第三产业完成投资39.2亿元",
            expression: "39.2 ÷ (16.9 + 191.3 + 39.2) = 15.84%",
            decimals: "保留一位小数",
            expected: "15.8",
          },
        },
      ],
    },
    {
      name: "ratio: the first sector's term off, the span on its amount",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为7.0：77.3：15.8。",
      errors: [{ messageId: "ratioPart", severity: "warning", text: "全年第一产业完成投资16.9亿元", line: 1, column: 1 }],
    },
    {
      name: "ratio: the ratio in the next paragraph",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。\n三次产业投资比重为6.8：77.3：16.0。",
      errors: [{ messageId: "ratioPart", severity: "warning", text: "第三产业完成投资39.2亿元", line: 1 }],
    },
    {
      name: "ratio: this year's ratio after last year's (调整为)",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重由上年的9.4:66.8:23.8调整为6.8:77.3:16.0。",
      errors: [{ messageId: "ratioPart", severity: "warning", text: "第三产业完成投资39.2亿元", data: { ratio: "6.8:77.3:16.0", term: "16.0", part: "第三产业完成投资39.2亿元", expression: "39.2 ÷ (16.9 + 191.3 + 39.2) = 15.84%", decimals: "保留一位小数", expected: "15.8" } }],
    },
    {
      name: "ratio: 中直 and 地方, both terms off (60.80% and 39.20%): one finding for the ratio",
      code: "全年中直经济实现增加值1520.6亿元，地方经济实现增加值980.4亿元，中直与地方经济比重为60.9:39.1。",
      errors: [
        {
          messageId: "ratioParts",
          severity: "warning",
          text: "60.9:39.1",
          data: { ratio: "60.9:39.1", parts: "全年中直经济实现增加值1520.6亿元、地方经济实现增加值980.4亿元", expected: "60.8：39.2" },
        },
      ],
    },
    {
      name: "ratio: a term only the amounts' own rounding allows (39.25 ÷ 247.35 = 15.87%) is still a warning, saying so",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：15.9。",
      errors: [
        {
          messageId: "ratioPartRounding",
          severity: "warning",
          text: "第三产业完成投资39.2亿元",
          data: {
            ratio: "6.8：77.3：15.9",
            term: "15.9",
            part: "第三产业完成投资39.2亿元",
            expression: "39.2 ÷ (16.9 + 191.3 + 39.2) = 15.84%",
            decimals: "保留一位小数",
            expected: "15.8",
          },
        },
      ],
    },
    {
      name: "a truncated rate without the canonical pair is a note",
      code: "我局行政诉讼案件12件，胜诉11件，胜诉率91.6%。",
      errors: [{ messageId: "truncated", severity: "info" }],
    },
  ],
});
