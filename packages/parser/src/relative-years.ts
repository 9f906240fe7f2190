// Relative year words (今年, 本年度, 去年, 上年, 明年, 下一年度…) whose meaning depends on when the
// text was written. 今年来 (= 今年以来) and 今年度 count as 今年. Words that only contain the
// characters are skipped: 如今年轻人, 过去年份, 以上年龄, 成本年度, 说明年限, 以下年度. Furniture is skipped.
import type { RelativeYear, Span } from "@reportlint/report-model";

const WORD = /今年度|今年|本年度|本年|去年|上一年度|上一年|上年度|上年|明年|下一年度|下一年|下年度/gu;

const OFFSET: Readonly<Record<string, number>> = {
  今年度: 0,
  今年: 0,
  本年度: 0,
  本年: 0,
  去年: -1,
  上一年度: -1,
  上一年: -1,
  上年度: -1,
  上年: -1,
  明年: 1,
  下一年度: 1,
  下一年: 1,
  下年度: 1,
};

/** Characters before the word's first character that make it part of another word. */
const NOT_AFTER: Readonly<Record<string, string>> = {
  今: "如",
  本: "成基资样日版文剧脚课根账",
  去: "过失离除",
  上: "以之而向北南东西马",
  明: "说证表声注阐查透发标载写指讲申言文光聪清严鲜分简英开廉神昌",
  下: "以之其上",
};
/** Characters after the word that make it part of another word (今年轻, 上年纪, 上年级). */
const NOT_BEFORE: Readonly<Record<string, string>> = { 今年: "轻", 上年: "纪级轻", 本年: "龄" };

/** Finds the relative year words outside the `skip` spans (sorted, disjoint). */
export function findRelativeYears(text: string, skip: readonly Span[]): RelativeYear[] {
  const found: RelativeYear[] = [];
  let k = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < skip.length && skip[k]![1] <= start) k++;
    const s = skip[k];
    if (s && s[0] <= start) continue;
    if (start > 0 && (NOT_AFTER[m[0][0]!] ?? "").includes(text[start - 1]!)) continue;
    if (end < text.length && (NOT_BEFORE[m[0]] ?? "").includes(text[end]!)) continue;
    found.push({ raw: m[0], span: [start, end], offset: OFFSET[m[0]]! });
  }
  return found;
}
