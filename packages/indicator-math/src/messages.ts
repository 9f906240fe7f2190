/**
 * The arithmetic shown to users (§4.7), in plain Chinese (or English): the equation with concrete
 * numbers, one more decimal than printed, how that rounds, and what the printed number would need.
 * Neutral wording only (不一致 / 不可能 / 请核对); never 错误 or 造假, never jargon such as GRIM or 区间.
 */
import { grimCheck, type FeasibleNeighbour } from "./grim.js";
import type { Interval } from "./interval.js";
import { checkPartWhole, type PartWholeResult } from "./part-whole.js";
import { toPrintedPercent, type RateLike } from "./percent.js";
import { normalizeValue, valueIntervals, type NormalizedValue, type PrintedInput } from "./printed.js";
import { checkRate, denominatorForRate, displayPercent, formatPercent, numeratorForRate } from "./rate-check.js";
import { div, isInteger, pow10, sub, toExactDecimal, toFixed, toRational, type NumberLike, type Rational } from "./rational.js";

/** Language of the generated text. */
export type MessageLocale = "zh" | "en";

/** The structured arithmetic behind a finding (Diagnostic.details). */
export interface ArithmeticPayload {
  /** The number as printed ("99.2%", "67件"). */
  readonly printed: string;
  /** What the other numbers give ("98.33%", "129件"). */
  readonly computed: string;
  /** The equation ("118 ÷ 120 = 98.33%，保留一位小数应为 98.3%"). */
  readonly expression: string;
  /** What would make the numbers agree, or the nearest possible values. */
  readonly candidates: readonly string[];
  /** What to check. */
  readonly suggestion: string;
}

const ZH_DIGITS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九"];
const EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** How a value rounds to d decimals, in words ("保留一位小数" / "rounded to one decimal place"). */
export function roundingPhrase(decimals: number, locale: MessageLocale = "zh"): string {
  if (locale === "en") {
    if (decimals === 0) return "rounded to a whole number";
    const n = EN_DIGITS[decimals] ?? String(decimals);
    return `rounded to ${n} decimal place${decimals === 1 ? "" : "s"}`;
  }
  if (decimals === 0) return "四舍五入取整";
  return `保留${ZH_DIGITS[decimals] ?? String(decimals)}位小数`;
}

/** "21件 + 27件 + 81件 = 129件": terms joined by + and the total. */
export function sumExpression(terms: readonly string[], total: string): string {
  return `${terms.join(" + ")} = ${total}`;
}

/** "118 ÷ 120 = 98.33%", with one more decimal than `printedDecimals` (exact when shorter). */
export function divisionExpression(k: NumberLike, n: NumberLike, printedDecimals: number): string {
  return `${numberText(k)} ÷ ${numberText(n)} = ${displayPercent(k, n, printedDecimals + 1)}%`;
}

function numberText(x: NumberLike): string {
  const r = toRational(x);
  return toExactDecimal(r) ?? toFixed(r, 4);
}

/** "办结件数", "人数": the thing counted, for suggestions. */
function countNoun(label: string | undefined, unit: string | undefined, locale: MessageLocale): string | null {
  if (!label) return null;
  return locale === "en" ? `the number of ${label}` : `${label}${unit ?? ""}数`;
}

/** Input of `explainRate`: the printed rate, the counts it should come from, and words for the message. */
export interface RateExplainInput {
  readonly rate: RateLike;
  readonly k: NumberLike;
  readonly n: NumberLike;
  /** The indicator as printed ("办结率"). */
  readonly rateName?: string;
  /** The numerator's role word ("办结"). */
  readonly numeratorLabel?: string;
  /** The denominator's role word ("受理"); adds a "若受理 N 件" candidate. */
  readonly denominatorLabel?: string;
  /** Measure word of the counts ("件"). */
  readonly unit?: string;
  readonly locale?: MessageLocale;
}

function trimTrailingZeroForms(value: string): string[] {
  const out: string[] = [];
  let v = value;
  while (v.includes(".") && v.endsWith("0")) {
    v = v.slice(0, -1);
    if (v.endsWith(".")) v = v.slice(0, -1);
    out.push(v);
  }
  return out;
}

/**
 * Explains a rate against k/n: "118 ÷ 120 = 98.33%，保留一位小数应为 98.3%", with the k that
 * would give the printed rate ("若办结 119 件，则为 99.2%"), a shorter spelling that would agree
 * ("写作“98%”则一致"), and a truncation or 100% note when they apply.
 */
export function explainRate(input: RateExplainInput): ArithmeticPayload {
  const locale = input.locale ?? "zh";
  const p = toPrintedPercent(input.rate);
  const check = checkRate(input.rate, input.k, input.n);
  const printed = `${p.value}%`;
  const unit = input.unit ?? "";
  if (check.computed === null) {
    return {
      printed,
      computed: "",
      expression: "",
      candidates: [],
      suggestion: locale === "en" ? "The denominator is zero, so the rate cannot be checked." : "分母为零，无法核对该比率。",
    };
  }
  const computed = `${displayPercent(input.k, input.n, p.d + 1)}%`;
  const expected = `${check.expected ?? ""}%`;
  const exactAtPrinted = toExactDecimal(check.computed, p.d) !== null;
  const head = divisionExpression(input.k, input.n, p.d);
  let expression = head;
  if (!exactAtPrinted) {
    const verb = check.mode === "round" ? (locale === "en" ? "is" : "为") : locale === "en" ? "should be" : "应为";
    expression =
      locale === "en" ? `${head}, which ${roundingPhrase(p.d, "en")} ${verb} ${expected}` : `${head}，${roundingPhrase(p.d)}${verb} ${expected}`;
  }
  const candidates: string[] = [];
  const k = toRational(input.k);
  const n = toRational(input.n);
  if (!check.consistent && isInteger(n)) {
    const kk = numeratorForRate(input.rate, n.num, k);
    if (kk !== null && !(isInteger(k) && kk === k.num)) {
      const gives = `${formatPercent(kk, n.num, p.d)}%`;
      candidates.push(
        locale === "en"
          ? `with ${input.numeratorLabel ? `${input.numeratorLabel} = ` : "a numerator of "}${kk}${unit}, it would be ${gives}`
          : `若${input.numeratorLabel ?? "分子为"} ${kk} ${unit}，则为 ${gives}`.replace(/ +，/u, "，"),
      );
    }
  }
  if (!check.consistent && input.denominatorLabel && isInteger(k) && k.num > 0n) {
    const nn = denominatorForRate(input.rate, k.num, n);
    if (nn !== null && !(isInteger(n) && nn === n.num)) {
      const gives = `${formatPercent(k.num, nn, p.d)}%`;
      candidates.push(
        locale === "en"
          ? `with ${input.denominatorLabel} = ${nn}${unit}, it would be ${gives}`
          : `若${input.denominatorLabel} ${nn} ${unit}，则为 ${gives}`.replace(/ +，/u, "，"),
      );
    }
  }
  if (!check.consistent && p.approx === "exact") {
    const shorter = trimTrailingZeroForms(p.value).find((v) => checkRate(v, input.k, input.n).consistent);
    if (shorter !== undefined) candidates.push(locale === "en" ? `printed as "${shorter}%" it would agree` : `写作“${shorter}%”则一致`);
  }
  if (check.mode === "truncate") {
    candidates.push(
      locale === "en"
        ? `${printed} is ${computed} cut off rather than rounded; rounded it is ${expected}`
        : `${printed} 是 ${computed} 直接舍去尾数的结果，按四舍五入应为 ${expected}`,
    );
  }
  if (check.strictViolation === "full") {
    candidates.push(
      locale === "en"
        ? `100% means all, but ${numberText(input.k)} is fewer than ${numberText(input.n)}`
        : `100% 表示全部，但 ${numberText(input.k)} 少于 ${numberText(input.n)}`,
    );
  } else if (check.strictViolation === "zero") {
    candidates.push(locale === "en" ? `0% means none, but the count is ${numberText(input.k)}` : `0% 表示没有，但实际为 ${numberText(input.k)}`);
  }
  const what = countNoun(input.numeratorLabel, unit, locale);
  let suggestion: string;
  if (check.consistent) suggestion = "";
  else if (locale === "en") suggestion = what && input.rateName ? `Please check ${what} or ${input.rateName}.` : "Please check the figures.";
  else suggestion = what && input.rateName ? `请核对${what}或${input.rateName}。` : "请核对相关数字。";
  return { printed, computed, expression, candidates, suggestion };
}

/** Input of `explainInfeasibleRate`: a printed rate and the only denominator the text gives. */
export type InfeasibleExplainInput = Omit<RateExplainInput, "k">;

/**
 * Explains why no whole count gives the printed rate: "办结14件为 14 ÷ 15 = 93.3%，全部办结为 100%",
 * "没有任何办结件数能得到 99%".
 */
export function explainInfeasibleRate(input: InfeasibleExplainInput): ArithmeticPayload {
  const locale = input.locale ?? "zh";
  const p = toPrintedPercent(input.rate);
  const g = grimCheck(input.rate, input.n);
  const unit = input.unit ?? "";
  const printed = `${p.value}%`;
  const neighbours = [g.below, g.above].filter((x): x is FeasibleNeighbour => x !== null);
  const computed = neighbours.map((x) => `${x.shown}%`).join(locale === "en" ? " or " : " 或 ");
  const expression = neighbours.map((x) => `${x.k} ÷ ${x.n} = ${x.shown}%`).join(locale === "en" ? ", " : "，");
  const label = input.numeratorLabel;
  const candidates = neighbours.map((x) => {
    if (!label) return `${x.k} ÷ ${x.n} = ${x.shown}%`;
    if (locale === "en") return x.k === x.n ? `all ${label}: ${x.shown}%` : `${label} ${x.k}${unit}: ${x.k} ÷ ${x.n} = ${x.shown}%`;
    return x.k === x.n ? `全部${label}为 ${x.shown}%` : `${label}${x.k}${unit}为 ${x.k} ÷ ${x.n} = ${x.shown}%`;
  });
  const what = countNoun(label, unit, locale);
  const whole = countNoun(input.denominatorLabel, unit, locale);
  let suggestion: string;
  if (g.feasible) suggestion = "";
  else if (locale === "en") {
    suggestion = `No whole ${what ? what.replace(/^the /u, "") : "number"} gives ${printed}. Please check ${whole ?? "the denominator"} or ${input.rateName ?? "the rate"}.`;
  } else {
    suggestion = `没有任何${what ?? "整数"}能得到 ${printed}。请核对${whole ?? "相关数字"}或${input.rateName ?? "百分比"}。`;
  }
  return { printed, computed, expression, candidates, suggestion };
}

/** Input of `explainPartWhole`: the same as `checkPartWhole`, plus the locale. */
export interface PartWholeExplainInput {
  readonly whole: PrintedInput;
  readonly parts: readonly PrintedInput[];
  readonly exhaustive: boolean;
  readonly disjoint?: boolean;
  readonly locale?: MessageLocale;
}

function inDisplay(value: Rational, displayExp: number): string {
  const r = div(value, pow10(displayExp));
  return toExactDecimal(r) ?? toFixed(r, 4);
}

function termText(v: NormalizedValue): string {
  return `${v.value}${v.displayUnit}`;
}

/** The conventional range of a hedged whole, for the WARN text ("3000 至 3999 份"). */
function softRangeText(v: NormalizedValue, soft: Interval, locale: MessageLocale): string | null {
  if (soft.hi === null || v.approx === "exact") return null;
  const countLike = !v.rounded && v.exp >= 0;
  const hi = soft.hiOpen && countLike && isInteger(soft.hi) ? sub(soft.hi, { num: 1n, den: 1n }) : soft.hi;
  const lo = inDisplay(soft.lo, v.displayExp);
  const hiText = inDisplay(hi, v.displayExp);
  return locale === "en" ? `${lo} to ${hiText} ${v.displayUnit}`.trim() : `${lo} 至 ${hiText} ${v.displayUnit}`.trim();
}

/**
 * Explains a part–whole comparison: "21件 + 27件 + 81件 = 129件", "比总数多 62 件",
 * "「线上调解81件」一项已超过总数", and what to check.
 */
export function explainPartWhole(input: PartWholeExplainInput): ArithmeticPayload & { readonly result: PartWholeResult } {
  const locale = input.locale ?? "zh";
  const result = checkPartWhole(input);
  const whole = normalizeValue(input.whole);
  const parts = input.parts.map(normalizeValue);
  const all = [whole, ...parts];
  const display = all.reduce((a, b) => (b.displayExp < a.displayExp ? b : a), whole);
  const unit = display.displayUnit;
  const total = `${inDisplay(result.sum, display.displayExp)}${unit}`;
  const expression = sumExpression(parts.map(termText), total);
  const candidates: string[] = [];
  const diff = result.difference;
  const absDiff = inDisplay(diff.num < 0n ? { num: -diff.num, den: diff.den } : diff, display.displayExp);
  if (diff.num !== 0n) {
    if (input.exhaustive) candidates.push(locale === "en" ? `a difference of ${absDiff} ${unit}` : `相差 ${absDiff} ${unit}`);
    else if (diff.num > 0n) candidates.push(locale === "en" ? `${absDiff} ${unit} more than the total` : `比总数多 ${absDiff} ${unit}`);
  }
  for (const i of result.exceedingParts) {
    const part = parts[i];
    if (!part) continue;
    const quoted = `${part.label ?? ""}${termText(part)}`;
    candidates.push(locale === "en" ? `"${quoted}" alone exceeds the total` : `「${quoted}」一项已超过总数`);
  }
  const warnOnly = result.verdict === "warn";
  if (warnOnly) {
    const range = softRangeText(whole, valueIntervals(input.whole).soft, locale);
    const printedWhole = hedged(input.whole, whole);
    if (range) {
      candidates.push(
        locale === "en"
          ? `beyond the range "${printedWhole}" usually means (${range})`
          : `已超出“${printedWhole}”通常表示的范围（${range}）`,
      );
    }
  }
  const checks = new Set(result.findings.map((f) => f.check));
  let suggestion = "";
  if (result.verdict === "error" || result.verdict === "warn") {
    if (locale === "en") {
      if (checks.has("sum-exceeds-whole")) suggestion = "The parts should not add up to more than the total; please check the total or the parts.";
      else if (checks.has("sum-mismatch")) suggestion = "Please check the total or the parts.";
      else suggestion = "A part should not exceed its total; please check the total or that part.";
    } else if (checks.has("sum-exceeds-whole")) suggestion = "分项之和不应大于总数，请核对总数或各分项数字。";
    else if (checks.has("sum-mismatch")) suggestion = "请核对总数或各分项数字。";
    else suggestion = "分项不应大于总数，请核对总数或该分项数字。";
  }
  return { printed: termText(whole), computed: total, expression, candidates, suggestion, result };
}

const SUFFIX_HEDGES = ["余", "多", "左右", "以上", "及以上", "以下", "以内"];

/** The whole as printed with its hedge word on the right side ("3000余", "约2300"). */
function hedged(input: PrintedInput, v: NormalizedValue): string {
  const fallback = { exact: "", more: "余", about: "约", nearly: "近", atLeast: "以上", below: "不足", atMost: "以下" }[v.approx];
  const word = "approxWord" in input && input.approxWord ? input.approxWord : fallback;
  return SUFFIX_HEDGES.includes(word) ? `${v.value}${word}` : `${word}${v.value}`;
}
