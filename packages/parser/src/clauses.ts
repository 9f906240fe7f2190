// Clauses: the text between 。！？!? (sentence ends) and ；; (clause ends within a sentence).
//
// Nothing inside a matched pair of brackets or quotes splits (（…。…） and “…。…” stay with the
// clause around them). A colon splits only when a list starts right after it (主要表现在：一是…；
// 二是…。 gives "主要表现在：" | "一是…；" | "二是…。"), so a lead-in stays apart from the items it
// introduces; that split, like ；, keeps the sentence. Clauses include their closing punctuation
// and leave out surrounding whitespace.
import type { Clause } from "@reportlint/report-model";
import type { BracketPair } from "./brackets.js";
import { isSpace, skipSpaces } from "./chars.js";

const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
const isClauseEnd = (c: number) => c === 0xff1b || c === 0x3b;
const isColon = (c: number) => c === 0xff1a || c === 0x3a;

/** 一是 / 第一， / （一） / (1) / 1. / 1、 / ① at the start of what follows a colon. */
const LIST_START = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、：:]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[\u2460-\u2473\u2474-\u2487\u2488-\u249b])/u;

/**
 * Splits [start, end) of paragraph `paragraph` into clauses and appends them to `out`.
 * `outer` are the outermost bracket pairs inside the range, in text order.
 */
export function splitClauses(
  text: string,
  paragraph: number,
  start: number,
  end: number,
  outer: readonly BracketPair[],
  out: Clause[],
): void {
  let sentence = 0;
  let clauseStart = start;
  const flush = (to: number, endsSentence: boolean) => {
    const s = skipSpaces(text, clauseStart, to);
    let e = to;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      out.push({ span: [s, e], paragraph, sentence });
      if (endsSentence) sentence++;
    }
    clauseStart = to;
  };
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // An ideograph neither splits nor opens a pair: most characters go no further.
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    while (k < outer.length && outer[k]!.close < i) k++;
    const pair = outer[k];
    if (pair && pair.open <= i) {
      i = pair.close;
      continue;
    }
    if (isSentenceEnd(c) || isClauseEnd(c)) {
      let j = i + 1;
      let endsSentence = isSentenceEnd(c);
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isSentenceEnd(d)) endsSentence = true;
        else if (!isClauseEnd(d)) break;
        j++;
      }
      flush(j, endsSentence);
      i = j - 1;
    } else if (isColon(c)) {
      const next = skipSpaces(text, i + 1, end);
      if (next < end && LIST_START.test(text.slice(next, Math.min(end, next + 6)))) flush(i + 1, false);
    }
  }
  flush(end, true);
}
