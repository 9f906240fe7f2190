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
 * (结案率为 100% → 结案率; 备案率均达100% → 备案率), and where it starts (-1 when there is none).
 * Known names are matched longest first; an unlisted …率 keeps the two characters before 率.
 */
export function rateNameAt(text: string, start: number, floor: number): { name: string; at: number } {
  let p = skipSpacesBackward(text, start, floor, 3);
  for (let round = 0; round < 3; round++) {
    const link = wordEndingAt(text, p, floor, LINKS);
    if (!link) break;
    p = skipSpacesBackward(text, p - link.length, floor, 3);
  }
  const known = wordEndingAt(text, p, floor, NAMES);
  if (known) return { name: known, at: p - known.length };
  if (p - 1 < floor || text[p - 1] !== RATE_NAME_SUFFIX) return { name: "", at: -1 };
  let q = p - 1;
  while (q > floor && p - 1 - q < 2) {
    const code = text.charCodeAt(q - 1);
    if (!isHan(code) || RATE_NAME_STOP.includes(text[q - 1]!)) break;
    q--;
  }
  return q < p - 1 ? { name: text.slice(q, p), at: q } : { name: "", at: -1 };
}

// Written right before a share: 占52.7%, 占比22.2%, 占总体的比例为2.8%, 占已审结总数的38.5%,
// 占全市固定资产投资比重为24.6%, 所占比例为5%, 比重为24.6%. The text searched is at most a few dozen
// characters back to the nearest clause or list mark, so the lazy group cannot run away.
const SHARE_TAIL =
  /(?:占(?:到|了)?(?<base>[^占]{0,24}?)(?:的)?(?:比例|比重|份额|百分比|比)?|所占比例|所占比重|比例|比重)(?:分别|均|约|仅|已|高达|达到|达|为|是|\s)*$/u;
const SHARE_STOPS = "，,；;。、：:（）()\n\r“”|｜";
const SHARE_REACH = 40;

/**
 * The whole a share names, when the percentage at `start` is written as a share of something:
 * "总体" for 占总体的比例为2.8%, "" for 占52.7% or 占比22.2%; null when it is not a share. Only
 * for percentages without an indicator name of their own (a …率 is its own indicator).
 */
export function shareBaseBefore(text: string, start: number, floor: number): string | null {
  const from = Math.max(floor, start - SHARE_REACH);
  let cut = start;
  while (cut > from && !SHARE_STOPS.includes(text[cut - 1]!)) cut--;
  let match = SHARE_TAIL.exec(text.slice(cut, start));
  // 占受理案件数比例最高，达92.71%: the share's words end the segment before the link word.
  if (!match && /^\s*(?:达到|达|为|约|高达)?\s*$/u.test(text.slice(cut, start)) && cut - 1 > from && "，,".includes(text[cut - 1]!)) {
    let back = cut - 1;
    while (back > from && !SHARE_STOPS.includes(text[back - 1]!)) back--;
    match = SHARE_TAIL.exec(text.slice(back, cut - 1).replace(/(?:最高|最大|最多|最低|最小|最少)$/u, ""));
  }
  if (!match) return bracketedShare(text, start, floor) ? "" : null;
  return (match.groups?.base ?? "").trim();
}

/** 予以公开208件（17.46%）: a percentage alone in brackets right after a count is its share. */
function bracketedShare(text: string, start: number, floor: number): boolean {
  let p = start;
  while (p > floor && /\s/u.test(text[p - 1]!)) p--;
  if (p <= floor || (text[p - 1] !== "（" && text[p - 1] !== "(")) return false;
  let q = p - 1;
  while (q > floor && /\s/u.test(text[q - 1]!)) q--;
  // The count's measure word or digit stands right before the bracket.
  return q > floor && /[\p{Script=Han}\d]/u.test(text[q - 1]!) && !/[率比例重]/u.test(text[q - 1]!);
}
