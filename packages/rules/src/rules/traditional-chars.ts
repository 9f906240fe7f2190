/**
 * traditional-chars: traditional characters in a simplified report (減少, 關於), one finding per run
 * of them with the simplified form as a safe fix; a text written in traditional characters as a
 * whole gets one summary finding instead. Docs: docs/rules/traditional-chars.md
 */
import { TRADITIONAL_GUARDS, TRADITIONAL_TEXT_MIN, TRADITIONAL_TEXT_SHARE } from "@reportlint/report-model";
import { hanScriptLength, isTraditionalCode, simplifiedOf } from "@reportlint/parser";
import { createRule } from "../rule.js";

/**
 * TRADITIONAL_GUARDS by UTF-16 code unit: looked up by number, not by a one-character string made
 * per character (a property look-up of a new string has to intern it first).
 */
const GUARDS_BY_CODE = new Map(Object.entries(TRADITIONAL_GUARDS).filter(([c]) => c.length === 1).map(([c, guard]) => [c.charCodeAt(0), guard]));
const guardAt = (text: string, at: number) => GUARDS_BY_CODE.get(text.charCodeAt(at));

const PUNCTUATION = /[，。、；：！？“”‘’（）《》,.;:!?()]/u;

/**
 * Spans of lines that are mojibake, not writing (UTF-8 read as GBK: 闂佹眹鍩勯崹浼村磹…): ten Han
 * characters and more with no punctuation at all, of which at least 10% are "traditional". Their
 * characters are neither reported nor counted. Only a line with a traditional character can be one,
 * so only the lines holding one of `traditionalAt` (offsets in text order) are looked at.
 */
function garbageLines(text: string, traditionalAt: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 0; k < traditionalAt.length; ) {
    const at = traditionalAt[k]!;
    const start = text.lastIndexOf("\n", at) + 1;
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    // A line with punctuation (most) is writing: its characters are counted only when it has none.
    if (!PUNCTUATION.test(text.slice(start, end))) {
      let han = 0;
      let traditional = 0;
      for (let i = start; i < end; i++) {
        const n = hanScriptLength(text, i);
        if (n === 0) continue;
        han++;
        if (isTraditionalCode(text.charCodeAt(i))) traditional++;
        i += n - 1;
      }
      if (han >= 10 && traditional >= 0.1 * han) spans.push([start, end]);
    }
    while (k < traditionalAt.length && traditionalAt[k]! < end) k++;
  }
  return spans;
}

/** Offsets of the traditional characters in the text: one pass, in a function of its own so it stays a tight loop. */
function traditionalOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (isTraditionalCode(text.charCodeAt(i))) out.push(i);
  return out;
}

/** True when one of `words` occurs in `text` covering the character at `at`. */
function inWord(text: string, at: number, words: readonly string[]): boolean {
  const char = text[at]!;
  return words.some((word) => {
    for (let k = word.indexOf(char); k >= 0; k = word.indexOf(char, k + 1)) {
      if (text.startsWith(word, at - k)) return true;
    }
    return false;
  });
}

export default createRule({
  id: "traditional-chars",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "简体报告中不应出现繁体字",
        en: "A report in simplified Chinese must not contain traditional characters",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    fixable: "safe",
    messages: {
      traditional: {
        zh: "「{{text}}」是繁体字，应为「{{expected}}」",
        en: 'Unexpected traditional characters "{{text}}", expected "{{expected}}"',
      },
      document: {
        zh: "全文使用繁体字（{{count}}个繁体字，占汉字的{{share}}%），简体报告应整体转换为简体字",
        en: "The text is written in traditional characters ({{count}} of them, {{share}}% of the Han characters); convert the whole report to simplified characters",
      },
    },
  },
  create(context) {
    const { text } = context;
    // Most reports have no traditional character at all: nothing else to look at then.
    // One pass over the text; lines are then looked at only around what it finds.
    const traditionalAt = traditionalOffsets(text);
    if (traditionalAt.length === 0) return;
    // Page furniture is web-boilerplate's; mojibake is no writing at all. skipped[i] = 1 inside either.
    const skipped = new Uint8Array(text.length);
    for (const c of context.document.chrome) skipped.fill(1, Math.max(0, c.span[0]), Math.min(text.length, c.span[1]));
    for (const g of garbageLines(text, traditionalAt)) skipped.fill(1, Math.max(0, g[0]), Math.min(text.length, g[1]));

    const candidates = traditionalAt.filter((i) => skipped[i] === 0);
    if (candidates.length === 0) return;
    const isCandidate = new Set(candidates);
    const certain = (at: number): boolean => {
      const guard = guardAt(text, at);
      if (!guard) return true;
      if (inWord(text, at, guard.rightIn)) return false;
      return !guard.wrongIn || inWord(text, at, guard.wrongIn);
    };
    // A guarded character next to a certain one is traditional writing too (關於, 乾淨).
    const unguarded = (at: number) => isCandidate.has(at) && !guardAt(text, at);
    const reported = candidates.filter((at) => {
      if (certain(at)) return true;
      const guard = guardAt(text, at)!;
      return !inWord(text, at, guard.rightIn) && (unguarded(at - 1) || unguarded(at + 1));
    });
    if (reported.length === 0) return;

    /** The Han characters outside the skipped spans: counted only when a summary is possible at all. */
    const countHan = () => {
      let han = 0;
      for (let i = 0; i < text.length; i++) {
        const n = hanScriptLength(text, i);
        if (n === 0) continue;
        if (skipped[i] === 0) han++;
        i += n - 1;
      }
      return han;
    };
    const runs: [number, number][] = [];
    for (const at of reported) {
      const last = runs.at(-1);
      if (last && last[1] === at) last[1] = at + 1;
      else runs.push([at, at + 1]);
    }

    const han = reported.length >= TRADITIONAL_TEXT_MIN ? countHan() : 0;
    if (reported.length >= TRADITIONAL_TEXT_MIN && reported.length >= han * TRADITIONAL_TEXT_SHARE) {
      const share = Math.round((1000 * reported.length) / han) / 10;
      context.report({ span: runs[0]!, messageId: "document", severity: "warning", data: { count: reported.length, share } });
      return;
    }
    for (const [start, end] of runs) {
      const found = text.slice(start, end);
      // Built by a loop over the characters, not a spread + map + join (a deopt site).
      let expected = "";
      for (const c of found) expected += simplifiedOf(c) ?? c;
      context.report({
        span: [start, end],
        messageId: "traditional",
        data: { text: found, expected },
        fix: { span: [start, end], text: expected },
      });
    }
  },
});
