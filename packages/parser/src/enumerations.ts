// Ordinal enumerations in running text: 一是…二是… (style "shi") and 第一，第二， (style
// "ordinal"). Both must start a clause: at the start of the paragraph, or after punctuation,
// a bracket or a space. So 统一是, 第一是 and 位列第一， are not items, and 第一责任人, 第一议题,
// 第一种形态, 第一时间 are not either: an ordinal counts only when a comma, 、 or colon follows it.
import type { EnumerationItem, Paragraph } from "@reportlint/report-model";
import { isSpace } from "./chars.js";
import { readCnNumeral } from "./numerals.js";

const ITEM = /[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}(?=[，,、：:])/gu;
const BOUNDARY = new Set([..."。；;：:，,！？!?、（(“‘「『【〔《》）)”’」』】〕—…"].map((c) => c.charCodeAt(0)));

/** Finds the enumeration items of every body and heading paragraph. */
export function findEnumerations(text: string, paragraphs: readonly Paragraph[]): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  paragraphs.forEach((p, index) => {
    if (p.kind !== "body" && p.kind !== "heading") return;
    const [start, end] = p.contentSpan;
    const content = text.slice(start, end);
    for (const m of content.matchAll(ITEM)) {
      const at = start + m.index;
      if (m.index > 0) {
        const before = text.charCodeAt(at - 1);
        if (!BOUNDARY.has(before) && !isSpace(before)) continue;
      }
      const ordinal = m[0].startsWith("第");
      const numeralStart = ordinal ? at + 1 : at;
      const numeralEnd = ordinal ? at + m[0].length : at + m[0].length - 1;
      const numeral = readCnNumeral(text, numeralStart, numeralEnd);
      if (!numeral || numeral.end !== numeralEnd) continue;
      items.push({
        style: ordinal ? "ordinal" : "shi",
        marker: m[0],
        value: numeral.value,
        span: [at, at + m[0].length],
        paragraph: index,
      });
    }
  });
  return items;
}
