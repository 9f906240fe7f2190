import rule from "../../src/rules/official-names.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    "我局组织干部学习《中华人民共和国行政复议法》和《行政诉讼法》。",
    { name: "short forms without 中华人民共和国 pass", code: "宣传《劳动合同法》《政府信息公开条例》《行政复议法实施条例》。" },
    { name: "the canonical plan title", code: "对照《法治政府建设实施纲要（2021—2025年）》逐项推进。" },
    { name: "the earlier edition of the plan", code: "《法治政府建设实施纲要（2015—2020年）》确定的目标如期实现。" },
    { name: "a hyphen or a half-width bracket in the period is another rule's business", code: "贯彻《法治政府建设实施纲要(2021-2025年)》。" },
    { name: "a space in the period", code: "贯彻《法治政府建设实施纲要(2021—2025 年)》。" },
    { name: "the plan without its period", code: "深入实施《法治政府建设实施纲要》。" },
    { name: "a later period may be a new edition", code: "学习《法治政府建设实施纲要（2026—2030年）》。" },
    { name: "a local plan with the same words", code: "印发《某省法治政府建设实施纲要（2016—2020年）》。" },
    { name: "a local regulation named like a national one", code: "执行《某省优化营商环境条例》和《某市政府信息公开规定》。" },
    { name: "法制审核 is the official term", code: "落实《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》，法制审核率100%。" },
    { name: "法制 elsewhere is not a name", code: "健全领导干部学法制度，法制机构审核文件12件。" },
    { name: "政府督查 is a regulation of its own", code: "依照《政府督查工作条例》开展督查。" },
    { name: "a different plenum of another 届", code: "学习党的二十届三中全会和十九届四中全会精神。" },
    { name: "a county committee's own plenum", code: "贯彻县委十九届八中全会部署。" },
    { name: "the full name of a body", code: "召开区委全面依法治区委员会第三次会议。" },
    { name: "习近平法治思想", code: "深入学习贯彻习近平法治思想。" },
    { name: "a traditional character is traditional-chars' business", code: "學習《中华人民共和国政府信息公開条例》。" },
    { name: "titles in a year or number differ by edition", code: "印发《2024年全县法治政府建设工作要点》和《2025年全县法治政府建设工作要点》。" },
  ],
  invalid: [
    {
      name: "法制 for 法治 in a plan title",
      code: "对照《法制政府建设实施纲要（2021—2025年）》查找差距。",
      errors: [{ messageId: "fazhi", text: "法制", severity: "warning", data: { written: "法制政府建设实施纲要（2021—2025年）", canonical: "《法治政府建设实施纲要（2021—2025年）》" } }],
      suggestionOutput: "对照《法治政府建设实施纲要（2021—2025年）》查找差距。",
    },
    {
      name: "法制 for 法治 in a thought, without 《》",
      code: "全面贯彻习近平法制思想。",
      errors: [{ messageId: "fazhi", text: "法制", line: 1, column: 8 }],
      suggestionOutput: "全面贯彻习近平法治思想。",
    },
    {
      name: "a wrong year in a plan period is an error",
      code: "贯彻落实《法治政府建设实施纲要（2020—2025年）》。",
      errors: [{ messageId: "planRange", text: "2020—2025", data: { base: "法治政府建设实施纲要", expected: "2021—2025年", written: "2020—2025" } }],
      suggestionOutput: "贯彻落实《法治政府建设实施纲要（2021—2025年）》。",
    },
    {
      name: "a wrong period in running text, keeping the writer's dash",
      code: "根据法治社会建设实施纲要(2021-2025年)要求，开展普法。",
      errors: [{ messageId: "planRange", text: "2021-2025", data: { base: "法治社会建设实施纲要", expected: "2020—2025年", written: "2021-2025" } }],
      suggestionOutput: "根据法治社会建设实施纲要(2020-2025年)要求，开展普法。",
    },
    {
      name: "a near-miss by one character",
      code: "严格执行《法治政府建设与责任落实督查工作规定》。",
      errors: [{ messageId: "nearMiss", text: "查", severity: "warning", data: { written: "法治政府建设与责任落实督查工作规定", canonical: "法治政府建设与责任落实督察工作规定" } }],
      suggestionOutput: "严格执行《法治政府建设与责任落实督察工作规定》。",
    },
    {
      name: "a word added to a long title",
      code: "落实《党政主要负责人履行推进法治政府建设第一责任人职责规定》。",
      errors: [{ messageId: "nearMiss", text: "政府" }],
      suggestionOutput: "落实《党政主要负责人履行推进法治建设第一责任人职责规定》。",
    },
    {
      name: "a character left out of a short-form title",
      code: "开展《保障农民工工资付条例》宣传。",
      errors: [{ messageId: "nearMiss", text: "资", data: { written: "保障农民工工资付条例", canonical: "保障农民工工资支付条例" } }],
      suggestionOutput: "开展《保障农民工工资支付条例》宣传。",
    },
    {
      name: "a misquoted title in running text",
      code: "严格落实法治政府建设与责任落实督查工作规定。",
      errors: [{ messageId: "misquote", text: "法治政府建设与责任落实督查工作规定" }],
      suggestionOutput: "严格落实法治政府建设与责任落实督察工作规定。",
    },
    {
      name: "a commission without 全面",
      code: "召开县委依法治县委员会会议。",
      errors: [{ messageId: "misquote", text: "依法治县委员会", data: { written: "依法治县委员会", canonical: "全面依法治县委员会" } }],
      suggestionOutput: "召开县委全面依法治县委员会会议。",
    },
    {
      name: "the central work meeting without 全面",
      code: "深入学习中央依法治国工作会议精神。",
      errors: [{ messageId: "misquote", text: "中央依法治国工作会议" }],
      suggestionOutput: "深入学习中央全面依法治国工作会议精神。",
    },
    {
      name: "届 and 中全会 in the wrong order",
      code: "学习贯彻党的三中全会二十届精神。",
      errors: [{ messageId: "plenumOrder", text: "三中全会二十届", data: { written: "三中全会二十届", expected: "二十届三中全会" } }],
      suggestionOutput: "学习贯彻党的二十届三中全会精神。",
    },
    {
      name: "a plenum that never met",
      code: "学习党的十九届八中全会精神。",
      errors: [{ messageId: "noSuchPlenum", text: "十九届八中全会", data: { session: "十九", count: 7, written: "十九届八中全会" } }],
    },
  ],
});
