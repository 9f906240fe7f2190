import rule from "../../src/rules/invalid-date.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { name: "real dates in every form", code: "我局于2023年6月30日召开会议，2024-12-31前完成，2025.1.15印发，二〇二四年三月五日通过。" },
    { name: "29 February in a leap year, and without a year", code: "2024年2月29日起施行。每年2月29日不安排值班。" },
    { name: "a weekday that matches its date", code: "定于2025年3月25日（星期二）召开。2024-12-01 星期日值班。" },
    { name: "year ranges with any dash", code: "落实《规划（2021—2025年）》和2021-2025年目标，2023至2027年持续推进。" },
    { name: "month ranges and half years", code: "2025年1-6月共受理12件，8-10月开展专项行动。" },
    { name: "amounts, counts and months", code: "投入资金20万元，历时13个月，办理1234件。" },
    { name: "document numbers", code: "印发《通知》（粤府〔2024〕12号、某人社发【2023】6号）。" },
    { name: "phone numbers, codes and URLs", code: "咨询电话0371-20251234，统一社会信用代码11410100MA2024A30X，网址www.example.gov.cn/art/2024/2/30/art_1.html。" },
    { name: "a site clock in the page furniture", code: "今天是：2025年3月25日 星期一\n关于2024年法治政府建设情况的报告\n我局扎实推进依法行政。" },
    {
      name: "other pages' dates in the page furniture",
      code: "关于2024年法治政府建设情况的报告\n我局扎实推进依法行政。\n上一篇：关于开展2024年2月30日专项检查的通知\n2024年6月31日 星期一",
    },
    { name: "a real date in a metadata line", code: "关于2024年法治政府建设情况的报告\n发布时间：2025-03-25 星期二 来源：市司法局\n我局扎实推进依法行政。" },
  ],
  invalid: [
    {
      name: "a day the month does not have",
      code: "区政府于2023年2月30日召开常务会议。",
      errors: [{ messageId: "dayOutOfRange", text: "2023年2月30日", severity: "error", data: { date: "2023年2月30日", month: 2, days: 28 } }],
    },
    {
      name: "31 April, and 29 February in a common year",
      code: "4月31日开展培训，2025年2月29日完成验收。",
      errors: [
        { messageId: "dayOutOfRange", text: "4月31日", data: { date: "4月31日", month: 4, days: 30 } },
        { messageId: "dayOutOfRange", text: "2025年2月29日", data: { date: "2025年2月29日", month: 2, days: 28 } },
      ],
    },
    {
      name: "a month that does not exist, certain with a year",
      code: "2024年13月召开专题会议。",
      errors: [{ messageId: "monthOutOfRange", text: "2024年13月", severity: "error", data: { date: "2024年13月", month: 13 } }],
    },
    {
      name: "a month that does not exist without a year is a warning",
      code: "13月组织开展执法检查。",
      errors: [{ messageId: "monthOutOfRange", severity: "warning", data: { date: "13月", month: 13 } }],
    },
    {
      name: "a weekday that does not match its date",
      code: "会议定于2025年3月25日 星期一上午召开。",
      errors: [
        {
          messageId: "weekdayMismatch",
          text: "2025年3月25日 星期一",
          data: { date: "2025年3月25日 星期一", year: 2025, month: 3, day: 25, actual: "星期二", printed: "星期一" },
        },
      ],
    },
    {
      name: "an eight-digit year from a lost range dash",
      code: "对照20192023年五年规划逐项梳理。",
      errors: [{ messageId: "rangeDashLost", text: "20192023年", severity: "error", data: { date: "20192023年", start: 2019, end: 2023 } }],
    },
    {
      name: "a year glued to its month is a warning",
      code: "20221月5日印发实施方案。",
      errors: [{ messageId: "yearGluedToMonth", text: "20221月5日", severity: "warning", data: { date: "20221月5日", year: 2022, month: 1 } }],
    },
    {
      name: "a year range that runs backwards",
      code: "编制2026—2022年法治宣传教育规划。",
      errors: [{ messageId: "rangeReversed", text: "2026—2022年", data: { date: "2026—2022年", start: 2026, end: 2022 } }],
    },
    {
      name: "a numeric date and a Chinese-numeral date",
      code: "发文日期为2024-06-31，二〇二三年二月二十九日公布。",
      errors: [
        { messageId: "dayOutOfRange", text: "2024-06-31", data: { date: "2024-06-31", month: 6, days: 30 } },
        { messageId: "dayOutOfRange", text: "二〇二三年二月二十九日", data: { date: "二〇二三年二月二十九日", month: 2, days: 28 } },
      ],
    },
    {
      name: "a date that cannot exist in the page's metadata lines is a warning",
      code: "关于2024年法治政府建设情况的报告\n发布时间：2025-02-30 来源：县司法局\n- 成文日期：2025年13月02日\n我局扎实推进依法行政。",
      errors: [
        { messageId: "dayOutOfRange", text: "2025-02-30", severity: "warning", data: { date: "2025-02-30", month: 2, days: 28 } },
        { messageId: "monthOutOfRange", text: "2025年13月02日", severity: "warning", data: { date: "2025年13月02日", month: 13 } },
      ],
    },
    {
      name: "a weekday after an ISO date in a metadata line",
      code: "关于2024年法治政府建设情况的报告\n发布日期：2025-03-26 星期五\n我局扎实推进依法行政。",
      errors: [
        {
          messageId: "weekdayMismatch",
          text: "2025-03-26 星期五",
          severity: "warning",
          data: { date: "2025-03-26 星期五", year: 2025, month: 3, day: 26, actual: "星期三", printed: "星期五" },
        },
      ],
    },
    {
      name: "in English the weekdays are named in English",
      code: "2024年5月1日（周五）放假。",
      settings: { locale: "en" },
      errors: [{ messageId: "weekdayMismatch", data: { date: "2024年5月1日（周五）", year: 2024, month: 5, day: 1, actual: "Wednesday", printed: "Friday" } }],
    },
  ],
});
