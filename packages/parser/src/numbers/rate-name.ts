import { isHan, skipSpacesBackward } from "./char-class.js";
import { RATE_LINK_WORDS, RATE_NAME_STOP, RATE_NAME_SUFFIX, RATE_NAMES } from "./lexicon.js";

const LINKS = [...RATE_LINK_WORDS].sort((a, b) => b.length - a.length);
const NAMES = [...RATE_NAMES].sort((a, b) => b.length - a.length);

function wordEndingAt(text: string, p: number, floor: number, words: readonly string[]): string {
  for (const w of words) {
    const at = p - w.length;
    if (at >= floor && text.startsWith(w, at)) return w;
  }
  return "";
}

/**
 * The indicator a percentage names: the …率/…占比/…比例 word right before `start`, past link words
 * (结案率为 100% → 结案率; 备案率均达100% → 备案率). Known names are matched longest first; an unlisted
 * …率 keeps the two characters before 率. "" when no name stands there.
 */
export function rateNameBefore(text: string, start: number, floor: number): string {
  let p = skipSpacesBackward(text, start, floor, 3);
  for (let round = 0; round < 3; round++) {
    const link = wordEndingAt(text, p, floor, LINKS);
    if (!link) break;
    p = skipSpacesBackward(text, p - link.length, floor, 3);
  }
  const known = wordEndingAt(text, p, floor, NAMES);
  if (known) return known;
  if (p - 1 < floor || text[p - 1] !== RATE_NAME_SUFFIX) return "";
  let q = p - 1;
  while (q > floor && p - 1 - q < 2) {
    const code = text.charCodeAt(q - 1);
    if (!isHan(code) || RATE_NAME_STOP.includes(text[q - 1]!)) break;
    q--;
  }
  return q < p - 1 ? text.slice(q, p) : "";
}
