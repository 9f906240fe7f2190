import type { Locale } from "@reportlint/report-model";
import { localize, type MessageTable } from "./localize.js";

type FormatterMessageId =
  | "error"
  | "warning"
  | "info"
  | "unixError"
  | "unixWarning"
  | "unixInfo"
  | "problemsOne"
  | "problems"
  | "errorsOne"
  | "errors"
  | "warningsOne"
  | "warnings"
  | "infos"
  | "countsSeparator"
  | "summary"
  | "foldedOne"
  | "folded"
  | "typographyFoldedOne"
  | "typographyFolded"
  | "fixableOne"
  | "fixable"
  | "suggestableOne"
  | "suggestable";

/** The words around findings in the stylish, unix and github formats. */
export const FORMATTER_MESSAGES: MessageTable<FormatterMessageId> = {
  zh: {
    error: "错误",
    warning: "警告",
    info: "提示",
    unixError: "错误",
    unixWarning: "警告",
    unixInfo: "提示",
    problemsOne: "共 {{count}} 个问题",
    problems: "共 {{count}} 个问题",
    errorsOne: "{{count}} 个错误",
    errors: "{{count}} 个错误",
    warningsOne: "{{count}} 个警告",
    warnings: "{{count}} 个警告",
    infos: "{{count}} 个提示",
    countsSeparator: "，",
    summary: "✖ {{problems}}（{{counts}}）",
    foldedOne: "… 另有 {{count}} 处 {{ruleId}} 警告未列出（可用 --fix 自动改正）",
    folded: "… 另有 {{count}} 处 {{ruleId}} 警告未列出（可用 --fix 自动改正）",
    typographyFoldedOne: "… 另有 {{count}} 处标点/空格问题可自动修复（reportlint --fix）",
    typographyFolded: "… 另有 {{count}} 处标点/空格问题可自动修复（reportlint --fix）",
    fixableOne: "其中 {{count}} 处可自动改正：运行 reportlint --fix 文件名 即可",
    fixable: "其中 {{count}} 处可自动改正：运行 reportlint --fix 文件名 即可",
    suggestableOne: "另有 {{count}} 处可按建议修改：运行 reportlint --fix --fix-type suggestion 文件名 即可自动改正",
    suggestable: "另有 {{count}} 处可按建议修改：运行 reportlint --fix --fix-type suggestion 文件名 即可自动改正",
  },
  en: {
    error: "error",
    warning: "warning",
    info: "info",
    unixError: "Error",
    unixWarning: "Warning",
    unixInfo: "Info",
    problemsOne: "{{count}} problem",
    problems: "{{count}} problems",
    errorsOne: "{{count}} error",
    errors: "{{count}} errors",
    warningsOne: "{{count}} warning",
    warnings: "{{count}} warnings",
    infos: "{{count}} info",
    countsSeparator: ", ",
    summary: "✖ {{problems}} ({{counts}})",
    foldedOne: "… and {{count}} more {{ruleId}} warning (fixable with --fix)",
    folded: "… and {{count}} more {{ruleId}} warnings (fixable with --fix)",
    typographyFoldedOne: "… {{count}} more punctuation/spacing problem can be fixed automatically (reportlint --fix)",
    typographyFolded: "… {{count}} more punctuation/spacing problems can be fixed automatically (reportlint --fix)",
    fixableOne: "{{count}} can be fixed automatically: run reportlint --fix <file>",
    fixable: "{{count}} can be fixed automatically: run reportlint --fix <file>",
    suggestableOne: "{{count}} more has a suggested change: run reportlint --fix --fix-type suggestion <file> to apply it",
    suggestable: "{{count}} more have a suggested change: run reportlint --fix --fix-type suggestion <file> to apply them",
  },
};

type Countable = "problems" | "errors" | "warnings" | "folded" | "typographyFolded" | "fixable" | "suggestable";

/** A count in words: the `…One` message for exactly one (English needs it), else the plural. */
export function countText(locale: Locale, id: Countable, count: number, data: Record<string, string> = {}): string {
  return localize(FORMATTER_MESSAGES, locale, count === 1 ? `${id}One` : id, { ...data, count });
}

/** The stylish severity label. */
export function severityLabel(locale: Locale, severity: "error" | "warning" | "info"): string {
  return localize(FORMATTER_MESSAGES, locale, severity);
}

/** The totals line, e.g. "✖ 5 problems (3 errors, 2 warnings)". */
export function summaryText(locale: Locale, errors: number, warnings: number, infos: number): string {
  const counts = [countText(locale, "errors", errors), countText(locale, "warnings", warnings)];
  if (infos > 0) counts.push(localize(FORMATTER_MESSAGES, locale, "infos", { count: infos }));
  return localize(FORMATTER_MESSAGES, locale, "summary", {
    problems: countText(locale, "problems", errors + warnings + infos),
    counts: counts.join(localize(FORMATTER_MESSAGES, locale, "countsSeparator")),
  });
}
