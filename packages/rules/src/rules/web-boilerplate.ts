/**
 * web-boilerplate: web page furniture copied along with the report (navigation, share and QR
 * widgets, 来源/发布时间 lines, site clocks, URLs). Docs: docs/rules/web-boilerplate.md
 */
import type { ChromeKind, ChromeSpan } from "@reportlint/report-model";
import { createRule, type RuleMessage } from "../rule.js";

const WHAT: Record<ChromeKind, RuleMessage> = {
  navigation: { zh: "网站导航栏", en: "site navigation" },
  share: { zh: "分享按钮", en: "share widget" },
  "qr-code": { zh: "二维码提示", en: "QR-code prompt" },
  related: { zh: "“相关阅读”栏目", en: "related-reading box" },
  "source-line": { zh: "来源/发布时间信息行", en: "source / publication line" },
  accessibility: { zh: "无障碍或简繁切换按钮", en: "accessibility or script switch" },
  "font-size": { zh: "字号切换按钮", en: "font-size switch" },
  "print-close": { zh: "打印/关闭按钮", en: "print / close buttons" },
  url: { zh: "网址", en: "URL" },
  "site-clock": { zh: "网站日期栏", en: "site date bar" },
  breadcrumb: { zh: "“当前位置”导航", en: "breadcrumb" },
  "page-footer": { zh: "页眉页脚", en: "page header or footer" },
  other: { zh: "网页元素", en: "web page element" },
};

/** One message per kind of furniture, so each renders fully in both languages. */
const messages = Object.fromEntries(
  Object.entries(WHAT).map(([kind, what]) => [
    kind,
    {
      zh: `正文中混入了${what.zh}：「{{text}}」，提交前请删除`,
      en: `The text contains a ${what.en}: "{{text}}"; remove it before submitting`,
    },
  ]),
) as Record<ChromeKind, RuleMessage>;

const MAX_QUOTE = 24;

/** Quote furniture on one line, shortened: "首页 / 走进宛城 / 政务动态…". */
function quote(text: string): string {
  const flat = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" / ");
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE)}…` : flat;
}

export default createRule({
  id: "web-boilerplate",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "正文中不应混入网页导航、分享、二维码、来源/发布时间等网页元素",
        en: "Web page furniture (navigation, share and QR widgets, source lines) must not be part of the report",
      },
      recommended: true,
    },
    defaultSeverity: "warning",
    fixable: "suggestion",
    messages: {
      ...messages,
      remove: { zh: "删除「{{text}}」", en: 'Remove "{{text}}"' },
    },
  },
  create(context) {
    const { text } = context;
    // Neighbouring spans of one kind (a navigation block of six short lines) make one finding.
    const blocks: ChromeSpan[] = [];
    for (const span of context.document.chrome) {
      const last = blocks.at(-1);
      if (last && last.kind === span.kind && /^\s*$/u.test(text.slice(last.span[1], span.span[0]))) {
        blocks[blocks.length - 1] = { ...last, span: [last.span[0], span.span[1]] };
      } else {
        blocks.push(span);
      }
    }
    for (const block of blocks) {
      const [start, end] = block.span;
      const shown = quote(text.slice(start, end));
      // Whole lines go with their line break, so removing them leaves no empty line behind.
      const atLineStart = start === 0 || text[start - 1] === "\n" || text[start - 1] === "\r";
      const lineBreak = /^(\r\n|\r|\n)/.exec(text.slice(end))?.[0] ?? "";
      const removeEnd = atLineStart ? end + lineBreak.length : end;
      context.report({
        span: [start, end],
        messageId: block.kind,
        data: { text: shown },
        suggestions: [{ messageId: "remove", data: { text: shown }, fix: { span: [start, removeEnd], text: "" } }],
      });
    }
  },
});
