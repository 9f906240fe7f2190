import rule from "../../src/rules/stale-year.js";
import { testRule } from "../helpers/rule-tester.js";

// Reports of invented offices. The title gives the report year; 发布时间 the publication date.
const T25 = "某区司法局关于2025年法治政府建设情况的报告\n";
const T26 = "某区司法局关于2026年法治政府建设情况的报告\n";
const PUB26 = "发布时间：2026-02-12\n";
const PUB25 = "发布时间：2025-12-29\n";
const MEASURES = "一、主要举措和成效\n";
const SHORT = "二、存在的不足和原因\n";
const PLAN = "三、下一年度推进法治政府建设的主要安排\n";
const LATE = { settings: { today: "2026-02-03" } };

testRule(rule, {
  valid: [
    { name: "今年 published in the report year", code: `${T25}${PUB25}${MEASURES}今年以来，共办理复议案件8件。` },
    { name: "今年 with no publication date and no today", code: `${T25}${MEASURES}今年以来，共办理复议案件8件。` },
    { name: "今年 inside the next-year plan means the new year", code: `${T25}${PUB26}${MEASURES}办理复议案件8件。\n${PLAN}今年，我局重点抓好行政执法监督。` },
    { name: "今年 followed by a plan (今年将…) means the year of writing", code: `${T25}${PUB26}${MEASURES}办理复议案件8件，今年还将继续深化。` },
    { name: "今年 inside a document title or a quotation", code: `${T25}${PUB26}${MEASURES}印发《今年普法依法治理工作要点》，开展“今年我普法”活动。` },
    { name: "本年 in a table label", code: `${T25}${PUB26}${MEASURES}| 项目 | 本年新收 | 上年结转 |\n| 申请 | 5 | 1 |` },
    { name: "本年度报告 names the document", code: `${T25}${PUB26}本年度报告根据条例编制，所列数据统计期限为2025年1月1日至12月31日。` },
    { name: "上一年度 describing the reporting rule", code: `${T25}${PUB26}按照要求，报告上一年度法治政府建设情况。\n${MEASURES}办理复议案件8件。` },
    { name: "今年 under a heading naming the next year", code: `${T25}${PUB26}${MEASURES}办理复议案件8件。\n四、2026年工作思路\n今年，重点抓好执法监督。` },
    { name: "a relative word in a sentence that names a later year", code: `${T25}${PUB26}${MEASURES}2026年是开局之年，今年已部署专项行动。` },
    { name: "a story with no known report kind whose year comes from its first words", code: "2024年以来，区镇两级共受理纠纷53件。\n今年1月，某社区居民反映屋顶渗漏。", settings: { today: "2026-03-01" } },
    { name: "a story of no known kind dated only by its publication", code: "发布时间：2025-04-11\n今年1月，某社区居民反映屋顶渗漏，街道当天处置。" },
    { name: "an earlier date in brackets or about a law taking effect", code: `${T25}${MEASURES}印发《执法公示办法》（2024年10月）。2024年11月新修订的条例正式施行，我局组织学习。` },
    {
      name: "years inside document titles and document numbers",
      code: `${T25}${MEASURES}针对《关于开展2024年度劳动保障守法诚信等级评价工作的通知》(某人社〔2025〕31号)要求，落实【2024】6号文件。`,
    },
    { name: "periods running into the report year, comparisons and cut-off dates", code: `${T25}${MEASURES}自2024年10月起，推行告知承诺制；2024年以来，累计办理案件30件；截至2024年12月底，清理文件8件；较2024年增长5%；与2024年10月相比，办件量上升；比2024年同期减少2件。` },
    { name: "last year's assessment follow-up", code: `${T25}${MEASURES}（一）规范执法\n推行三项制度。\n（二）2024年度法治政府建设考核反馈问题整改情况\n2024年11月考核反馈问题3项，已全部整改。` },
    { name: "总结上年、部署本年", code: `${T25}${MEASURES}2024年12月，召开会议总结2024年工作并部署2025年工作。` },
    {
      name: "a year opening its sentence but not as the year of the work",
      code: `${T25}${MEASURES}2024年底前完成清理。2024年上半年启动试点。2024年是规划实施的关键之年。2024年全年办结案件8件，同比增长10%。2024年受理案件6件，今年受理9件，2025年增加3件。`,
    },
    { name: "a year going straight on, with a comparison or a running total", code: `${T25}${MEASURES}2024年受理案件同比下降2件。2024年我局累计培训干部300人次。` },
    { name: "two years compared across a semicolon", code: `${T25}${MEASURES}办理复议案件。2024年，办理案件10件；2025年，办理案件15件。` },
    { name: "a dated sentence about an award or a founding", code: `${T25}${MEASURES}2024年11月，我局被评为全省法治政府建设先进单位；2024年3月，区行政争议调解中心正式挂牌。` },
    { name: "history and background", code: `${T25}${MEASURES}该中心于2024年10月挂牌成立；2024年5月获评省级示范单位。` },
    { name: "an earlier year in the shortcomings part", code: `${T25}${MEASURES}办理复议案件8件。\n${SHORT}2024年10月督察发现的问题，个别仍未整改到位。` },
    { name: "the next-year plan names the next year", code: `${T25}${MEASURES}办理复议案件8件。\n${PLAN}2026年，我局将继续深化行政执法改革。` },
    { name: "a plan period current in the report year", code: `${T25}${MEASURES}深入实施“十四五”规划，紧扣《法治政府建设实施纲要（2021—2025年）》目标任务。` },
    {
      name: "an expired plan period looked back on or ahead from",
      code: `${T26}${MEASURES}“十四五”期间累计办理案件300件；全面总结“十四五”法治政府建设成效；《法治政府建设实施纲要（2021—2025年）》实施以来，成效明显；谋划“十五五”，巩固提升“十四五”成果。`,
    },
    { name: "a verb inside another title is not the writer's", code: `${T26}${MEASURES}印发《某区实施细则》《某区普法规划（2021—2025年）》汇编。` },
    { name: "a plan range that is not a plan's period", code: `${T26}${MEASURES}2021—2025年，全区累计办理复议案件900件。` },
    {
      name: "web page chrome: a site clock and a source line",
      code: `${T25}${MEASURES}今天是：2024年10月8日 星期二\n办理复议案件8件。\n来源：今年法治网 发布时间：2026-01-05`,
    },
    { name: "a Chinese-numeral year of the report year", code: `${T25}${MEASURES}二〇二五年三月，组织全体干部学习。` },
  ],
  invalid: [
    {
      name: "今年以来 in a report published the next year",
      code: `${T25}${PUB26}${MEASURES}今年以来，共办理复议案件8件。`,
      errors: [
        {
          messageId: "relativePublished",
          text: "今年",
          severity: "warning",
          data: { word: "今年", year: 2025, date: "2026-02-12", dateYear: 2026, replacement: "2025年" },
        },
      ],
      suggestionOutput: `${T25}${PUB26}${MEASURES}2025年以来，共办理复议案件8件。`,
    },
    {
      name: "今年 compared with today when the text has no publication date",
      code: `${T25}${MEASURES}今年8月，开展行政执法案卷评查。`,
      ...LATE,
      errors: [{ messageId: "relativeToday", text: "今年", line: 3, column: 1, data: { word: "今年", year: 2025, date: "2026-02-03", dateYear: 2026, replacement: "2025年" } }],
    },
    {
      name: "本年度 is only info (also read as the year the report covers)",
      code: `${T25}${PUB26}${MEASURES}本年度共发布行政规范性文件3件。`,
      errors: [{ messageId: "relativePublished", text: "本年度", severity: "info", data: { word: "本年度", year: 2025, date: "2026-02-12", dateYear: 2026, replacement: "2025年度" } }],
    },
    {
      name: "今年以来 is never a plan, even with 要求 or 将 after it",
      code: `${T25}${PUB26}${MEASURES}今年以来，按照上级要求开展专项行动；今年以来，我局将执法检查与普法结合。`,
      errors: [
        { messageId: "relativePublished", text: "今年" },
        { messageId: "relativePublished", text: "今年" },
      ],
    },
    {
      name: "今年 under a follow-up heading still means the report year",
      code: `${T25}${PUB26}${MEASURES}办理复议案件8件。\n二、存在的不足和原因及2024年度考核反馈问题整改情况\n今年以来，已整改反馈问题3项。`,
      errors: [{ messageId: "relativePublished", line: 6 }],
    },
    {
      name: "今年 in the opening paragraph and in the shortcomings part",
      code: `${T25}${PUB26}今年，我局坚持以习近平法治思想为指导。\n${MEASURES}办理复议案件8件。\n${SHORT}今年来，执法人员培训仍显不足。`,
      errors: [
        { messageId: "relativePublished", line: 3, column: 1 },
        { messageId: "relativePublished", line: 7, column: 1 },
      ],
    },
    {
      name: "an activity dated the year before told as this year's work",
      code: `${T25}${MEASURES}（一）加强学习\n2024年10月组织全体干部学习新修订的行政复议法。`,
      errors: [{ messageId: "earlierActivity", text: "2024年10月", data: { date: "2024年10月", dateYear: 2024, year: 2025 } }],
    },
    {
      name: "a measures paragraph opening with the year before",
      code: `${T25}${MEASURES}2024年，我局共办理行政复议案件12件。`,
      errors: [{ messageId: "earlierActivity", text: "2024年", data: { date: "2024年", dateYear: 2024, year: 2025 } }],
    },
    {
      name: "a sentence going straight on from the year before, after a full stop or a semicolon",
      code: `${T25}${MEASURES}规范执法程序。2024年我局受理投诉案件9件，均按期办结；2024年开展执法案卷评查1次。`,
      errors: [
        { messageId: "earlierActivity", text: "2024年", column: 8, data: { date: "2024年", dateYear: 2024, year: 2025 } },
        { messageId: "earlierActivity", text: "2024年", column: 30, data: { date: "2024年", dateYear: 2024, year: 2025 } },
      ],
    },
    {
      name: "a heading that names a plan document does not hide its section",
      code: `${T25}${MEASURES}（一）深入贯彻《法治政府建设实施纲要（2021—2025年）》\n2024年7月，组织专题学习。`,
      errors: [{ messageId: "earlierActivity", text: "2024年7月" }],
    },
    {
      name: "after a run-in heading and at the start of a later sentence",
      code: `${T25}${MEASURES}（一）加强组织领导。2024年9月，召开党组会议专题研究。\n办理复议案件8件。2024年，我局还完成了执法案卷评查。`,
      errors: [
        { messageId: "earlierActivity", text: "2024年9月" },
        { messageId: "earlierActivity", text: "2024年", line: 4 },
      ],
    },
    {
      name: "a year written in Chinese numerals",
      code: `${T25}${MEASURES}二〇二四年九月，局党组专题研究法治建设。`,
      errors: [{ messageId: "earlierActivity", text: "二〇二四年九月" }],
    },
    {
      name: "a topical section with no part heading is the report year's narrative",
      code: `${T25}一、坚持党的领导\n2024年6月5日，召开党组会议研究法治工作。\n二、存在的不足和原因\n培训不足。`,
      errors: [{ messageId: "earlierActivity", text: "2024年6月5日" }],
    },
    {
      name: "an expired five-year plan used as the current frame",
      code: `${T26}${MEASURES}深入实施“十四五”法治政府建设规划，推进严格规范公正文明执法。`,
      errors: [{ messageId: "expiredPlan", text: "十四五", data: { period: "十四五", start: 2021, end: 2025, year: 2026 } }],
    },
    {
      name: "an expired outline quoted as the current guide",
      code: `${T26}${MEASURES}认真贯彻《法治政府建设实施纲要（2021—2025年）》，完善依法行政制度体系。`,
      errors: [{ messageId: "expiredPlan", text: "2021—2025年", data: { period: "2021—2025年", start: 2021, end: 2025, year: 2026 } }],
    },
    {
      name: "an expired publicity plan",
      code: `${T26}${MEASURES}全面落实“八五”普法规划，开展宪法宣传周活动。`,
      errors: [{ messageId: "expiredPlan", text: "八五”普法" }],
    },
  ],
});
