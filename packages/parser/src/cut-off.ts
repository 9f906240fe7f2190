// Whether the text stops before its end. Web captures and PDF extractions often keep only the
// beginning of a report: the last paragraph then breaks off in mid-sentence, sometimes inside a
// character (U+FFFD), after a heading with nothing under it, or inside a table. A whole text ends
// with a finished sentence, a closing bracket or quote, a signature or date line, a byline or an
// attachment line; page chrome after the text is ignored (it is neither the report nor a cut).
import type { CutOff, Heading, Paragraph } from "@reportlint/report-model";
import type { Line } from "./lines.js";

// A paragraph ending like this is finished: sentence ends, or a closing bracket or quote.
export const FINISHED = /[。！？!?…．”’」』）)】》〕]$/u;
// Sentence punctuation inside a line: a line holding it is running text, not a signature.
export const SENTENCE_MARKS = /[，。；！？,;!?、：:]/u;
// A signature, date, byline or attachment line a whole text may end with.
export const DATE_LINE =
  /^(?:\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?$/u;
const ISSUER_LINE =
  /(?:局|委|委员会|政府|办公室|办公厅|厅|部|院|中心|办事处|街道|镇|乡|所|队|站|处|司|会|党组|公司|集团|小组|法院|检察院)$/u;
const BYLINE = /(?:记者|記者|通讯员|通訊員|责编|責編|编辑|編輯|作者|来源|來源|供稿|审核|校对|摄影?|攝影?|撰稿|附件|特此报告|下一篇|上一篇|没有了|相关|相關|打印|关闭|返回)/u;
// At most this many trailing signature/byline lines are looked past.
const MAX_TRAILERS = 4;
const SHORT_LINE = 30;
// The unfinished words a cut finding points at: back to the last punctuation, at most this long.
const CUT_WORDS = 8;

/** What parse knows about the lines, in text order. */
export interface CutOffInputs {
  readonly paragraphs: readonly Paragraph[];
  readonly headings: readonly Heading[];
  /** The lines without page furniture glued to their end. */
  readonly lines: readonly Line[];
  /** Table spans: a text that ends inside a table was cut. */
  readonly tables: readonly (readonly [number, number])[];
}

const isTrailer = (line: string) =>
  line.length <= SHORT_LINE &&
  (DATE_LINE.test(line) || BYLINE.test(line) || (!SENTENCE_MARKS.test(line) && ISSUER_LINE.test(line)));

/** The last few characters before `offset` on its line, back to the last punctuation mark. */
function unfinishedWords(text: string, lineStart: number, offset: number): [number, number] {
  let start = offset;
  while (start > lineStart && offset - start < CUT_WORDS && !SENTENCE_MARKS.test(text[start - 1]!)) start--;
  return [start === offset ? Math.max(lineStart, offset - 1) : start, offset];
}

/** Where the text stops before its end, or null when it ends like a whole text. */
export function findCutOff(text: string, inputs: CutOffInputs): CutOff | null {
  const { paragraphs, headings, lines, tables } = inputs;
  // Only the lines with text, and only their indices: a text of a million blank lines builds nothing here.
  const filled: number[] = [];
  paragraphs.forEach((p, i) => {
    const line = lines[i]!;
    if (p.kind !== "blank" && p.kind !== "chrome" && line.contentEnd > line.contentStart) filled.push(i);
  });
  const entry = (k: number) => {
    const index = filled[k];
    return index === undefined ? undefined : { p: paragraphs[index]!, index, line: lines[index]! };
  };
  let last = filled.length - 1;
  // Signature, date and byline lines after the text are looked past, unless they follow a bare
  // heading (then they are the first words of its body; a heading that is a finished sentence,
  // （二）推进执法装备标准化建设。 closing a plan, waits for nothing).
  const lineText = (l: Line) => text.slice(l.contentStart, l.contentEnd);
  for (let skipped = 0; last > 0 && skipped < MAX_TRAILERS; skipped++, last--) {
    const { line } = entry(last)!;
    const before = entry(last - 1)!;
    if (!isTrailer(lineText(line)) || (before.p.kind === "heading" && !FINISHED.test(lineText(before.line)))) break;
  }
  const at = entry(last);
  if (!at) return null;
  const { p, index, line } = at;
  let end = line.contentEnd;
  // A character cut in half decodes as U+FFFD.
  if (text[end - 1] === "\uFFFD") {
    while (end > line.contentStart && text[end - 1] === "\uFFFD") end--;
    return { offset: end, span: unfinishedWords(text, line.contentStart, end), reason: "broken-character" };
  }
  const words = text.slice(line.contentStart, end);
  if (tables.some((t) => t[0] <= line.contentStart && line.contentStart < t[1])) {
    return { offset: end, span: unfinishedWords(text, line.contentStart, end), reason: "in-table" };
  }
  if (FINISHED.test(words) || p.kind === "title") return null;
  // A heading alone on its line with nothing after it; a run-in heading broke off in its body. A
  // list of bare sibling headings (a plan written as （一）深化改革 / （二）加强队伍建设) may end that way.
  if (p.kind === "heading" && !headings.find((h) => h.paragraph === index)?.runIn) {
    const before = entry(last - 1);
    const unclosed = (words.match(/[“（(《]/gu)?.length ?? 0) > (words.match(/[”）)》]/gu)?.length ?? 0);
    const heading = headings.find((h) => h.paragraph === index);
    const sibling = before && headings.find((h) => h.paragraph === before.index);
    const list = !unclosed && sibling !== undefined && !sibling.runIn && sibling.parent === heading?.parent && sibling.rank === heading?.rank;
    return list ? null : { offset: end, span: [line.contentStart, end], reason: "bare-heading" };
  }
  return { offset: end, span: unfinishedWords(text, line.contentStart, end), reason: "mid-sentence" };
}
