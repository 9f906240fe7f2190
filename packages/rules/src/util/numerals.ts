import type { NumberingStyle } from "@reportlint/report-model";

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (heading numbers stay below 100). */
export function toChineseNumeral(n: number): string {
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? "" : tens === 1 ? "十" : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? "" : DIGITS[ones]);
}

/** The marker a heading of this style and number would print, e.g. ("cn-paren-full", 7) → "（七）". */
export function formatMarker(style: NumberingStyle, n: number): string {
  switch (style) {
    case "cn-dun":
      return `${toChineseNumeral(n)}、`;
    case "cn-paren-full":
      return `（${toChineseNumeral(n)}）`;
    case "cn-paren-half":
      return `(${toChineseNumeral(n)})`;
    case "arabic-dot":
      return `${n}.`;
    case "arabic-dun":
      return `${n}、`;
    case "arabic-paren-full":
      return `（${n}）`;
    case "arabic-paren-half":
      return `(${n})`;
    case "circled":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
  }
}
