// How Word renders a list counter in each w:numFmt that Chinese reports use (ECMA-376 §17.18.59).

const CJK_DIGITS = "〇一二三四五六七八九";
const LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
const FULL_STOPPED = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";

/** Chinese counting as printed in documents: 十, 十一, 二十, 一百零五, 一千零一十. */
function chineseCounting(n: number, digits: string, units: readonly string[], zero: string): string {
  if (n <= 0 || n >= 100_000) return String(n);
  const parts = [Math.floor(n / 10_000), Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = "";
  let pendingZero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      if (out !== "") pendingZero = true;
      return;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    // 10-19 read 十, 十一 (not 一十一) when nothing bigger comes before.
    const tensAlone = i === 3 && d === 1 && out === "";
    out += (tensAlone ? "" : digits[d]!) + units[i]!;
  });
  return out;
}

function letters(n: number, first: number): string {
  if (n <= 0) return String(n);
  // Word repeats the letter past Z: 27 → AA, 28 → BB.
  return String.fromCharCode(first + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

function fromList(n: number, list: string): string {
  const chars = [...list];
  return n >= 1 && n <= chars.length ? chars[n - 1]! : String(n);
}

function cycle(n: number, list: string): string {
  return n >= 1 ? list[(n - 1) % list.length]! : String(n);
}

const FULL_WIDTH_ZERO = 0xff10;

/**
 * A counter value in a w:numFmt. "bullet" and "none" print no number; formats not listed fall back
 * to decimal, as Word does for formats it cannot render.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "bullet":
    case "none":
      return "";
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return fromList(n, CIRCLED);
    case "decimalEnclosedParen":
      return fromList(n, PARENTHESIZED);
    case "decimalEnclosedFullstop":
      return fromList(n, FULL_STOPPED);
    case "upperLetter":
      return letters(n, 0x41);
    case "lowerLetter":
      return letters(n, 0x61);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return chineseCounting(n, CJK_DIGITS, ["万", "千", "百", "十", ""], "零");
    case "chineseLegalSimplified":
      return chineseCounting(n, LEGAL_DIGITS, ["万", "仟", "佰", "拾", ""], "零");
    case "ideographDigital":
    case "taiwaneseDigital":
      return n >= 0 ? String(n).replace(/\d/g, (d) => CJK_DIGITS[Number(d)]!) : String(n);
    case "ideographTraditional":
      return cycle(n, HEAVENLY_STEMS);
    case "ideographZodiac":
      return cycle(n, EARTHLY_BRANCHES);
    default:
      return String(n);
  }
}
