import type { MessageTable } from "./localize.js";

export type ArgsMessageId =
  | "unknownOption"
  | "missingValue"
  | "takesNoValue"
  | "ruleExpects"
  | "oneOf"
  | "together"
  | "fixTypeNeedsFix"
  | "reportYear"
  | "maxWarnings"
  | "date";

/** Mistakes on the command line (usage errors). Option names and values are quoted as typed. */
export const ARGS_MESSAGES: MessageTable<ArgsMessageId> = {
  zh: {
    unknownOption: "没有 {{option}} 这个选项（以“-”开头的文件名请放在 -- 之后）",
    missingValue: "选项 {{option}} 后面缺少取值",
    takesNoValue: "选项 {{option}} 不接受取值",
    ruleExpects: "--rule 的写法是 <规则id>:<off|info|warn|error>，收到的是“{{value}}”",
    oneOf: "--{{option}} 只能是 {{allowed}} 之一，收到的是“{{value}}”",
    together: "{{first}} 和 {{second}} 不能同时使用",
    fixTypeNeedsFix: "--fix-type 需要与 --fix 或 --fix-dry-run 一起使用",
    reportYear: "--report-year 需要一个年份（例如 2024），收到的是“{{value}}”",
    maxWarnings: "--max-warnings 需要一个整数（-1 表示不限），收到的是“{{value}}”",
    date: "--{{option}} 需要 YYYY-MM-DD 格式的日期，收到的是“{{value}}”",
  },
  en: {
    unknownOption: "Unknown option {{option}} (put file names that start with \"-\" after --)",
    missingValue: "Option {{option}} needs a value",
    takesNoValue: "Option {{option}} takes no value",
    ruleExpects: '--rule expects <rule-id>:<off|info|warn|error>, got "{{value}}"',
    oneOf: '--{{option}} must be one of {{allowed}}; got "{{value}}"',
    together: "{{first}} and {{second}} cannot be used together",
    fixTypeNeedsFix: "--fix-type needs --fix or --fix-dry-run",
    reportYear: '--report-year expects a year such as 2024, got "{{value}}"',
    maxWarnings: '--max-warnings expects a whole number (-1 for no limit), got "{{value}}"',
    date: '--{{option}} expects a date as YYYY-MM-DD, got "{{value}}"',
  },
};
