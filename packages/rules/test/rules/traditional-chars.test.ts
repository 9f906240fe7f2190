import rule from "../../src/rules/traditional-chars.js";
import { testRule } from "../helpers/rule-tester.js";

const simplifiedProse = "本年度共办理行政复议案件十五件，全部依法按期审结，纠错率较上年有所下降。".repeat(3);
const traditionalProse =
  "本年度共辦理行政復議案件十五件，全部依法按期審結，糾錯率較上年有所下降。各級機關認真貫徹落實黨中央關於法治政府建設的決策部署。";

testRule(rule, {
  valid: [
    { name: "simplified text", code: "一、主要举措和成效\n全年减少审批事项12项，办结率100%。" },
    { name: "乾 in 乾隆 and 乾坤", code: "参观乾隆年间修建的古建筑，扭转乾坤。" },
    { name: "於 alone may be a surname", code: "区司法局於某某同志参加培训。" },
    { name: "徵 in 宫商角徵羽", code: "开展宫商角徵羽民乐进社区活动。" },
    { name: "二噁英 and 哪吒", code: "开展二噁英排放检测，举办哪吒主题文化展。" },
    { name: "昇 and 鍾 as names", code: "表彰李昇、鍾某某等同志。" },
    { name: "著 and 后 are simplified", code: "著作权保护工作取得显著成效，此后继续推进。" },
    {
      name: "a line of mojibake is no writing",
      code: "全年办结案件12件。\n闂佹眹鍩勯崹浼村磹瑜版帒妫橀柛灞剧⊕閸庣喐绻濇繝鍌涘櫧缂佸婀辩槐鎺楀籍閹炬潙顏\n",
    },
  ],
  invalid: [
    {
      name: "one traditional character in a word",
      code: "全年減少审批事项12项。",
      errors: [{ messageId: "traditional", text: "減", line: 1, column: 3, data: { text: "減", expected: "减" }, severity: "error" }],
      output: "全年减少审批事项12项。",
    },
    {
      name: "a run of traditional characters is one finding",
      code: "深入学习贯彻黨關於法治建设的部署。",
      errors: [{ messageId: "traditional", text: "黨關於", data: { text: "黨關於", expected: "党关于" } }],
      output: "深入学习贯彻党关于法治建设的部署。",
    },
    {
      name: "於 after 关 in simplified text",
      code: "区政府关於印发实施方案的通知。",
      errors: [{ messageId: "traditional", text: "於", data: { text: "於", expected: "于" } }],
      output: "区政府关于印发实施方案的通知。",
    },
    {
      name: "乾 in 乾部 and 後 in 此後",
      code: "组织乾部学法，此後每季度考试。",
      errors: [
        { messageId: "traditional", text: "乾", data: { text: "乾", expected: "干" } },
        { messageId: "traditional", text: "後", data: { text: "後", expected: "后" } },
      ],
      output: "组织干部学法，此后每季度考试。",
    },
    {
      name: "a whole text in traditional characters gets one summary",
      code: `${traditionalProse}\n${traditionalProse}`,
      errors: [{ messageId: "document", severity: "warning", data: { count: 40, share: 33.9 } }],
      output: null,
    },
    {
      name: "a traditional paragraph in a simplified report is reported run by run",
      code: `${simplifiedProse}\n${simplifiedProse}\n${simplifiedProse}\n全年辦結案件十五件。`,
      errors: [{ messageId: "traditional", text: "辦結", data: { text: "辦結", expected: "办结" } }],
      output: `${simplifiedProse}\n${simplifiedProse}\n${simplifiedProse}\n全年办结案件十五件。`,
    },
  ],
});
