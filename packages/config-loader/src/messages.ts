import type { MessageTable } from "@reportlint/rules";

type ConfigMessageId = "cannotRead" | "noSuchFile" | "invalidJsonAt" | "invalidJson" | "noKey" | "cannotLoad" | "timeout" | "exitCalled" | "problem";

/**
 * Why a config file cannot be used. The details quoted inside ({{message}}, {{reason}} from Node,
 * {{problem}} from core's config check) stay in English.
 */
export const CONFIG_MESSAGES: MessageTable<ConfigMessageId> = {
  zh: {
    cannotRead: "无法读取配置文件：{{reason}}",
    noSuchFile: "文件不存在",
    invalidJsonAt: "配置文件不是有效的 JSON（第 {{line}} 行第 {{column}} 列）：{{message}}",
    invalidJson: "配置文件不是有效的 JSON：{{message}}",
    noKey: "package.json 中没有 \"reportlint\" 项",
    cannotLoad: "无法加载配置文件：{{reason}}",
    timeout: "{{seconds}} 秒内未加载完成",
    exitCalled: "配置文件调用了 process.exit({{code}})",
    problem: "配置有误：{{problem}}",
  },
  en: {
    cannotRead: "cannot read the config: {{reason}}",
    noSuchFile: "no such file",
    invalidJsonAt: "invalid JSON at line {{line}}, column {{column}}: {{message}}",
    invalidJson: "invalid JSON: {{message}}",
    noKey: 'package.json has no "reportlint" key',
    cannotLoad: "cannot load the config: {{reason}}",
    timeout: "it did not finish loading within {{seconds}} s",
    exitCalled: "the config called process.exit({{code}})",
    problem: "{{problem}}",
  },
};
