/**
 * document-number: a 文号 must read 机关代字〔YYYY〕N号 (GB/T 9704-2012 7.2.4): the year in 六角括号
 * 〔〕, four digits, and 号 after the number. Docs: docs/rules/document-number.md
 */
import { DOCUMENT_NUMBER_BRACKETS, MAX_ISSUER_CODE, WRONG_DOCUMENT_NUMBER_BRACKETS, type Span } from "@reportlint/report-model";
import { createRule } from "../rule.js";

const { open: OPEN, close: CLOSE } = DOCUMENT_NUMBER_BRACKETS;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const OPENERS = WRONG_DOCUMENT_NUMBER_BRACKETS.map((p) => p[0]!).concat(OPEN);
const CLOSER_OF = new Map(WRONG_DOCUMENT_NUMBER_BRACKETS.map((p) => [p[0]!, p[1]!] as const).concat([[OPEN, CLOSE]]));
/** 代字, bracket, year, bracket, a space, number, 号: groups 1–7. */
const SHAPE = new RegExp(
  `(\\p{Script=Han}{1,${MAX_ISSUER_CODE}})([${OPENERS.map(escape).join("")}])(\\d{2}|(?:19|20)\\d{2})([${[...CLOSER_OF.values()].map(escape).join("")}])([ \\u3000\\u00a0]?)(\\d{1,5})((?:[ \\u3000\\u00a0]*号)?)`,
  "u",
);
const SHAPE_AT = new RegExp(SHAPE.source, "uy");
/** An opening bracket with a digit after it: where a year, and so a match, can begin. */
const OPENER_DIGIT = new RegExp(`[${OPENERS.map(escape).join("")}](?=[0-9])`, "gu");

/**
 * What a global scan with SHAPE finds, without trying SHAPE at every Han character: a match needs an
 * opening bracket with a digit after it, at most MAX_ISSUER_CODE characters (two code units each at
 * most) after its start. So SHAPE is tried, in text order, only at the starts that close to such a
 * bracket: the first that matches is the leftmost match, as in a scan.
 */
function findShapes(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0; // where the previous match ended
  let tried = -1; // the last start tried
  OPENER_DIGIT.lastIndex = 0;
  for (let bracket = OPENER_DIGIT.exec(text); bracket; bracket = OPENER_DIGIT.exec(text)) {
    const q = bracket.index;
    for (let start = Math.max(from, tried + 1, q - 2 * MAX_ISSUER_CODE); start < q; start++) {
      tried = start;
      // The second half of a surrogate pair is no place a /u scan starts at.
      const c = text.charCodeAt(start);
      if (c >= 0xdc00 && c <= 0xdfff && start > 0 && text.charCodeAt(start - 1) >= 0xd800 && text.charCodeAt(start - 1) <= 0xdbff) continue;
      SHAPE_AT.lastIndex = start;
      const m = SHAPE_AT.exec(text);
      if (!m) continue;
      found.push(m);
      from = start + m[0].length;
      OPENER_DIGIT.lastIndex = from; // the next bracket lies after this match
      break;
    }
  }
  return found;
}
/** What may follow a number that lost its 号: the end of the citation. */
const CITATION_END = /^(?:$|[）)》〉」』”，。；;：:\s])/u;
/** Words often written right before a 文号 that are not part of its issuer code (印发, 根据…). */
const LEAD_WORDS = /^(?:[的和与及或按照根据依据据对经由将把以在从]|印发|出台|制定|下发|转发|执行|落实|贯彻|通过|发布|按照|根据|依据|参照|对照|文件|通知|意见|办法)+/u;
/** Brackets that only make a 文号 when 号 follows (round ones also bracket years in ordinary text). */
const NEEDS_HAO = new Set("(（");

export default createRule({
  id: "document-number",
  meta: {
    type: "suggestion",
    docs: {
      description: {
        zh: "文号应写作“机关代字〔年份〕序号号”，年份用六角括号〔〕括入",
        en: "A document number must read 机关代字〔YYYY〕N号, with the year in 〔〕",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    fixable: "safe",
    messages: {
      bracket: {
        zh: "文号「{{text}}」的年份应用六角括号〔〕括入，而非「{{brackets}}」",
        en: 'The year of the document number "{{text}}" goes in 〔〕, not "{{brackets}}"',
      },
      shortYear: {
        zh: "文号「{{text}}」的年份应写全四位",
        en: 'The year of the document number "{{text}}" must have four digits',
      },
      missingHao: {
        zh: "文号「{{text}}」的序号后缺少“号”字",
        en: 'The document number "{{text}}" lacks 号 after its number',
      },
      replace: { zh: "改为「{{expected}}」", en: 'Change to "{{expected}}"' },
    },
  },
  create(context) {
    const { text, document } = context;
    const chrome = document.chrome.map((c) => c.span);
    const inChrome = (s: Span) => chrome.some(([a, b]) => s[0] < b && s[1] > a);
    for (const m of findShapes(text)) {
      const [, code, open, year, close, gap, number, hao] = m as unknown as [string, string, string, string, string, string, string, string];
      if (CLOSER_OF.get(open) !== close) continue;
      const bracketStart = m.index + code.length;
      const bracketEnd = bracketStart + open.length + year.length + close.length;
      const end = bracketEnd + gap.length + number.length + hao.length;
      // A space after the bracket is cjk-spacing's; without 号 it leaves too little to go on.
      if (gap && !hao) continue;
      const after = text.slice(end);
      // 31、32号 or 31，32号: a list of numbers shares one 号.
      if (!hao && (!CITATION_END.test(after) || /^[，,、]\d+号/u.test(after) || NEEDS_HAO.has(open))) continue;
      // A digit right after means the number goes on (a longer figure, not a 文号).
      if (/^\d/u.test(after)) continue;
      const whole: Span = [m.index, end];
      if (inChrome(whole)) continue;
      const lead = LEAD_WORDS.exec(code)?.[0].length ?? 0;
      const shown = text.slice(whole[0] + (lead < code.length ? lead : 0), whole[1]);
      if (open !== OPEN) {
        const expected = `${OPEN}${year}${CLOSE}`;
        context.report({
          span: [bracketStart, bracketEnd],
          messageId: "bracket",
          data: { text: shown, brackets: open + close },
          fix: { span: [bracketStart, bracketEnd], text: expected },
        });
      }
      if (year.length === 2) {
        const expected = `${OPEN}20${year}${CLOSE}`;
        context.report({
          span: [bracketStart, bracketEnd],
          messageId: "shortYear",
          severity: "warning",
          data: { text: shown },
          suggestions: [{ messageId: "replace", data: { expected }, fix: { span: [bracketStart, bracketEnd], text: expected } }],
        });
      }
      if (!hao) {
        const numberSpan: Span = [end - number.length, end];
        context.report({
          span: numberSpan,
          messageId: "missingHao",
          severity: "warning",
          data: { text: shown },
          suggestions: [{ messageId: "replace", data: { expected: `${number}号` }, fix: { span: numberSpan, text: `${number}号` } }],
        });
      }
    }
  },
});
