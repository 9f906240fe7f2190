/**
 * The arithmetic of number findings in words (indicator-math.md §4.7): indicator-math gives the
 * numbers, these templates give them a sentence in Chinese or English. Neutral wording only
 * (不一致 / 不可能 / 请核对), never 错误 or jargon such as GRIM or 区间.
 */
import type { Locale } from "@reportlint/report-model";
import type { InfeasibleArithmetic, PartWholeArithmetic, RateArithmetic } from "@reportlint/indicator-math";
import { interpolate } from "../messages.js";
import type { RuleMessage } from "../rule.js";
import { mapped } from "../util/lists.js";

const PHRASES = {
  division: { zh: "{{k}} ÷ {{n}} = {{computed}}%", en: "{{k}} ÷ {{n}} = {{computed}}%" },
  roundsTo: { zh: "{{head}}，{{rounding}}为 {{expected}}%", en: "{{head}}, which {{rounding}} is {{expected}}%" },
  roundsToInstead: { zh: "{{head}}，{{rounding}}应为 {{expected}}%", en: "{{head}}, which {{rounding}} should be {{expected}}%" },
  derived: { zh: "{{value}} = {{terms}}", en: "{{value}} = {{terms}}" },
  ifNumerator: { zh: "若{{label}} {{k}} {{unit}}，则为 {{rate}}%", en: "with {{label}} = {{k}}{{unit}}, it would be {{rate}}%" },
  ifNumeratorBare: { zh: "若分子为 {{k}} {{unit}}，则为 {{rate}}%", en: "with a numerator of {{k}}{{unit}}, it would be {{rate}}%" },
  ifDenominator: { zh: "若{{label}} {{n}} {{unit}}，则为 {{rate}}%", en: "with {{label}} = {{n}}{{unit}}, it would be {{rate}}%" },
  shorter: { zh: "写作“{{value}}%”则一致", en: 'printed as "{{value}}%" it would agree' },
  truncated: {
    zh: "{{printed}}% 是 {{computed}}% 直接舍去尾数的结果，按四舍五入应为 {{expected}}%",
    en: "{{printed}}% is {{computed}}% cut off rather than rounded; rounded it is {{expected}}%",
  },
  strictFull: { zh: "100% 表示全部，但 {{k}} 少于 {{n}}", en: "100% means all, but {{k}} is fewer than {{n}}" },
  strictZero: { zh: "0% 表示没有，但实际为 {{k}}", en: "0% means none, but the count is {{k}}" },
  checkCounts: { zh: "请核对{{what}}或{{name}}。", en: "Please check {{what}} or {{name}}." },
  checkFigures: { zh: "请核对相关数字。", en: "Please check the figures." },
  countNoun: { zh: "{{label}}{{unit}}数", en: "the number of {{label}}" },
  neighbour: { zh: "{{label}}{{k}}{{unit}}为 {{k}} ÷ {{n}} = {{shown}}%", en: "{{label}} {{k}}{{unit}}: {{k}} ÷ {{n}} = {{shown}}%" },
  neighbourAll: { zh: "全部{{label}}为 {{shown}}%", en: "all {{label}}: {{shown}}%" },
  neighbourBare: { zh: "{{k}} ÷ {{n}} = {{shown}}%", en: "{{k}} ÷ {{n}} = {{shown}}%" },
  noWholeCount: {
    zh: "没有任何{{what}}能得到 {{printed}}%。请核对{{whole}}或{{name}}。",
    en: "No whole {{what}} gives {{printed}}%. Please check {{whole}} or {{name}}.",
  },
  wholeNumber: { zh: "整数", en: "number" },
  theFigures: { zh: "相关数字", en: "the figures" },
  thePercentage: { zh: "百分比", en: "the percentage" },
  theDenominator: { zh: "分母", en: "the denominator" },
  sum: { zh: "{{terms}} = {{sum}}", en: "{{terms}} = {{sum}}" },
  moreThanTotal: { zh: "比总数多 {{difference}}", en: "{{difference}} more than the total" },
  lessThanTotal: { zh: "比总数少 {{difference}}", en: "{{difference}} less than the total" },
  differs: { zh: "相差 {{difference}}", en: "a difference of {{difference}}" },
  beyondRange: { zh: "已超出“{{printed}}”通常表示的范围（{{lo}} 至 {{hi}} {{unit}}）", en: 'beyond the range "{{printed}}" usually means ({{lo}} to {{hi}} {{unit}})' },
  checkSumAbove: { zh: "分项之和不应大于总数，请核对总数或各分项数字。", en: "The parts should not add up to more than the total; please check the total or the parts." },
  checkSum: { zh: "请核对总数或各分项数字。", en: "Please check the total or the parts." },
  alsoExceeds: { zh: "「{{part}}」也已超过总数", en: '"{{part}}" also exceeds the total' },
  aloneExceeds: { zh: "其中「{{part}}」一项已超过总数", en: '"{{part}}" alone exceeds the total' },
  checkPart: { zh: "分项不应大于总数，请核对总数或该分项数字。", en: "A part should not exceed its total; please check the total or that part." },
} as const satisfies Record<string, RuleMessage>;

/** One phrase in the locale. */
export function phrase(id: keyof typeof PHRASES, locale: Locale, data: Record<string, string> = {}): string {
  const template = PHRASES[id];
  const text = interpolate(template[locale] || template.zh, data);
  // Most phrases have no blank to tidy: the two replacements run only when one would change something.
  return text.includes(" ，") || text.includes("  ") ? text.replace(/ +，/gu, "，").replace(/ {2,}/gu, " ") : text;
}

const ZH_DIGITS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九"];
const EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** How a value rounds to d decimals, in words ("保留一位小数" / "rounded to one decimal place"). */
export function roundingPhrase(decimals: number, locale: Locale): string {
  if (locale === "en") {
    if (decimals === 0) return "rounded to a whole number";
    return `rounded to ${EN_DIGITS[decimals] ?? String(decimals)} decimal place${decimals === 1 ? "" : "s"}`;
  }
  return decimals === 0 ? "四舍五入取整" : `保留${ZH_DIGITS[decimals] ?? String(decimals)}位小数`;
}

/** Items joined as a list in the locale. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === "en" ? "; " : "；");
}

/** Extra remarks after a main clause, with their separator, or "" when there are none. */
export function remarks(items: readonly string[], locale: Locale): string {
  return items.length === 0 ? "" : `${locale === "en" ? "; " : "；"}${joinList(items, locale)}`;
}

/** Words for one side of a rate: what it counts ("办结") and, for a sum of printed counts, its terms. */
export interface OperandWords {
  readonly label?: string;
  /** The printed counts a derived value adds up ("249", "9"): shown as "258 = 249 + 9". */
  readonly terms?: readonly string[];
}

/** "118 ÷ 120 = 98.33%，保留一位小数应为 98.3%" (with "（258 = 249 + 9）" for a derived base). */
export function rateExpression(a: RateArithmetic, locale: Locale, n?: OperandWords, k?: OperandWords): string {
  const head = phrase("division", locale, { k: a.k, n: a.n, computed: a.computed ?? "" });
  let text = head;
  if (!a.exactAtPrinted && a.expected !== null) {
    text = phrase(a.mode === "round" ? "roundsTo" : "roundsToInstead", locale, { head, rounding: roundingPhrase(a.decimals, locale), expected: a.expected });
  }
  const derived = [k, n]
    .map((side, i) => (side?.terms && side.terms.length > 1 ? phrase("derived", locale, { value: i === 0 ? a.k : a.n, terms: side.terms.join(" + ") }) : null))
    .filter((x): x is string => x !== null);
  return derived.length > 0 ? `${text}${locale === "en" ? ` (${derived.join(", ")})` : `（${derived.join("，")}）`}` : text;
}

/** What would make a rate agree with its counts, and notes on truncation and a strict 100%/0%. */
export function rateCandidates(a: RateArithmetic, locale: Locale, words: { numerator?: string; denominator?: string; unit?: string }): string[] {
  const out: string[] = [];
  const unit = words.unit ?? "";
  if (a.numeratorForPrinted !== null) {
    const data = { label: words.numerator ?? "", k: a.numeratorForPrinted, unit, rate: a.printed };
    out.push(phrase(words.numerator ? "ifNumerator" : "ifNumeratorBare", locale, data));
  }
  if (a.denominatorForPrinted !== null && words.denominator) {
    out.push(phrase("ifDenominator", locale, { label: words.denominator, n: a.denominatorForPrinted, unit, rate: a.printed }));
  }
  if (a.shorterForm !== null) out.push(phrase("shorter", locale, { value: a.shorterForm }));
  if (a.mode === "truncate") out.push(phrase("truncated", locale, { printed: a.printed, computed: a.computed ?? "", expected: a.expected ?? "" }));
  if (a.strict === "full") out.push(phrase("strictFull", locale, { k: a.k, n: a.n }));
  else if (a.strict === "zero") out.push(phrase("strictZero", locale, { k: a.k }));
  return out;
}

/** "请核对办结件数或办结率。" */
export function rateSuggestion(locale: Locale, words: { numerator?: string; unit?: string; name?: string }): string {
  if (!words.numerator || !words.name) return phrase("checkFigures", locale);
  return phrase("checkCounts", locale, { what: phrase("countNoun", locale, { label: words.numerator, unit: words.unit ?? "" }), name: words.name });
}

/** "办结14件为 14 ÷ 15 = 93.3%，全部办结为 100%" and "没有任何办结件数能得到 99%。请核对受理件数或办结率。" */
export function infeasibleText(
  a: InfeasibleArithmetic,
  locale: Locale,
  words: { numerator?: string; denominator?: string; unit?: string; name?: string },
): { expression: string; suggestion: string } {
  const unit = words.unit ?? "";
  const expression = a.neighbours
    .map((x) => {
      const data = { label: words.numerator ?? "", k: x.k.toString(), n: x.n.toString(), unit, shown: x.shown };
      if (!words.numerator) return phrase("neighbourBare", locale, data);
      return phrase(x.k === x.n ? "neighbourAll" : "neighbour", locale, data);
    })
    .join(locale === "en" ? ", " : "，");
  const what = words.numerator ? phrase("countNoun", locale, { label: words.numerator, unit }) : phrase("wholeNumber", locale);
  const whole = words.denominator ? phrase("countNoun", locale, { label: words.denominator, unit }) : phrase("theFigures", locale);
  const suggestion = phrase("noWholeCount", locale, {
    what: locale === "en" ? what.replace(/^the /u, "") : what,
    printed: a.printed,
    whole,
    name: words.name ?? phrase("thePercentage", locale),
  });
  return { expression, suggestion };
}

/** "21件 + 27件 + 81件 = 129件", the difference, and what to check. */
export function partWholeText(
  a: PartWholeArithmetic,
  locale: Locale,
  options: { exhaustive: boolean; exceeding?: readonly string[] },
): { expression: string; detail: string; suggestion: string } {
  const expression = phrase("sum", locale, { terms: a.terms.join(" + "), sum: a.sum });
  const notes: string[] = [];
  if (a.difference !== null) {
    if (options.exhaustive) notes.push(phrase("differs", locale, { difference: a.difference }));
    else if (a.direction === "above") notes.push(phrase("moreThanTotal", locale, { difference: a.difference }));
    else notes.push(phrase("lessThanTotal", locale, { difference: a.difference }));
  }
  if (a.softRange) notes.push(phrase("beyondRange", locale, { ...a.softRange }));
  const checks = new Set(mapped(a.result.findings, (f) => f.check));
  const suggestion = checks.has("sum-exceeds-whole")
    ? phrase("checkSumAbove", locale)
    : checks.has("part-exceeds-whole") && !checks.has("sum-mismatch")
      ? phrase("checkPart", locale)
      : phrase("checkSum", locale);
  const detail = notes.length === 0 ? "" : `${locale === "en" ? ", " : "，"}${notes.join(locale === "en" ? ", " : "，")}`;
  return { expression, detail, suggestion };
}
