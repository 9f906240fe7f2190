/**
 * stale-year: time words that were right when the text was drafted and are wrong where it is read —
 * 今年/本年度 for the report year in a text published (or being finished) in a later year, an
 * activity dated in the year before the report year told as this year's work, and an expired plan
 * period (十四五 in a 2026 report) used as the current frame. Docs: docs/rules/stale-year.md
 */
import {
  PLAN_CURRENT_VERBS,
  PLAN_DOCUMENT_WORDS,
  PLAN_NOT_CURRENT_WORDS,
  PLAN_PERIODS,
  type DateMention,
  type Profile,
  type Report,
  type Span,
} from "@reportlint/report-model";
import { createRule, type RuleContext } from "../rule.js";
import { matchesAny } from "@reportlint/parser";
import { partsAt } from "../util/parts.js";
import { literalPrefix, regExpOf } from "../util/regex-cache.js";
import { isRegExpSpace } from "../util/typography.js";

/** Parts whose narrative is the report year's own work. */
const CURRENT_PARTS = new Set(["measures", "leadership"]);
const PLAN_PART = "next-year-plan";

/** Headings that name another year's business: assessment follow-up, look-backs. */
const OTHER_YEAR_HEADING = /考核|反馈|整改|回顾|上一?年度?|去年/u;
/** After 今年 (but not 今年以来): the year of writing is meant (今年将…, 今年计划…). */
const FUTURE_AFTER = /^(?!以?来)[，,\s]?[^。；;，,！？\n]{0,10}?(?:将|拟|计划|力争|预计|争取)/u;

/** Right before an earlier date: a comparison, a starting point or a background clause. */
const DATE_SKIP_BEFORE = /(?:自|从|截至|截止|截止到|至|到|较|比|与|同|于|在|对|和|及|、|—|-|~|～|（|\()\s*$/u;
/** Right after an earlier date: a period running into the report year, or a comparison. */
const DATE_SKIP_AFTER = /^\s*(?:以来|来|起|开始|至今|以前|之前|前|以后|之后|后|同期|至|到|—|-|~|～|份以来)/u;
/**
 * After a year that opens its sentence: a comma (2024年，我局…) or the sentence going straight on
 * (2024年我局…, 2024年开展…) — not a part of the year (2024年底, 年初, 上半年, 全年, 第一季度, 以来),
 * nor a statement about the year itself (2024年是…之年, 2024年的).
 */
const OPENER_AFTER = /^(?:\s*[，,]|(?![底末初中前后以来起至到度上下全第内间同的之是为])\p{Script=Han})/u;
/** 新修订的 describes what was studied, not when it took effect. */
const NEWLY = /新(?:修订|修正|施行|出台|颁布|公布)的?/gu;
/** Clause words that make an earlier date context, history or a comparison, not this year's work. */
const DATE_SKIP_CLAUSE = /同比|环比|相比|比较|以来|至今|累计|成立|组建|挂牌|获评|荣获|被评为|表彰|授予|命名|考核|评估|决算|预算|总结|连续|颁布|公布|施行|修订|修正|出台/u;

/** Sentence punctuation: a line with none is a label or a heading, not prose. */
const PROSE = /[，,。；;]/u;
const CLAUSE_END = "，,。；;！？!?\n";
const SENTENCE_END = "。；;！？!?\n";
/** Full stops only: a semicolon joins the halves of a comparison (2024年，…；2025年，…). */
const FULL_STOP = "。！？!?\n";

// How far a clause or sentence is followed from a mention, each way. Real sentences are far shorter;
// without a bound a text with no sentence end is read again for every mention (quadratic time).
const MAX_REACH = 400;

/** The run of text around `span` between two of the `ends` characters (at most MAX_REACH each way). */
function around(text: string, span: Span, ends: string): Span {
  let start = span[0];
  const first = Math.max(0, span[0] - MAX_REACH);
  while (start > first && !ends.includes(text[start - 1]!)) start--;
  let end = span[1];
  const last = Math.min(text.length, span[1] + MAX_REACH);
  while (end < last && !ends.includes(text[end]!)) end++;
  return [start, end];
}


function insideAny(spans: readonly Span[], at: number): boolean {
  for (const span of spans) if (at >= span[0] && at < span[1]) return true;
  return false;
}

/** The writer's own words before `at` in its clause: titles (《…》, and one still open there) left out. */
function verbZone(text: string, clauseStart: number, at: number): string {
  const before = text.slice(clauseStart, at).replace(/《[^《》]*》/gu, "");
  const open = before.lastIndexOf("《");
  return open >= 0 ? before.slice(0, open) : before;
}

/** ISO date → its year, or null. */
const yearOf = (iso: string | null | undefined) => (iso && /^\d{4}-\d\d-\d\d$/u.test(iso) ? Number(iso.slice(0, 4)) : null);

interface Place {
  /** Whether the offset is inside the next-year plan. */
  readonly plan: boolean;
  /** Whether the offset is in the report year's own narrative (part 1, the leadership part, or a topical section). */
  readonly current: boolean;
  /** Whether a heading on the way up names a year other than the report year, or another year's business. */
  readonly otherYear: boolean;
  /** Whether a heading on the way up names a year after the report year (2026年工作思路). */
  readonly laterYear: boolean;
}

/**
 * Index of the paragraph holding an offset, for offsets visited in increasing order (a fresh cursor
 * per pass over the text); -1 past the end.
 */
function paragraphCursor(report: Report): (offset: number) => number {
  let i = 0;
  return (offset) => {
    while (i < report.paragraphs.length && report.paragraphs[i]!.span[1] < offset) i++;
    return i < report.paragraphs.length ? i : -1;
  };
}

function placeFinder(report: Report, profile: Profile, year: number) {
  const { headings, paragraphs, dates } = report;
  // By push, not map: one array layout whether a text has headings or not.
  const headingOtherYear: boolean[] = [];
  const headingLaterYear: boolean[] = [];
  for (const h of headings) {
    headingOtherYear.push(OTHER_YEAR_HEADING.test(h.text));
    headingLaterYear.push(false);
  }
  // A plain year of its own (2023年度…整改情况, 2026年工作计划); titles, numbers and plan ranges are names.
  const paragraphOf = paragraphCursor(report);
  for (const d of dates) {
    if (d.context !== "plain" || d.year === null || d.year === year) continue;
    const at = paragraphs[paragraphOf(d.span[0])]?.heading ?? null;
    const h = at === null ? undefined : headings[at];
    if (!h || d.span[0] < h.span[0] || d.span[1] > h.span[1]) continue;
    headingOtherYear[at!] = true;
    if (d.year > year) headingLaterYear[at!] = true;
  }
  return (offset: number, paragraphIndex: number): Place => {
    const parts = partsAt(report, profile, offset);
    const paragraph = paragraphs[paragraphIndex];
    let otherYear = false;
    let laterYear = false;
    for (let at = paragraph?.heading ?? null; at !== null; at = headings[at]?.parent ?? null) {
      otherYear ||= headingOtherYear[at]!;
      laterYear ||= headingLaterYear[at]!;
    }
    const topical = parts.length === 0 && paragraph?.heading !== null && paragraph?.heading !== undefined;
    return {
      plan: parts.includes(PLAN_PART),
      current: topical || (parts.length > 0 && parts.every((p) => CURRENT_PARTS.has(p))),
      otherYear,
      laterYear,
    };
  };
}

export default createRule({
  id: "stale-year",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "不应把已过去的年份当作当前：跨年发布时的“今年”、上一年的活动写成本年度工作、已到期的规划期",
        en: "Earlier years must not read as the present: 今年 in a text published the next year, last year's events told as this year's work, expired plan periods",
      },
      recommended: true,
    },
    // Every finding is at most a warning, whatever the configured level: the words may be deliberate.
    defaultSeverity: "warning",
    fixable: "suggestion",
    messages: {
      relativePublished: {
        zh: "「{{word}}」在此指报告年度{{year}}年，但本文发布时间为{{date}}，读者会理解为{{dateYear}}年；请写明「{{replacement}}」",
        en: '"{{word}}" here means the report year {{year}}, but the text was published on {{date}}, so readers take it as {{dateYear}}; write "{{replacement}}"',
      },
      relativeToday: {
        zh: "「{{word}}」在此指报告年度{{year}}年，但今天（{{date}}）已是{{dateYear}}年，发布时读者会理解为{{dateYear}}年；请写明「{{replacement}}」",
        en: '"{{word}}" here means the report year {{year}}, but today ({{date}}) is in {{dateYear}}, so readers of the published text take it as {{dateYear}}; write "{{replacement}}"',
      },
      replace: {
        zh: "改为「{{replacement}}」",
        en: 'Replace with "{{replacement}}"',
      },
      earlierActivity: {
        zh: "「{{date}}」是{{dateYear}}年的事，却写在{{year}}年度的工作举措中；请核对年份，或删去上一年度的工作",
        en: '"{{date}}" is in {{dateYear}}, but it is told among the work of {{year}}; check the year, or leave out the earlier year\'s work',
      },
      expiredPlan: {
        zh: "「{{period}}」的规划期为{{start}}—{{end}}年，已经结束，{{year}}年度报告不宜再把它作为当前规划；请核对是否应改为现行规划",
        en: '"{{period}}" ran from {{start}} to {{end}} and is over; a report for {{year}} should not use it as the current plan',
      },
    },
  },
  create(context) {
    const report = context.document;
    const year = context.settings.reportYear;
    // A year guessed from the body or the publication date of a text of no known kind (a news story
    // opening "2024年以来…") is too weak to call anything in it stale.
    const source = report.meta.reportYear?.source;
    const guessed = report.meta.profileSource === "default" && (source === "body" || source === "published");
    if (year === null || (guessed && report.meta.reportYear?.value === year)) return;
    const chrome: Span[] = [];
    for (const c of report.chrome) chrome.push(c.span);
    const tables: Span[] = [];
    for (const t of report.tables) tables.push(t.span);
    const scope: Scope = {
      context,
      report,
      text: report.text,
      year,
      chrome,
      tables,
      placeOf: placeFinder(report, context.settings.profile, year),
      // Mentions of the report year or later (outside document numbers), for the sentence checks.
      notEarlier: report.dates.filter((d) => d.year !== null && d.year >= year && d.context !== "document-number"),
    };
    checkRelativeYears(scope);
    checkEarlierActivities(scope);
    checkExpiredPlans(scope);
  },
});

// The three checks of create, each a function of its own: one that deoptimises is recompiled
// alone, not the whole rule (the rule in one piece took 30-100 ms of compiler time per compile).

type Context = RuleContext<unknown, "relativePublished" | "relativeToday" | "replace" | "earlierActivity" | "expiredPlan">;

/** What the checks share. */
interface Scope {
  readonly context: Context;
  readonly report: Report;
  readonly text: string;
  readonly year: number;
  /** Spans of page furniture and of tables, in text order. */
  readonly chrome: readonly Span[];
  readonly tables: readonly Span[];
  readonly placeOf: ReturnType<typeof placeFinder>;
  readonly notEarlier: readonly DateMention[];
}

/** The paragraph holding `offset` when it is body text or a heading, else -1. */
function bodyAt(report: Report, paragraphOf: (offset: number) => number, offset: number): number {
  const i = paragraphOf(offset);
  const kind = report.paragraphs[i]?.kind;
  return kind === "body" || kind === "heading" ? i : -1;
}

/** Body text: a body paragraph, or the text after a run-in heading (（一）加强领导。2024年10月…). */
function inBodyText(report: Report, paragraph: number, at: number): boolean {
  const p = report.paragraphs[paragraph];
  if (p?.kind === "body") return true;
  const h = p?.kind === "heading" && p.heading !== null ? report.headings[p.heading] : undefined;
  return h !== undefined && h.runIn && h.span[1] <= at;
}

function startsSentence(report: Report, paragraph: number, at: number): boolean {
  const { text } = report;
  const p = report.paragraphs[paragraph]!;
  const h = p.kind === "heading" && p.heading !== null ? report.headings[p.heading] : undefined;
  let k = at;
  while (k > p.contentSpan[0] && isRegExpSpace(text.charCodeAt(k - 1))) k--;
  return k === p.contentSpan[0] || (h !== undefined && k <= h.span[1]) || "。；;！？!?".includes(text[k - 1]!);
}

/** Table labels broken into lines by a PDF (信息内容本年处理决定数量) are not sentences. */
function inProse(report: Report, paragraph: number): boolean {
  return PROSE.test(report.text.slice(...report.paragraphs[paragraph]!.contentSpan));
}

/** Whether the span names a year from `from` on. */
function yearFromIn(notEarlier: readonly DateMention[], span: Span, from: number): boolean {
  return notEarlier.some((d) => d.span[0] >= span[0] && d.span[1] <= span[1] && d.year! >= from);
}

/** 1. 今年/本年度 read in a later year. */
function checkRelativeYears({ context, report, text, year, tables, placeOf, notEarlier }: Scope): void {
  const published = yearOf(report.meta.publishedAt?.date);
  const today = yearOf(context.settings.today);
  const reference = published !== null ? { date: report.meta.publishedAt!.date, dateYear: published, messageId: "relativePublished" as const } : today !== null ? { date: context.settings.today!, dateYear: today, messageId: "relativeToday" as const } : null;
  if (!reference || reference.dateYear <= year) return;
  const paragraphOf = paragraphCursor(report);
  for (const word of report.relativeYears) {
    if (word.offset !== 0 || word.context !== "plain" || insideAny(tables, word.span[0])) continue;
    const paragraph = bodyAt(report, paragraphOf, word.span[0]);
    if (paragraph < 0 || !inProse(report, paragraph)) continue;
    const place = placeOf(word.span[0], paragraph);
    // Under a follow-up or look-back heading 今年 still means the report year; under 2026年… the new one.
    if (place.plan || place.laterYear) continue;
    if (FUTURE_AFTER.test(text.slice(word.span[1], word.span[1] + 14))) continue;
    if (yearFromIn(notEarlier, around(text, word.span, FULL_STOP), year + 1)) continue;
    const replacement = `${year}${word.raw.endsWith("度") ? "年度" : "年"}`;
    const data = { word: word.raw, year, date: reference.date, dateYear: reference.dateYear, replacement };
    context.report({
      messageId: reference.messageId,
      data,
      span: word.span,
      // 本年度 is also read as "the year this report covers"; 今年 only as the year of reading.
      severity: word.raw.startsWith("本") ? "info" : "warning",
      suggestions: [{ messageId: "replace", data: { replacement }, fix: { span: word.span, text: replacement } }],
    });
  }
}

/** 2. An activity of the year before told as this year's work. */
function checkEarlierActivities({ context, report, text, year, tables, placeOf, notEarlier }: Scope): void {
  const paragraphOfDate = paragraphCursor(report);
  for (const d of report.dates) {
    if (d.context !== "plain" || d.malformed !== null || d.year !== year - 1 || d.rangeEnd !== null) continue;
    if (insideAny(tables, d.span[0])) continue;
    const paragraph = paragraphOfDate(d.span[0]);
    if (!inBodyText(report, paragraph, d.span[0])) continue;
    const monthDated = d.month !== null && d.month <= 11;
    // "2024年，我局…" or "2024年我局…" opening a sentence: the whole sentence is that year's.
    const opening = d.month === null && !d.raw.endsWith("度") && startsSentence(report, paragraph, d.span[0]) && OPENER_AFTER.test(text.slice(d.span[1], d.span[1] + 2));
    if (!monthDated && !opening) continue;
    const place = placeOf(d.span[0], paragraph);
    if (!place.current || place.otherYear) continue;
    const clause = around(text, d.span, CLAUSE_END);
    if (DATE_SKIP_BEFORE.test(text.slice(clause[0], d.span[0]))) continue;
    if (DATE_SKIP_AFTER.test(text.slice(d.span[1], clause[1]))) continue;
    // A date set off by a comma ("2024年，" / "2024年11月，") governs its sentence; a dated clause only itself.
    const scope = opening || /^\s*[，,]/u.test(text.slice(d.span[1], d.span[1] + 2)) ? around(text, d.span, SENTENCE_END) : clause;
    if (DATE_SKIP_CLAUSE.test(text.slice(...scope).replace(NEWLY, "")) || yearFromIn(notEarlier, around(text, d.span, FULL_STOP), year)) continue;
    context.report({ messageId: "earlierActivity", data: { date: d.raw, dateYear: d.year, year }, span: d.span, severity: "warning" });
  }
}

/** 3. Expired plan periods used as the current frame. */
function checkExpiredPlans({ context, report, text, year, chrome, tables }: Scope): void {
  const reportPlan = (paragraphOf: (offset: number) => number, span: Span, period: string, start: number, end: number) => {
    if (end >= year || insideAny(chrome, span[0]) || insideAny(tables, span[0])) return;
    if (bodyAt(report, paragraphOf, span[0]) < 0) return;
    const clause = around(text, span, CLAUSE_END);
    const words = text.slice(...clause);
    if (PLAN_NOT_CURRENT_WORDS.some((w) => words.includes(w))) return;
    // A later period in the sentence (谋划“十五五”) makes this one the period before it.
    const sentence = text.slice(...around(text, span, SENTENCE_END));
    if (PLAN_PERIODS.some((p) => p.start > end && matchesAny([p.pattern], sentence))) return;
    const before = verbZone(text, clause[0], span[0]);
    if (!PLAN_CURRENT_VERBS.some((v) => before.includes(v))) return;
    context.report({ messageId: "expiredPlan", data: { period, start, end, year }, span, severity: "warning" });
  };
  // Every match starts with the pattern's plain first characters (十四五): most texts lack them.
  const held = prefixesHeld(text);
  for (let k = 0; k < PLAN_PERIODS.length; k++) {
    const period = PLAN_PERIODS[k]!;
    if (!held[k]) continue;
    const paragraphOf = paragraphCursor(report);
    for (const m of text.matchAll(regExpOf(period.pattern, "gu"))) {
      reportPlan(paragraphOf, [m.index, m.index + m[0].length], m[0], period.start, period.end);
    }
  }
  const paragraphOfRange = paragraphCursor(report);
  for (const d of report.dates) {
    if (d.rangeEnd === null || d.year === null || d.malformed !== null || !namesPlanDocument(text, d)) continue;
    reportPlan(paragraphOfRange, d.span, d.raw, d.year, d.rangeEnd);
  }
}

/**
 * For each of PLAN_PERIODS, whether the text holds its pattern's literal prefix (always, for one
 * without). The prefixes share their last characters (五): the text is searched once for each of
 * those, and the prefixes are compared where it holds one, instead of a search of the text per period.
 */
function prefixesHeld(text: string): boolean[] {
  const held: boolean[] = [];
  const byLast = new Map<string, number[]>();
  for (let k = 0; k < PLAN_PERIODS.length; k++) {
    const prefix = literalPrefix(PLAN_PERIODS[k]!.pattern);
    held.push(prefix === "");
    if (prefix === "") continue;
    const last = prefix.at(-1)!;
    const list = byLast.get(last) ?? [];
    list.push(k);
    byLast.set(last, list);
  }
  for (const [last, periods] of byLast) {
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
      for (const k of periods) {
        const prefix = literalPrefix(PLAN_PERIODS[k]!.pattern);
        if (!held[k] && at + 1 >= prefix.length && text.startsWith(prefix, at + 1 - prefix.length)) held[k] = true;
      }
    }
  }
  return held;
}

/** Whether a year range is the period of a plan document: 纲要（2021—2025年）, 规划(2021-2025年). */
function namesPlanDocument(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.span[0] - 6), d.span[0]).replace(/[（(\s]+$/u, "");
  return PLAN_DOCUMENT_WORDS.some((w) => before.endsWith(w));
}
