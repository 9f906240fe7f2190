import type { Profile } from "../profile.js";

const REGULATION = "《中华人民共和国政府信息公开条例》";

/** 政府信息公开工作年度报告: six sections in the format of 国办公开办函〔2021〕30号. */
export const zhengwuGongkaiAnnualProfile: Profile = {
  id: "zhengwu-gongkai-annual",
  name: { zh: "政府信息公开工作年度报告", en: "annual report on government information disclosure" },
  titlePatterns: ["政府信息公开(工作)?年度报告"],
  parts: [
    {
      id: "overview",
      name: { zh: "总体情况", en: "overview" },
      presence: "required",
      headingPatterns: ["总体情况"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "proactive",
      name: { zh: "主动公开政府信息情况", en: "proactive disclosure" },
      presence: "required",
      headingPatterns: ["主动公开"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "applications",
      name: { zh: "收到和处理政府信息公开申请情况", en: "applications received and handled" },
      presence: "required",
      headingPatterns: ["公开申请"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "review-litigation",
      name: { zh: "政府信息公开行政复议、行政诉讼情况", en: "administrative review and litigation" },
      presence: "required",
      headingPatterns: ["行政复议", "行政诉讼"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "problems",
      name: { zh: "存在的主要问题及改进情况", en: "main problems and improvements" },
      presence: "required",
      headingPatterns: ["问题", "改进"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "other",
      name: { zh: "其他需要报告的事项", en: "other matters" },
      presence: "required",
      headingPatterns: ["其他需要报告"],
      basis: `${REGULATION}第五十条`,
    },
  ],
  deadlines: [
    {
      id: "publish",
      month: 3,
      day: 31,
      yearOffset: 1,
      exclusive: false,
      basis: `${REGULATION}第四十九条：县级以上人民政府每年3月31日前公布（部门为1月31日前）`,
      strength: "rule",
    },
  ],
};
