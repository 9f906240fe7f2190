import type { Profile } from "../profile.js";

const REGULATION = "《中华人民共和国政府信息公开条例》";
const FORMAT = "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）";

/** 政府信息公开工作年度报告: six sections in the format of 国办公开办函〔2021〕30号. */
export const zhengwuGongkaiAnnualProfile: Profile = {
  id: "zhengwu-gongkai-annual",
  name: { zh: "政府信息公开工作年度报告", en: "annual report on government information disclosure" },
  // The title, or the opening sentence of a text without one (现将2024年度政府信息公开工作情况报告如下).
  titlePatterns: ["政府信息公开(工作)?(情况)?(年度)?(工作)?报告", "政府信息公开年报", "政务公开(工作)?年度报告"],
  // The format fixes the six parts, their names and their order.
  order: { basis: FORMAT },
  parts: [
    {
      id: "overview",
      name: { zh: "总体情况", en: "overview" },
      presence: "required",
      headingPatterns: ["总体情况", "总体概况", "^概述$", "^概况$", "工作概况$", "^基本情况$"],
      namePatterns: ["总体情况"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "proactive",
      name: { zh: "主动公开政府信息情况", en: "proactive disclosure" },
      presence: "required",
      headingPatterns: ["主动公开"],
      // 政府信息主动公开情况, 主动公开工作情况 keep the name.
      namePatterns: ["主动公开.{0,6}情况", "主动公开政府信息", "政府信息主动公开"],
      // The four blocks of 第二十条 items (XXGK_TEMPLATE ids).
      tables: ["art20-1", "art20-5", "art20-6", "art20-8"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "applications",
      name: { zh: "收到和处理政府信息公开申请情况", en: "applications received and handled" },
      presence: "required",
      headingPatterns: ["公开申请", "依申请公开"],
      // 政府信息公开申请情况, 政府信息公开申请办理情况 keep the name; 依申请公开情况 does not.
      namePatterns: ["收到.{0,2}处理", "(信息)?公开申请(的)?(收到|受理|办理|处理|答复)?情况"],
      tables: ["applications"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "review-litigation",
      name: { zh: "政府信息公开行政复议、行政诉讼情况", en: "administrative review and litigation" },
      presence: "required",
      headingPatterns: ["行政复议", "行政诉讼"],
      // 因政府信息公开工作被申请行政复议和提起行政诉讼情况, 政府信息公开相关行政复议、诉讼情况.
      namePatterns: ["复议.{0,8}诉讼"],
      tables: ["review-litigation"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "problems",
      name: { zh: "存在的主要问题及改进情况", en: "main problems and improvements" },
      presence: "required",
      headingPatterns: ["问题", "改进"],
      // 政府信息公开工作存在的主要问题及改进情况, 存在主要问题及改进措施, 问题和整改情况.
      namePatterns: ["问题.{0,6}(改进|整改|改善)", "(改进|整改).{0,12}问题"],
      basis: `${REGULATION}第五十条`,
    },
    {
      id: "other",
      name: { zh: "其他需要报告的事项", en: "other matters" },
      presence: "required",
      headingPatterns: ["其他需要报告", "其他(需要)?(报告|说明)的?(事项|情况)"],
      namePatterns: ["其他需要报告"],
      basis: `${REGULATION}第五十条`,
    },
  ],
  // Table 3 (收到和处理政府信息公开申请情况) of 国办公开办函〔2021〕30号.
  tableLabels: [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "四、结转下年度继续办理",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开",
    "（四）无法提供",
    "（五）不予处理",
    "（六）其他处理",
    "（七）总计",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
  ],
  // 第四十九条: 县级以上人民政府部门 publish by 1月31日; the 政府信息公开工作主管部门 publishes the
  // government's own report by 3月31日. A department is an issuer named as one (某市教育局, 某县发展和改革局,
  // 市科委), not a government, its general office (which publishes the government's report), a
  // township or a sub-district office.
  deadlines: [
    {
      id: "publish-department",
      month: 1,
      day: 31,
      yearOffset: 1,
      exclusive: false,
      basis: `${REGULATION}第四十九条：县级以上人民政府部门应当在每年1月31日前向社会公布本行政机关上一年度政府信息公开工作年度报告`,
      strength: "rule",
      issuerPatterns: ["(局|委|委员会|厅|办公室|办|署|部)$"],
      issuerExcludePatterns: ["政府", "管理委员会$", "管委会$", "街道", "[乡镇]$"],
    },
    {
      id: "publish",
      month: 3,
      day: 31,
      yearOffset: 1,
      exclusive: false,
      basis: `${REGULATION}第四十九条：县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告`,
      strength: "rule",
    },
  ],
};
