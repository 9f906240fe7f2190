import { isHan, skipSpacesBackward } from "./char-class.js";
import { RATE_LINK_WORDS, RATE_NAME_STOP, RATE_NAME_SUFFIX, RATE_NAMES } from "./lexicon.js";

/** The words by their last code unit, each list in the order given. */
function byLastUnit(words: readonly string[]): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(w.length - 1);
    const list = index.get(c);
    if (list) list.push(w);
    else index.set(c, [w]);
  }
  return index;
}

// Longest first, and by last character: only the words ending in the character before `p` can end
// there (a few startsWith per rate, not one per name of the lexicon).
const LINKS = byLastUnit([...RATE_LINK_WORDS].sort((a, b) => b.length - a.length));
const NAMES = byLastUnit([...RATE_NAMES].sort((a, b) => b.length - a.length));

function wordEndingAt(text: string, p: number, floor: number, index: ReadonlyMap<number, readonly string[]>): string {
  const words = index.get(text.charCodeAt(p - 1));
  if (words === undefined) return "";
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
export function shareBaseBefore(text: string, start: number, floor: number, countEndsAt: (at: number) => boolean = () => false): string | null {
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
  if (!match) return bracketedShare(text, start, floor, countEndsAt) ? "" : null;
  return (match.groups?.base ?? "").trim();
}

// How far back the words before a rate are read when a line break of a wrapped paragraph lies there.
const WRAP_REACH = 64;

/** Text before a rate with the line breaks of a hard-wrapped paragraph taken out, and the source offset of each character. */
export interface Unwrapped {
  readonly text: string;
  readonly offsets: readonly number[];
}

/**
 * The words before `start` back to `floor` (at most WRAP_REACH characters) with every line break
 * and the spaces around it taken out, or null when there is none. Inside a clause a line break is
 * a PDF's hard wrap (维持原行政行为2件,占⏎比22.2%; 纠错率高⏎达55.6%), never the end of the words.
 */
export function unwrapBefore(text: string, start: number, floor: number): Unwrapped | null {
  const from = Math.max(floor, start - WRAP_REACH);
  // Looked for within the reach only: lastIndexOf would scan back to the start of the text.
  let wrapped = false;
  // Code units: text[i] made a one-character string per character looked at, for every rate.
  for (let i = start - 1; i >= from && !wrapped; i--) wrapped = text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d;
  if (!wrapped) return null;
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = from; i < start; i++) {
    const c = text[i]!;
    if (c === "\n" || c === "\r") {
      while (chars.length > 0 && /[ \t\u3000]/u.test(chars.at(-1)!)) {
        chars.pop();
        offsets.pop();
      }
      while (i + 1 < start && /[ \t\u3000\r\n]/u.test(text[i + 1]!)) i++;
      continue;
    }
    chars.push(c);
    offsets.push(i);
  }
  return { text: chars.join(""), offsets };
}

/**
 * 予以公开208件（17.46%）: a percentage alone in brackets right after a count is its share. After
 * other words it is not (增幅为（5.2%）, 满意度达到（96%）): `countEndsAt` says where a count ends.
 */
function bracketedShare(text: string, start: number, floor: number, countEndsAt: (at: number) => boolean): boolean {
  let p = start;
  while (p > floor && /\s/u.test(text[p - 1]!)) p--;
  if (p <= floor || (text[p - 1] !== "（" && text[p - 1] !== "(")) return false;
  let q = p - 1;
  while (q > floor && /\s/u.test(text[q - 1]!)) q--;
  return q > floor && countEndsAt(q);
}
