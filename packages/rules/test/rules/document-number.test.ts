import rule from "../../src/rules/document-number.js";
import { testRule } from "../helpers/rule-tester.js";

const head = "关于2024年法治政府建设情况的报告\n一、主要举措和成效\n";

testRule(rule, {
  valid: [
    `${head}按照《关于开展评价工作的通知》（宛区人社〔2025〕31号）要求，落实国办公开办函〔2021〕30号。\n`,
    { name: "a plan period", code: `${head}贯彻《法治政府建设实施纲要（2021-2025年）》和规划(2021—2025)。\n` },
    { name: "a revision note and a date", code: `${head}学习《行政复议法》（2023年修订），于2024年（2024）开展。\n` },
    { name: "a court case number", code: `${head}判决书（2024）豫13行初45号已生效。\n` },
    { name: "a decree number", code: `${head}执行《保障农民工工资支付条例》（国务院令第724号）。\n` },
    { name: "round brackets without 号", code: `${head}全年（2024）12个部门参加。\n` },
    { name: "a space before 号 (cjk-spacing's finding)", code: `${head}按照国办公开办函〔2021〕30 号要求编制。\n` },
    { name: "two numbers sharing one 号", code: `${head}印发宛区人社〔2025〕31、32号文件。\n` },
  ],
  invalid: [
    {
      name: "square brackets of several kinds",
      code: `${head}印发宛区人社【2025】31号、宛政办[2024] 6号和宛政（2023）12号。\n`,
      errors: [
        { messageId: "bracket", text: "【2025】", data: { text: "宛区人社【2025】31号", brackets: "【】" } },
        { messageId: "bracket", text: "[2024]" },
        { messageId: "bracket", text: "（2023）" },
      ],
      output: `${head}印发宛区人社〔2025〕31号、宛政办〔2024〕 6号和宛政〔2023〕12号。\n`,
    },
    {
      name: "a missing 号",
      code: `${head}根据《通知》(宛区人社〔2025〕31)要求开展。\n`,
      errors: [{ messageId: "missingHao", text: "31", severity: "warning" }],
      output: null,
      suggestionOutput: `${head}根据《通知》(宛区人社〔2025〕31号)要求开展。\n`,
    },
    {
      name: "a two-digit year",
      code: `${head}执行宛政〔25〕3号文件。\n`,
      errors: [{ messageId: "shortYear", text: "〔25〕", severity: "warning" }],
      output: null,
      suggestionOutput: `${head}执行宛政〔2025〕3号文件。\n`,
    },
  ],
});
