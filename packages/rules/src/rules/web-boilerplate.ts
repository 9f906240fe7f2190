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
  "site-slogan": { zh: "网站名称和网址", en: "site name and address" },
  "editor-blurb": { zh: "文档网站的编辑按语", en: "document-sharing site's blurb" },
  mojibake: { zh: "乱码", en: "line of garbled characters" },
  "table-residue": { zh: "表格边框残留", en: "residue of table borders" },
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
  // Pushed, not map + filter: one list layout (the chained copies made the rule's create a deopt site).
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed !== "") lines.push(trimmed);
  }
  const flat = lines.join(" / ");
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE)}…` : flat;
}

const BLANK = /[ \t\u3000\u00a0]/u;
const lineBreakAt = (text: string, at: number) => /^(?:\r\n|\r|\n)/u.exec(text.slice(at, at + 2))?.[0].length ?? 0;

/**
 * What removing furniture at [start, end) deletes. Furniture that fills its lines goes with their
 * indentation, trailing spaces and line break, and with one blank line after it when a blank line (or
 * the start of the text) is before it, so no emptied or doubled blank line is left. Furniture at the
 * end of a line (……工作。 某某文库 www.example.com) goes with the spaces before it.
 */
function removalOf(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && BLANK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && BLANK.test(text[to]!)) to++;
  const lineStart = from === 0 || text[from - 1] === "\n" || text[from - 1] === "\r";
  const lineEnd = to === text.length || lineBreakAt(text, to) > 0;
  if (!lineStart) return lineEnd ? [from, to] : [start, end];
  if (!lineEnd) return [start, end];
  to += lineBreakAt(text, to);
  // The blank line after, when one is before (or this is the top): it would double the break.
  const blankBefore = from === 0 || /(?:^|\n)[ \t\u3000\u00a0]*\r?\n$/u.test(text.slice(Math.max(0, from - 200), from));
  if (blankBefore) {
    const after = /^[ \t\u3000\u00a0]*(?:\r\n|\r|\n)/u.exec(text.slice(to, to + 200))?.[0];
    if (after) to += after.length;
    else if (to === text.length && from > 0) {
      // At the very end, the blank line before goes instead.
      const before = /(?:\r\n|\r|\n)[ \t\u3000\u00a0]*(?:\r\n|\r|\n)$/u.exec(text.slice(Math.max(0, from - 200), from))?.[0];
      if (before) from -= before.length - lineBreakAt(before, 0);
    }
  }
  return [from, to];
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
    let reach = 0;
    for (const block of blocks) {
      const [start, end] = block.span;
      const shown = quote(text.slice(start, end));
      const removal = removalOf(text, start, end);
      // Suggestions of one rule never overlap: a blank line two blocks share goes with the first.
      const from = Math.max(removal[0], reach);
      reach = removal[1];
      context.report({
        span: [start, end],
        messageId: block.kind,
        data: { text: shown },
        suggestions: [{ messageId: "remove", data: { text: shown }, fix: { span: [from, removal[1]], text: "" } }],
      });
    }
  },
});
