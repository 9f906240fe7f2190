import type { Profile } from "../profile.js";

const REGULATION = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）";
// Who holds the first-responsibility duty, as the subject of a sentence.
const LEADERS = "(主要负责(人|同志)|主要领导(干部|同志)?|一把手|(党组|党委|党工委)?书记|[部厅局区县市镇乡]长(?![效期远足])|主任)";
// …unless the sentence presses the duty on them (压实/督促/落实 …主要负责人履行…).
const NOT_PRESSED = "(?<!(压实|压紧|督促|推动|落实|夯实|强化|明确|健全|完善|推进|建立|要求|确保)[^。；，,]{0,16})";

/**
 * 法治政府建设年度报告: the content list of the regulation's article on annual reports, with the
 * heading wordings seen in published reports. Order is free, and a sub-heading covering a part counts.
 */
export const fazhiAnnualProfile: Profile = {
  id: "fazhi-annual",
  name: { zh: "法治政府建设年度报告", en: "annual report on building a rule-of-law government" },
  titlePatterns: ["法治政府建设", "法治建设.*报告", "依法行政.*报告"],
  parts: [
    {
      id: "measures",
      name: { zh: "主要举措和成效", en: "main measures and results" },
      presence: "required",
      headingPatterns: [
        "举措",
        "成效",
        "成绩",
        "工作开展情况",
        "工作完成情况",
        "工作推进情况",
        "推进法治政府建设(的)?(工作)?情况",
        "法治政府建设(工作)?(开展|推进|落实)?情况$",
        "主要工作",
        "主要措施",
        "主要做法",
        "工作措施",
        "工作亮点",
      ],
      // A plan's measures (下一步工作举措, 2025年主要工作安排) belong to the next-year plan.
      excludePatterns: ["下一?步", "下一?年", "明年", "今后", "计划", "打算", "思路", "安排", "展望"],
      untitled: true,
      basis: REGULATION,
      wording: "上一年度推进法治政府建设的主要举措和成效",
      placement: {
        zh: "通常作为第一部分，可单设“主要举措和成效”标题，也可由若干专题标题（如“一、坚持党的领导……二、依法全面履行政府职能……”）组成",
        en: "usually the first part, under its own heading or as several topical sections",
      },
    },
    {
      id: "shortcomings",
      name: { zh: "存在的不足", en: "shortcomings" },
      presence: "required",
      headingPatterns: [
        "不足",
        "存在(的)?(主要)?(问题|困难|短板|差距)",
        "(面临|遇到)(的)?(主要)?(困难|问题)",
        "问题(与|和|及)(不足|差距|短板)",
        "(困难|短板|差距)(与|和|及)问题",
        "薄弱环节",
      ],
      // Without a heading of their own: 但还存在一些不足 / 仍存在以下问题 in the body.
      bodyPatterns: [
        "(存在|仍有|还有|尚有|面临)[^。；]{0,12}(不足|问题|差距|短板|薄弱环节|困难)",
        "(不足|问题|差距|短板)[^。；]{0,6}(主要(表现|体现)在|如下)",
      ],
      basis: REGULATION,
      wording: "上一年度推进法治政府建设存在的不足和原因",
      placement: {
        zh: "通常紧接在主要举措和成效之后，单列“存在的不足和原因”一部分",
        en: "usually right after the measures and results, as its own part",
      },
    },
    {
      id: "causes",
      name: { zh: "不足的原因", en: "causes of the shortcomings" },
      presence: "required",
      headingPatterns: ["原因", "成因", "根源"],
      // Causes written in the 不足 section's body: 究其原因, 主要原因是, 主要是由于, 源于, 受…制约.
      // Not 导致/造成/致使/以致 alone: after a problem they give its effect (宣传不够，从而导致认知度
      //不高), not why it arose.
      bodyIn: "shortcomings",
      bodyPatterns: [
        "原因",
        "成因",
        "根源",
        "根子",
        "由于",
        "源于",
        "缘于",
        "因为",
        "归因",
        "归结",
        "因素",
        "主观上",
        "客观上",
        "(问题|症结|关键|根本)(主要)?在于",
        "受[^，。；]{1,12}(限制|制约|影响)",
      ],
      basis: REGULATION,
      wording: "上一年度推进法治政府建设存在的不足和原因",
      placement: {
        zh: "通常写在“存在的不足”部分：逐条问题后说明原因，或单列“原因分析”（如“究其原因”“主要原因是”）",
        en: "usually in the shortcomings part: a cause after each problem, or a paragraph analysing the causes",
      },
    },
    {
      id: "leadership",
      name: {
        zh: "党政主要负责人履行推进法治建设第一责任人职责情况",
        en: "how the principal leaders fulfilled their first-responsibility duty",
      },
      presence: "required",
      headingPatterns: [
        "第一责任人",
        "主要负责(人|同志)[^，。；]*(职责|履职|责任)",
        "主要领导[^，。；]*(职责|履职|责任)",
        "一把手",
        "(党政|政府)主要负责(人|同志)",
      ],
      anywhere: true,
      // Without a heading of its own: a passage saying how the leaders fulfilled the duty, with them
      // as the subject (局主要负责同志切实履行…第一责任人职责, 党组书记带头学法述法, 局长亲自部署法治工作). Not a duty pressed
      // on others or repeated as a slogan (压实各单位主要负责人…第一责任人职责, 严格落实党政主要负责人
      // 履行…职责).
      bodyPatterns: [
        `${NOT_PRESSED}${LEADERS}[^。；]{0,20}?(履行|扛起|担起|担负|践行|落实)[^。；]{0,20}(第一责任人|法治[^。；]{0,8}职责)`,
        `${NOT_PRESSED}${LEADERS}[^。；]{0,20}(带头|亲自|主持|专题研究)[^。；]{0,20}(法治|学法|述法|讲法|依法|尊法|守法|用法|第一责任人)`,
      ],
      basis: REGULATION,
      wording: "上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况",
      placement: {
        zh: "常作为第一部分，或在主要举措和成效中单设一节（如“（一）党政主要负责人履行推进法治建设第一责任人职责情况”）",
        en: "often the first part, or a section within the measures and results",
      },
    },
    {
      id: "next-year-plan",
      name: { zh: "下一年度推进法治政府建设的主要安排", en: "plan for the next year" },
      presence: "required",
      headingPatterns: [
        "下一?年度?",
        "下一?步",
        "明年",
        "今后",
        "(20\\d\\d|二[〇零○]二[〇零○一二三四五六七八九])年度?(的)?(工作)?(计划|安排|打算|思路|重点|展望)",
        "工作(计划|安排|打算|思路|展望)",
        "主要安排",
        "初步安排",
      ],
      // A closing paragraph instead of a part, opening with 下一步，我局将… / 2025年，我局将继续…
      bodyPatterns: ["^(下一?步|下一?年度?|明年|今后)(工作中|工作)?[，,：:]?[^。]{0,20}将", "^20\\d\\d年[，,][^。]{0,20}将(继续|进一步|持续|着力|重点|坚持|全面|深入)"],
      basis: REGULATION,
      wording: "下一年度推进法治政府建设的主要安排",
      placement: {
        zh: "通常作为最后一部分（如“下一年度推进法治政府建设的主要安排”“20XX年工作计划”“下一步工作打算”）",
        en: "usually the last part",
      },
    },
    {
      id: "other",
      name: { zh: "其他需要报告的情况", en: "other matters to report" },
      presence: "suggested",
      headingPatterns: ["其他需要报告", "其他(有关)?(事项|情况)$"],
      basis: REGULATION,
      wording: "其他需要报告的情况",
    },
  ],
  deadlines: [
    {
      id: "publish",
      month: 4,
      day: 1,
      yearOffset: 1,
      exclusive: true,
      basis: `${REGULATION}第二十四条：每年4月1日之前向社会公开`,
      strength: "rule",
    },
    {
      id: "submit",
      month: 3,
      day: 1,
      yearOffset: 1,
      exclusive: false,
      basis: "常见做法：每年3月1日前向本级党委、政府和上级部门报送",
      strength: "practice",
    },
  ],
};
