/**
 * A copy of the text for word matching, with traditional characters folded to simplified ones
 * (萬→万, 條→条, 辦結→办结, 共計→共计) and every offset unchanged. Mirrored reports often arrive in
 * traditional characters; the numbers in them must be read with the same words as any other report.
 * Only one-to-one folds of the same UTF-16 length are applied, so `folded.length === text.length`
 * and a span means the same characters in both. The table is OpenCC's character dictionary.
 */
import TSCharacters from "opencc-js/dict/TSCharacters";
import { objectList } from "./lists.js";

let table: Uint16Array | null = null;
let bits: Uint32Array | null = null;
let flags: Uint8Array | null = null;

/**
 * Reads OpenCC's dictionary ("萬 万|條 条|…", an entry's first candidate taken, a later entry over
 * an earlier one) into one entry per BMP code unit (0 = no fold) and one bit per code unit that
 * folds. One pass over the string, no array per entry: this runs at the first parse of every CLI
 * start, when nothing is optimised yet.
 */
function build(): void {
  const dict = TSCharacters;
  const map = new Uint16Array(0x10000);
  const set = new Uint32Array(0x10000 >>> 5);
  const byCode = new Uint8Array(0x10000);
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf("|", start);
    if (end === -1) end = dict.length;
    // Both must be single BMP characters: anything else would shift offsets.
    if (end - start >= 3 && dict.charCodeAt(start + 1) === 0x20) {
      const first = dict.charCodeAt(start + 2);
      const code = dict.codePointAt(start + 2)!;
      if (first !== 0x20 && start + 2 < end && code <= 0xffff) {
        const traditional = dict.charCodeAt(start);
        map[traditional] = code;
        set[traditional >>> 5]! |= 1 << (traditional & 31);
        byCode[traditional] = 1;
      }
    }
    start = end + 1;
  }
  table = map;
  bits = set;
  flags = byCode;
}

// One entry per BMP code unit (0 = no fold): a lookup per character, built once.
function foldTable(): Uint16Array {
  if (!table) build();
  return table!;
}

/** One byte per BMP code unit, 1 where foldTable folds. */
function foldsByCode(): Uint8Array {
  if (!flags) build();
  return flags!;
}

/** One bit per BMP code unit that foldTable folds. */
function traditionalBits(): Uint32Array {
  if (!bits) build();
  return bits!;
}

/** The text with traditional characters folded to simplified ones; same length, same offsets. */
export function foldTraditional(text: string): string {
  const map = foldTable();
  const folds = foldsByCode();
  const parts: string[] = objectList(); // strings: a `[]` changed its hidden class at the first push (a deopt)
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // One byte read per character (the bit set took a shift and a mask more): most are not traditional.
    if (folds[c] === 0) continue;
    const folded = map[c]!;
    parts.push(text.slice(copied, i), String.fromCharCode(folded));
    copied = i + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}

/**
 * True when the UTF-16 code unit is a traditional character that simplifiedOf maps (減, 關): the
 * same test as `simplifiedOf(char) !== null`, without making a one-character string per character.
 */
export function isTraditionalCode(code: number): boolean {
  return code < 0x10000 && (traditionalBits()[code >>> 5]! & (1 << (code & 31))) !== 0;
}

/**
 * The simplified form of one traditional character (減 → 减), from the same OpenCC table as
 * foldTraditional, followed to its end (薴 → 苧 → 苎), so the result is never traditional itself;
 * null for a character that is not traditional (or is the same in both scripts).
 */
export function simplifiedOf(char: string): string | null {
  if (char.length !== 1) return null;
  const map = foldTable();
  let code = map[char.charCodeAt(0)]!;
  if (code === 0) return null;
  // The table has chains two long; three steps bound any cycle.
  for (let step = 0; step < 3 && map[code]! !== 0; step++) code = map[code]!;
  return String.fromCharCode(code);
}
