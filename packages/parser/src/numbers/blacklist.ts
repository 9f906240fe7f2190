import { charKind, isArabicDigit, isChineseNumeral, isHan, K_CN_BIG, K_CN_PLACE } from "./char-class.js";
import { NUMERAL_IDIOMS, NUMERAL_WORD_BEFORE, PLACE_WORD_BEFORE } from "./lexicon.js";

// Where numerals are not quantities, checked before any number is read (indicator-math.md §4.1).

interface Region {
  close: string;
  /** Longest content that still counts as a label or title; a longer one is a stray mark. */
  limit: number;
  /** Brackets of a document number: 〔2025〕31号 also swallows the 31号 after them. */
  docNumber: boolean;
}

const REGION_OF_MARK: Readonly<Record<string, Region>> = {
  "“": { close: "”", limit: 30, docNumber: false },
  "‘": { close: "’", limit: 30, docNumber: false },
  "「": { close: "」", limit: 30, docNumber: false },
  "『": { close: "』", limit: 30, docNumber: false },
  '"': { close: '"', limit: 30, docNumber: false },
  "《": { close: "》", limit: 200, docNumber: false },
  "〔": { close: "〕", limit: 30, docNumber: true },
  "【": { close: "】", limit: 30, docNumber: true },
  "[": { close: "]", limit: 30, docNumber: true },
  "〖": { close: "〗", limit: 30, docNumber: true },
};

// By the opening mark's code unit: a lookup by `text[i]` made a one-character string per mark.
const REGIONS = new Map(Object.entries(REGION_OF_MARK).map(([open, region]) => [open.charCodeAt(0), { ...region, closeCode: region.close.charCodeAt(0) }]));

const HAO = "号".charCodeAt(0);

/** Offset of the next `code` at or after `from` (text length when there is none). */
export type NextOf = (code: number, from: number) => number;

/**
 * A NextOf for `text` that remembers each answer: while the queries move forward (as a scan does),
 * the text is read about once per character code asked for, where looking ahead up to 200
 * characters from every 《 of 《 × 1M took seconds.
 */
export function forwardFinder(text: string): NextOf {
  // The last question and answer per code, in two maps of numbers: no pair array per answer.
  const askedFrom = new Map<number, number>();
  const answered = new Map<number, number>();
  return (code, from) => {
    const hitFrom = askedFrom.get(code);
    if (hitFrom !== undefined && hitFrom <= from && from <= answered.get(code)!) return answered.get(code)!;
    const at = text.indexOf(String.fromCharCode(code), from);
    const answer = at < 0 ? text.length : at;
    askedFrom.set(code, from);
    answered.set(code, answer);
    return answer;
  };
}

/**
 * End of the quoted label (“1310”), title (《…》) or bracket (〔2025〕31号) opening at `i`, or -1 when
 * the mark does not close on the same line within its limit. `next` finds marks and line breaks.
 */
export function blockedRegionEnd(text: string, i: number, next: NextOf): number {
  const region = REGIONS.get(text.charCodeAt(i));
  if (!region) return -1;
  const close = next(region.closeCode, i + 1);
  if (close > i + region.limit + 1 || close >= text.length || close > next(10, i + 1) || close > next(13, i + 1)) return -1;
  let end = close + 1;
  if (region.docNumber) {
    let k = end;
    while (k < text.length && isArabicDigit(text.charCodeAt(k))) k++;
    if (k > end && text.charCodeAt(k) === HAO) end = k + 1;
  }
  return end;
}

interface IdiomEntry {
  idiom: string;
  /** Offset in the idiom of the numeral run this entry is indexed under. */
  offset: number;
  /** Offset in the idiom of a character other than the indexed numeral, and its code: a cheap first test. */
  probe: number;
  probeCode: number;
}

// Indexed by the first character of each numeral run in the idiom, so a lookup costs a map read.
const IDIOM_INDEX = new Map<number, IdiomEntry[]>();
for (const idiom of NUMERAL_IDIOMS) {
  for (let k = 0; k < idiom.length; k++) {
    const code = idiom.charCodeAt(k);
    if (!isChineseNumeral(code) || (k > 0 && isChineseNumeral(idiom.charCodeAt(k - 1)))) continue;
    const list = IDIOM_INDEX.get(code) ?? [];
    const probe = k + 1 < idiom.length ? k + 1 : Math.max(0, k - 1);
    list.push({ idiom, offset: k, probe, probeCode: idiom.charCodeAt(probe) });
    IDIOM_INDEX.set(code, list);
  }
}

/** End of a listed idiom (一把手, 十四五…) holding the numeral run that starts at `runStart`, or -1. */
export function idiomEnd(text: string, runStart: number): number {
  const entries = IDIOM_INDEX.get(text.charCodeAt(runStart));
  if (!entries) return -1;
  // 一 alone opens dozens of idioms and is in most sentences: one character compared first.
  for (const { idiom, offset, probe, probeCode } of entries) {
    const start = runStart - offset;
    if (start >= 0 && text.charCodeAt(start + probe) === probeCode && text.startsWith(idiom, start)) return start + idiom.length;
  }
  return -1;
}

function echoes(text: string, a: number, b: number): boolean {
  // Code units, not text[a]: a one-character string of an ideograph is a new string each time.
  if (a < 0 || b >= text.length || text.charCodeAt(a) !== text.charCodeAt(b)) return false;
  for (let k = a + 1; k < b; k++) {
    const code = text.charCodeAt(k);
    if (!isHan(code) || isChineseNumeral(code)) return false;
  }
  return true;
}

/**
 * True when a one-character numeral repeats one or two characters away (一对一, 一人一档, 三集中三到位):
 * the pattern of a slogan, not a count.
 */
export function isEchoIdiom(text: string, runStart: number, runEnd: number): boolean {
  if (runEnd - runStart !== 1) return false;
  return (
    echoes(text, runStart, runStart + 2) ||
    echoes(text, runStart, runStart + 3) ||
    echoes(text, runStart - 2, runStart) ||
    echoes(text, runStart - 3, runStart)
  );
}

// By code unit: 1 for a character of NUMERAL_WORD_BEFORE, 2 for one of PLACE_WORD_BEFORE (no
// one-character string per numeral to search the lists with).
const WORD_BEFORE = new Uint8Array(0x10000);
for (let k = 0; k < NUMERAL_WORD_BEFORE.length; k++) WORD_BEFORE[NUMERAL_WORD_BEFORE.charCodeAt(k)]! |= 1;
for (let k = 0; k < PLACE_WORD_BEFORE.length; k++) WORD_BEFORE[PLACE_WORD_BEFORE.charCodeAt(k)]! |= 2;

/** True when the character before a Chinese numeral makes it part of a word (统一, 之一, 第一, 几十). */
export function numeralInWord(text: string, runStart: number): boolean {
  if (runStart === 0) return false;
  const before = WORD_BEFORE[text.charCodeAt(runStart - 1)]!;
  if ((before & 1) !== 0) return true;
  const kind = charKind(text.charCodeAt(runStart));
  return (before & 2) !== 0 && (kind === K_CN_PLACE || kind === K_CN_BIG);
}

const DIAN = "点".charCodeAt(0);

/** End of the run of Chinese numeral characters starting at `i` (点 counts between numerals). */
export function chineseRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (isChineseNumeral(code)) j++;
    else if (code === DIAN && j > i && isChineseNumeral(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j;
}
