import type { Profile } from "../profile.js";

const REGULATION = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）";

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
        "工作开展情况",
        "工作完成情况",
        "推进法治政府建设(的)?(工作)?情况",
        "主要措施",
        "主要做法",
        "工作措施",
        "取得的成绩",
      ],
      basis: REGULATION,
    },
    {
      id: "shortcomings",
      name: { zh: "存在的不足", en: "shortcomings" },
      presence: "required",
      headingPatterns: ["不足", "存在(的)?(主要)?问题", "问题(与|和|及)", "短板", "差距"],
      basis: REGULATION,
    },
    {
      id: "causes",
      name: { zh: "不足的原因", en: "causes of the shortcomings" },
      presence: "required",
      headingPatterns: ["原因", "成因"],
      basis: REGULATION,
    },
    {
      id: "leadership",
      name: {
        zh: "党政主要负责人履行推进法治建设第一责任人职责情况",
        en: "how the principal leaders fulfilled their first-responsibility duty",
      },
      presence: "required",
      headingPatterns: ["第一责任人", "主要负责(人|同志).*(职责|履职)", "一把手"],
      basis: REGULATION,
    },
    {
      id: "next-year-plan",
      name: { zh: "下一年度推进法治政府建设的主要安排", en: "plan for the next year" },
      presence: "required",
      headingPatterns: [
        "下一?年度?",
        "下一?步",
        "(20\\d\\d)年度?(的)?(工作)?(计划|安排|打算|思路|重点)",
        "工作(计划|安排|打算|思路)",
        "主要安排",
        "初步安排",
      ],
      basis: REGULATION,
    },
    {
      id: "other",
      name: { zh: "其他需要报告的情况", en: "other matters to report" },
      presence: "suggested",
      headingPatterns: ["其他需要报告"],
      basis: REGULATION,
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
