// Unnumbered section headings: reports without numbered headings often set their parts apart with
// a short line of its own (存在问题 / 下步打算 / 主要工作). The heading tree only holds numbered
// headings; this finds the body lines that stand as headings, for rules that look for a report's
// parts.
import type { Paragraph } from "@reportlint/report-model";
import { DATE_LINE, FINISHED, SENTENCE_MARKS } from "./cut-off.js";
import { objectList } from "./lists.js";

const MIN_CHARS = 2;
const MAX_CHARS = 20;
const HAN = /\p{Script=Han}/gu;
// A colon may end such a line (存在问题：); other punctuation makes it running text.
const TRAILING_COLON = /[：:]$/u;

/**
 * Indices of body paragraphs that are unnumbered section headings: a short line without sentence
 * punctuation (a colon may end it), after a finished sentence, a heading or the title, and followed
 * by a heading or running text (a finished sentence or a long line). Signature and date lines are
 * not headings.
 */
export function findSectionLines(text: string, paragraphs: readonly Paragraph[]): number[] {
  const out: number[] = [];
  const words = (p: Paragraph) => text.slice(...p.contentSpan);
  // Built from the lines with text only: a text of a million blank lines builds nothing here.
  const filled: { p: Paragraph; i: number }[] = objectList();
  paragraphs.forEach((p, i) => {
    if (p.kind !== "blank" && p.kind !== "chrome") filled.push({ p, i });
  });
  filled.forEach(({ p, i }, k) => {
    if (p.kind !== "body") return;
    // Too long even without a trailing colon: no need to read it.
    if (p.contentSpan[1] - p.contentSpan[0] > MAX_CHARS + 1) return;
    const line = words(p).replace(TRAILING_COLON, "");
    const han = line.match(HAN)?.length ?? 0;
    if (han < MIN_CHARS || line.length > MAX_CHARS || SENTENCE_MARKS.test(line) || /[|\t]/u.test(line) || DATE_LINE.test(line)) return;
    const next = filled[k + 1]?.p;
    // What follows is a heading or running text (a finished sentence or a long line), not another label.
    const after = next && words(next);
    if (!next || !after || (next.kind !== "heading" && !(next.kind === "body" && (FINISHED.test(after) || after.length > MAX_CHARS)))) return;
    const previous = filled[k - 1]?.p;
    if (previous?.kind === "body" && !FINISHED.test(words(previous)) && !TRAILING_COLON.test(words(previous))) return;
    out.push(i);
  });
  return out;
}
