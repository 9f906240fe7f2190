/**
 * Planning periods that reports name as their frame (十四五, 八五普法): when each runs, and the words
 * around a mention that say whether it is used as the current plan or looked back on / ahead to.
 * Data for stale-year, written once; a period whose last year is before the report year is over.
 */

/** A named planning period, e.g. 十四五 = 2021–2025. */
export interface PlanPeriod {
  readonly id: string;
  /** Regular expression source (flags "gu") matching the period's name in running text. */
  readonly pattern: string;
  /** First and last year of the period, inclusive. */
  readonly start: number;
  readonly end: number;
}

/**
 * Five-year plans and the rule-of-law publicity plans (普法规划) that reports cite. Quotation marks
 * around the name are allowed (“十四五”时期, “八五”普法).
 */
export const PLAN_PERIODS: readonly PlanPeriod[] = [
  { id: "12th-five-year", pattern: "十二五", start: 2011, end: 2015 },
  { id: "13th-five-year", pattern: "十三五", start: 2016, end: 2020 },
  { id: "14th-five-year", pattern: "十四五", start: 2021, end: 2025 },
  { id: "15th-five-year", pattern: "十五五", start: 2026, end: 2030 },
  { id: "6th-pufa", pattern: "六五[”\"’]?普法", start: 2011, end: 2015 },
  { id: "7th-pufa", pattern: "七五[”\"’]?普法", start: 2016, end: 2020 },
  { id: "8th-pufa", pattern: "八五[”\"’]?普法", start: 2021, end: 2025 },
  { id: "9th-pufa", pattern: "九五[”\"’]?普法", start: 2026, end: 2030 },
];

/**
 * Names of plan documents that carry their period in brackets: 纲要（2021—2025年）, 规划(2021-2025年).
 * A year range right after one of these (inside its bracket) is the document's period.
 */
export const PLAN_DOCUMENT_WORDS: readonly string[] = ["纲要", "规划", "计划", "方案", "意见", "纲领", "决定"];

/**
 * Words before an expired period's name (in the same clause) that use it as the present frame:
 * 深入实施“十四五”规划, 锚定“十四五”目标, 紧扣《纲要（2021—2025年）》.
 */
export const PLAN_CURRENT_VERBS: readonly string[] = [
  "实施",
  "落实",
  "贯彻",
  "推进",
  "推动",
  "执行",
  "围绕",
  "对标",
  "对照",
  "锚定",
  "紧扣",
  "按照",
  "依据",
  "根据",
  "聚焦",
  "遵循",
];

/**
 * Words in the same clause that make a mention retrospective (十四五期间累计…, 十四五收官, 回顾十四五) or
 * forward-looking (谋划十五五, 衔接): the period is then named as history or as the one before the
 * next, not as the current plan.
 */
export const PLAN_NOT_CURRENT_WORDS: readonly string[] = [
  "期间",
  "以来",
  "累计",
  "收官",
  "回顾",
  "总结",
  "评估",
  "圆满",
  "顺利完成",
  "全面完成",
  "如期完成",
  "已完成",
  "完成了",
  "取得",
  "成效",
  "成果",
  "过去",
  "期末",
  "终期",
  "谋划",
  "编制",
  "衔接",
  "接续",
  "迈向",
  "开局",
];
