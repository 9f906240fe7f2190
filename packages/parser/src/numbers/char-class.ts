// One byte per UTF-16 code unit: the class in the high nibble, a small value in the low nibble.
// A table keeps the extractor's main loop to one array read per character of the report.

/** Not part of a number. */
export const K_NONE = 0;
/** ASCII or full-width digit 0-9 (value = the digit). */
export const K_DIGIT = 1;
/** Chinese digit 1-9, 两 and 大写 forms (value = the digit). */
export const K_CN_DIGIT = 2;
/** 零 or 〇 (value 0). */
export const K_CN_ZERO = 3;
/** 十百千 and 拾佰仟 (value = the power of ten). */
export const K_CN_PLACE = 4;
/** 万 and 亿 (value = 4 or 8). */
export const K_CN_BIG = 5;
/** Whitespace allowed between a number and its unit (not line breaks). */
export const K_SPACE = 6;
/** Opens a quoted label, a title or a bracket whose numerals are not quantities: “ 《 〔 【 [ … */
export const K_OPEN = 7;

const table = new Uint8Array(65536);

function set(chars: string, kind: number, value: number): void {
  for (const ch of chars) table[ch.charCodeAt(0)] = (kind << 4) | value;
}

for (let d = 0; d <= 9; d++) {
  table[0x30 + d] = (K_DIGIT << 4) | d;
  table[0xff10 + d] = (K_DIGIT << 4) | d;
}
const CN_DIGITS = ["一壹", "二两貳贰兩", "三叁叄", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖"];
CN_DIGITS.forEach((chars, index) => set(chars, K_CN_DIGIT, index + 1));
set("零〇", K_CN_ZERO, 0);
set("十拾", K_CN_PLACE, 1);
set("百佰", K_CN_PLACE, 2);
set("千仟", K_CN_PLACE, 3);
set("万萬", K_CN_BIG, 4);
set("亿億", K_CN_BIG, 8);
set(" \t\u00a0\u3000", K_SPACE, 0);
set("“‘「『\"《〔【[〖", K_OPEN, 0);

/** True for a code unit that can start nothing the extractor reads (the fast path of its main loop). */
export function isInert(code: number): boolean {
  return table[code] === 0;
}

/** The class of a UTF-16 code unit (K_*). */
export function charKind(code: number): number {
  return table[code]! >> 4;
}

/** The digit, place exponent or big-unit exponent of a numeral code unit. */
export function charValue(code: number): number {
  return table[code]! & 15;
}

/** True for a Chinese numeral character (digit, zero, place or 万/亿). */
export function isChineseNumeral(code: number): boolean {
  const kind = table[code]! >> 4;
  return kind >= K_CN_DIGIT && kind <= K_CN_BIG;
}

/** True for an ASCII or full-width digit. */
export function isArabicDigit(code: number): boolean {
  return table[code]! >> 4 === K_DIGIT;
}

/** True for CJK unified ideographs (the main block), which is where words live. */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** True for ASCII letters. */
export function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Index of the first non-space at or after `i`, skipping at most `max` spaces. */
export function skipSpacesForward(text: string, i: number, max = 2): number {
  let j = i;
  while (j < text.length && j - i < max && table[text.charCodeAt(j)]! >> 4 === K_SPACE) j++;
  return j;
}

/** Index just after the last non-space before `i`, skipping at most `max` spaces. */
export function skipSpacesBackward(text: string, i: number, floor: number, max = 2): number {
  let j = i;
  while (j > floor && i - j < max && table[text.charCodeAt(j - 1)]! >> 4 === K_SPACE) j--;
  return j;
}
