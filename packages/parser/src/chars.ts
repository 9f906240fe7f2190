// Character classes shared by the structure modules. Everything works on UTF-16 code units so
// offsets stay exact and no regular expression has to be built per call.

/** Whitespace that pads or indents a line: ASCII blanks, NBSP, U+3000, BOM and zero-width characters. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060
  );
}

/** A CJK ideograph (basic block, extension A or compatibility ideographs). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

const HAN_SCRIPT = /\p{Script=Han}/u;
// Per BMP code unit: 0 not asked yet, 1 in Script=Han, 2 not. Each character is asked of the regular
// expression once per process; a report uses a few thousand different ones.
const hanScriptBmp = new Uint8Array(0x10000);

/**
 * How many UTF-16 code units the character at `at` takes when it is in Script=Han (what
 * /\p{Script=Han}/u matches: 1, or 2 for a supplementary ideograph), else 0. A loop over the text
 * with this counts what `text.match(/\p{Script=Han}/gu).length` does, without a match object each.
 */
export function hanScriptLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(at + 1);
    return d >= 0xdc00 && d <= 0xdfff && HAN_SCRIPT.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  if (Number.isNaN(c)) return 0; // past the end
  let known = hanScriptBmp[c]!;
  if (known === 0) {
    known = HAN_SCRIPT.test(String.fromCharCode(c)) ? 1 : 2;
    hanScriptBmp[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/** The value of an ASCII or full-width digit, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** End of the run of ASCII or full-width digits starting at `at` (== at when there is none). */
export function digitRunEnd(text: string, at: number, end: number = text.length): number {
  let i = at;
  while (i < end && digitValue(text.charCodeAt(i)) >= 0) i++;
  return i;
}

/** The number written by the digits in [start, end); digits only, so no validation is needed. */
export function digitsValue(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + digitValue(text.charCodeAt(i));
  return n;
}

/** Skips at most one space-like character (a space between a number and 年 in PDF text). */
export function skipOneSpace(text: string, at: number, end: number = text.length): number {
  if (at < end) {
    const c = text.charCodeAt(at);
    if (c === 0x20 || c === 0x3000 || c === 0xa0) return at + 1;
  }
  return at;
}

/** Skips any run of spaces. */
export function skipSpaces(text: string, at: number, end: number = text.length): number {
  let i = at;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** True when the text has nothing but spaces in [start, end). */
export function isBlank(text: string, start: number, end: number): boolean {
  return skipSpaces(text, start, end) >= end;
}
