import type { MessageTable } from "./localize.js";

/** Ids of the html report's own words. */
export type HtmlReportMessageId =
  | "title"
  | "totals"
  | "totalsWithInfos"
  | "totalsUnreadable"
  | "summaryHeading"
  | "chartHeading"
  | "reportsHeading"
  | "columnFile"
  | "columnErrors"
  | "columnWarnings"
  | "columnInfos"
  | "columnRules"
  | "columnMissing"
  | "clean"
  | "unreadable"
  | "none"
  | "causesMissing"
  | "findingsOf"
  | "noFindings"
  | "fullText"
  | "noText"
  | "error"
  | "warning"
  | "info"
  | "locationLine"
  | "locationParagraph"
  | "locationPage"
  | "locationSource"
  | "chartCaption"
  | "listSeparator";

/** What the html report says, in every locale. */
export const HTML_REPORT_MESSAGES: MessageTable<HtmlReportMessageId> = {
  zh: {
    title: "reportlint 检查结果",
    totals: "共 {{files}} 份报告，{{problems}} 个问题：{{errors}} 个错误，{{warnings}} 个警告。",
    totalsWithInfos: "共 {{files}} 份报告，{{problems}} 个问题：{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示。",
    totalsUnreadable: "{{count}} 个文件无法读取。",
    summaryHeading: "汇总",
    chartHeading: "各规则的问题数",
    reportsHeading: "各报告详情",
    columnFile: "文件",
    columnErrors: "错误",
    columnWarnings: "警告",
    columnInfos: "提示",
    columnRules: "各规则问题数",
    columnMissing: "缺少的部分",
    clean: "未发现问题",
    unreadable: "无法读取：{{reason}}",
    none: "—",
    causesMissing: "不足的原因",
    findingsOf: "{{count}} 个问题",
    noFindings: "未发现问题。",
    fullText: "报告全文（{{chars}} 字）",
    noText: "没有可显示的文本。",
    error: "错误",
    warning: "警告",
    info: "提示",
    locationLine: "第 {{line}} 行第 {{column}} 列",
    locationParagraph: "第 {{line}} 段第 {{column}} 字",
    locationPage: "第 {{page}} 页第 {{line}} 行",
    locationSource: "网页源码第 {{line}} 行第 {{column}} 列",
    chartCaption: "所有报告合计，按问题数排序",
    listSeparator: "，",
  },
  en: {
    title: "reportlint results",
    totals: "{{files}} reports, {{problems}} problems: {{errors}} errors, {{warnings}} warnings.",
    totalsWithInfos: "{{files}} reports, {{problems}} problems: {{errors}} errors, {{warnings}} warnings, {{infos}} notes.",
    // Sentences follow each other with a space in English, without one in Chinese.
    totalsUnreadable: " {{count}} files could not be read.",
    summaryHeading: "Summary",
    chartHeading: "Findings by rule",
    reportsHeading: "Reports",
    columnFile: "File",
    columnErrors: "Errors",
    columnWarnings: "Warnings",
    columnInfos: "Notes",
    columnRules: "Findings by rule",
    columnMissing: "Missing parts",
    clean: "no problems",
    unreadable: "could not be read: {{reason}}",
    none: "—",
    causesMissing: "causes of the shortcomings",
    findingsOf: "{{count}} problems",
    noFindings: "No problems found.",
    fullText: "Full text ({{chars}} characters)",
    noText: "No text to show.",
    error: "error",
    warning: "warning",
    info: "note",
    locationLine: "line {{line}}, column {{column}}",
    locationParagraph: "paragraph {{line}}, character {{column}}",
    locationPage: "page {{page}}, line {{line}}",
    locationSource: "page source line {{line}}, column {{column}}",
    chartCaption: "all reports together, most frequent first",
    listSeparator: ", ",
  },
};
