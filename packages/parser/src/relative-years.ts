// Relative year words (今年, 本年度, 去年, 上年, 明年, 下一年度…) whose meaning depends on when the
// text was written. 今年来 (= 今年以来) and 今年度 count as 今年. Words that only contain the
// characters are skipped: 如今年轻人, 过去年份, 以上年龄, 成本年度, 说明年限, 以下年度, and 本年报 /
// 本年度报告 (本 + 年度报告: "this annual report", which names the document, not a year). Furniture is
// skipped; each word found says where it is written (plain, inside 《》 or “”, in the title).
import type { RelativeYear, Span } from "@reportlint/report-model";
import type { DateContextRanges } from "./dates.js";
import { objectList } from "./lists.js";

// In the order a regular expression of them as alternatives would try them at one offset.
const WORDS = ["今年度", "今年", "本年度", "本年", "去年", "上一年度", "上一年", "上年度", "上年", "明年", "下一年度", "下一年", "下年度"];
const NIAN = "年";

/**
 * The words as /今年度|今年|…/g finds them, from the 年 each holds (one, one or two places after its
 * start): a native search for 年 instead of the expression tried at every offset. Each match starts
 * after the one before ends, at the smallest offset where a word starts, with the first word that does.
 */
function findWords(text: string, found: (word: string, start: number) => void): void {
  let reach = 0;
  for (let year = text.indexOf(NIAN, 1); year >= 0; year = text.indexOf(NIAN, year + 1)) {
    for (let start = Math.max(year - 2, reach); start < year; start++) {
      const word = wordAt(text, start);
      if (word === null) continue;
      found(word, start);
      reach = start + word.length;
      break;
    }
  }
}

/** The first of WORDS starting at `start`, or null. */
function wordAt(text: string, start: number): string | null {
  for (const word of WORDS) if (text.startsWith(word, start)) return word;
  return null;
}

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
/** Characters after the word that make it part of another word (今年轻, 上年纪, 上年级, 本年报). */
const NOT_BEFORE: Readonly<Record<string, string>> = { 今年: "轻", 上年: "纪级轻", 本年: "龄报" };
/** Words after the word that make it part of a longer one (本年度报告 = this annual report). */
const NOT_FOLLOWED_BY: Readonly<Record<string, RegExp>> = { 本年度: /^(?:工作)?报告/u };

/** Walks sorted, disjoint spans alongside offsets that only grow. */
class SpanCursor {
  private k = 0;
  constructor(private readonly spans: readonly Span[]) {}

  /** The span holding `at`, if any (`at` must not be smaller than on the previous call). */
  holds(at: number): boolean {
    while (this.k < this.spans.length && this.spans[this.k]![1] <= at) this.k++;
    const s = this.spans[this.k];
    return s !== undefined && s[0] <= at;
  }
}

/** Finds the relative year words outside web page furniture, with where each is written. */
export function findRelativeYears(text: string, ranges: DateContextRanges): RelativeYear[] {
  const chrome = new SpanCursor(ranges.chrome);
  const title = new SpanCursor(ranges.title);
  const bookTitles = new SpanCursor(ranges.bookTitles);
  const quotes = new SpanCursor(ranges.quotes);
  const found: RelativeYear[] = objectList();
  findWords(text, (word, start) => {
    const end = start + word.length;
    if (chrome.holds(start)) return;
    if (start > 0 && (NOT_AFTER[word[0]!] ?? "").includes(text[start - 1]!)) return;
    if (end < text.length && (NOT_BEFORE[word] ?? "").includes(text[end]!)) return;
    if (NOT_FOLLOWED_BY[word]?.test(text.slice(end, end + 4))) return;
    // Evaluate every cursor so each keeps pace with the offsets.
    const inTitle = title.holds(start);
    const inBook = bookTitles.holds(start);
    const inQuote = quotes.holds(start);
    const context = inTitle ? "title" : inBook ? "document-title" : inQuote ? "quoted" : "plain";
    found.push({ raw: word, span: [start, end], offset: OFFSET[word]!, context });
  });
  return found;
}
