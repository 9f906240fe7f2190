// Small Chinese numerals as used in heading markers and enumerations (一 … 九十九). Quantities and
// larger numbers belong to src/numbers; these never need more than two places.

const CN_DIGIT_VALUE = new Map<number, number>(
  [..."〇一二三四五六七八九"].map((c, i) => [c.charCodeAt(0), i] as const),
);
// 零, ○ (a circle) and O/Ｏ (letters) stand in for 〇 in typed years: 二O二四年.
for (const c of "零○ＯO") CN_DIGIT_VALUE.set(c.charCodeAt(0), 0);

/** The value of 一…九 (and 〇 or a stand-in for it as 0), or -1. */
export function cnDigitValue(c: number): number {
  return CN_DIGIT_VALUE.get(c) ?? -1;
}

/** True for the characters a small Chinese numeral is made of. */
export function isCnNumeralChar(c: number): boolean {
  return cnDigitValue(c) >= 0 || c === 0x5341 /* 十 */ || c === 0x767e /* 百 */ || c === 0x5343 /* 千 */ || c === 0x4e07; /* 万 */
}

/** A numeral read from the text: its value and where it ends. */
export interface NumeralAt {
  readonly value: number;
  readonly end: number;
}

/**
 * Reads 一…九十九 starting at `at`: 一, 十, 十一, 二十, 二十三. Longest match; 〇 and 零 are not
 * heading numbers. Returns null when no numeral starts there.
 */
export function readCnNumeral(text: string, at: number, end: number = text.length): NumeralAt | null {
  if (at >= end) return null;
  const TEN = 0x5341;
  const c = text.charCodeAt(at);
  const d = cnDigitValue(c);
  if (c === TEN) {
    const e = at + 1 < end ? cnDigitValue(text.charCodeAt(at + 1)) : -1;
    return e >= 1 ? { value: 10 + e, end: at + 2 } : { value: 10, end: at + 1 };
  }
  if (d < 1) return null;
  if (at + 1 < end && text.charCodeAt(at + 1) === TEN) {
    const e = at + 2 < end ? cnDigitValue(text.charCodeAt(at + 2)) : -1;
    return e >= 1 ? { value: d * 10 + e, end: at + 3 } : { value: d * 10, end: at + 2 };
  }
  return { value: d, end: at + 1 };
}
