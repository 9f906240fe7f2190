/**
 * report-year: the years a report states about itself must agree — the title year with the body's
 * statements of the report year (现将我局2023年度…报告如下, 一、2023年推进…), the next-year plan with the
 * report year + 1 (四、2025年度工作计划 in a 2024 report), and the publication date with the
 * profile's deadline (第二十四条: a report for year Y is published before 1 April of Y + 1; 政府信息公开:
 * by 31 January for a department, by 31 March for a government).
 * Docs: docs/rules/report-year.md
 */
import { firstIndexNotBefore, matchesAny } from "@reportlint/parser";
import type { DateMention, Deadline, Profile, Report, Span } from "@reportlint/report-model";
import { createRule, type RuleContext } from "../rule.js";
import { partsAt, partsOfHeadingText } from "../util/parts.js";
import { isRegExpSpace } from "../util/typography.js";

const PLAN = "next-year-plan";
/** Parts whose top-level heading may open with the report year (一、2024年推进…). */
const REPORT_YEAR_PARTS = new Set(["measures", "shortcomings", "causes", "leadership"]);
/** Headings that name another year on purpose: plans, last year's assessment and its follow-up. */
const OTHER_YEAR_WORDS = /安排|计划|打算|思路|下一|下步|展望|目标|考核|反馈|整改|改进|上一?年/u;
/** A heading of the plan part: it looks ahead and does not report what was done. */
const PLAN_WORDS = /计划|安排|打算|思路|展望|下一?步|下一?年/u;
const DONE_WORDS = /情况|成效|举措|完成|回顾|总结|考核|反馈|整改|改进/u;
const PRESENTS_REPORT = /现将|现就|现把|特将/u;
const REPORTS = /报告|汇报/u;
/**
 * A plan sentence's opening: the year, an optional comma, a short subject and a word of intent
 * (2025年，我局将…, 2025年区人社局要…, 2025年度，拟…). Words that also tell what was done (持续, 继续)
 * are not intent.
 */
const PLAN_OPENING = /^[ \u3000]*[，,]?[ \u3000]*[^，,。；;：:、\d]{0,8}?(?:将|要|拟|计划|力争|打算|准备)/u;
const MAX_OPENING_PARAGRAPHS = 5;
const NOT_A_REPORT = /要点|计划|安排|方案|意见|通知|规划/u;

/** opening: the year that opens the first paragraph (2024年，我局…), a less explicit statement. */
type Source = "title" | "present" | "heading" | "opening";
interface Statement {
  readonly year: number;
  readonly mention: DateMention;
  readonly source: Source;
}

const isBareYear = (d: DateMention) => d.year !== null && d.month === null && d.rangeEnd === null && d.malformed === null;
const pad = (n: number) => String(n).padStart(2, "0");

export default createRule({
  id: "report-year",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "报告年度应前后一致：标题与正文、下一年度安排的年份、发布时间与公开期限",
        en: "The report year must agree across the title and the body, the next-year plan and the publication deadline",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      bodyVsTitle: {
        zh: "正文「{{found}}」与标题的年度（{{year}}年）不一致",
        en: 'The body says "{{found}}" but the title gives the year {{year}}',
      },
      titleVsBody: {
        zh: "标题年度「{{found}}」与正文不一致：正文{{count}}处表明报告年度为{{year}}年（含下一年度安排的年份）",
        en: 'The title says "{{found}}" but {{count}} places in the body point to the year {{year}} (the plan\'s year counted as the year after)',
      },
      bodyVsBody: {
        zh: "正文「{{found}}」与报告年度（{{year}}年）不一致",
        en: 'The body says "{{found}}" but the report year is {{year}}',
      },
      vsOption: {
        zh: "「{{found}}」与指定的报告年度（{{year}}年）不一致",
        en: 'The text says "{{found}}" but the report year given is {{year}}',
      },
      planYear: {
        zh: "下一年度安排应为{{expected}}年，此处写作「{{found}}」（本报告为{{year}}年度）",
        en: 'The plan for the next year should name {{expected}}, not "{{found}}" (this is the report for {{year}})',
      },
      late: {
        zh: "{{year}}年度报告应于{{due}}向社会公开（{{basis}}），发布时间{{published}}已逾期{{practice}}",
        en: "The report for {{year}} is due {{due}} ({{basis}}); published {{published}}, it is late{{practice}}",
      },
      early: {
        zh: "发布时间{{published}}早于{{year}}年度结束，报告年度或发布时间可能有误",
        en: "Published {{published}}, before the end of {{year}}, the year it reports on: the year or the date may be wrong",
      },
    },
  },
  create(context) {
    const { document: report, settings } = context;
    const { meta } = report;
    // A text not recognised as a report of the profile (a news page, a 政府工作报告) has no parts
    // or deadlines to check.
    // Nor has a plan or notice that merely names the subject (2025年法治政府建设工作要点).
    const notReport = meta.title !== null && NOT_A_REPORT.test(meta.title.text) && !/报告|总结/u.test(meta.title.text);
    const recognised = meta.profileSource !== "default" && !notReport;
    const titleYear = meta.title ? datesIn(report.dates, meta.title.span[0], meta.title.span[1]).find((d) => d.context === "title" && isBareYear(d)) : undefined;
    const { statements, plans } = yearMentions(report, settings.profile, recognised, titleYear);
    // A year set by the caller (settings differing from what the parser read) is an option too.
    const given = settings.reportYear !== null && settings.reportYear !== meta.reportYear?.value;
    const source = given ? "option" : (meta.reportYear?.source ?? null);
    const verdict = checkStatements(context, statements, plans, titleYear, source);
    if (verdict === null) return;
    checkPlans(context, plans, verdict.year, verdict.certain);
    // The publication date against the profile's binding deadlines.
    if (!recognised || !meta.publishedAt || source === "published") return;
    checkPublication(context, verdict.year, verdict.certain);
  },
});

/** What create hands the steps below. */
type Context = RuleContext<unknown, "bodyVsTitle" | "titleVsBody" | "bodyVsBody" | "vsOption" | "planYear" | "late" | "early">;

// The steps of create, each a function of its own: one that deoptimises is recompiled alone, not
// the whole rule (a compile of the rule in one piece took 30-100 ms of compiler time).

/** A plan's year: the last year of a plan-part heading, or a year opening a plan sentence. */
interface PlanMention {
  readonly mention: DateMention;
  readonly heading: boolean;
}

/** The first non-space offset in [at, end), or end. */
function firstNonSpace(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isRegExpSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The last of the mentions (in text order) that starts at `at`, by bisection. */
function dateStartingAt(dates: readonly DateMention[], at: number): DateMention | undefined {
  const i = firstIndexNotBefore(dates.length, (k) => dates[k]!.span[0] <= at) - 1;
  return i >= 0 && dates[i]!.span[0] === at ? dates[i] : undefined;
}

/** The mentions inside [s, e); mentions are in text order: the first is found by bisection. */
function datesIn(dates: readonly DateMention[], s: number, e: number): DateMention[] {
  const found: DateMention[] = [];
  for (let i = firstIndexNotBefore(dates.length, (k) => dates[k]!.span[0] < s); i < dates.length && dates[i]!.span[0] < e; i++) {
    if (dates[i]!.span[1] <= e) found.push(dates[i]!);
  }
  return found;
}

/**
 * Statements of the report year (the title, a 现将…报告如下 sentence, a part's top-level heading, a
 * year opening the first paragraph) and the plan's years, in text order of each kind.
 */
function yearMentions(
  report: Report,
  profile: Profile,
  recognised: boolean,
  titleYear: DateMention | undefined,
): { statements: Statement[]; plans: PlanMention[] } {
  const { text, dates } = report;
  const statements: Statement[] = [];
  if (titleYear) statements.push({ year: titleYear.year!, mention: titleYear, source: "title" });
  const opening = new Set<number>();
  let lastOpening = -1;
  for (let i = 0; i < report.paragraphs.length && opening.size < MAX_OPENING_PARAGRAPHS; i++) {
    if (report.paragraphs[i]!.kind !== "body") continue;
    opening.add(i);
    lastOpening = i;
  }
  const first = report.paragraphs.find((p) => p.kind === "body");
  const opener = first && first.heading === null ? dateStartingAt(dates, first.contentSpan[0]) : undefined;
  if (opener && opener.context === "plain" && isBareYear(opener) && /^[ \u3000]*[，,]/u.test(text.slice(opener.span[1], opener.span[1] + 2))) {
    statements.push({ year: opener.year!, mention: opener, source: "opening" });
  }
  for (const clause of report.clauses) {
    // Clauses are in text order: none after the opening paragraphs' is in one.
    if (clause.paragraph > lastOpening) break;
    if (!opening.has(clause.paragraph)) continue;
    const words = text.slice(clause.span[0], clause.span[1]);
    const presents = PRESENTS_REPORT.exec(words);
    const reports = presents && REPORTS.exec(words.slice(presents.index));
    if (!presents || !reports) continue;
    const from = clause.span[0] + presents.index;
    const d = datesIn(dates, from, from + reports.index).find((m) => m.context === "plain" && isBareYear(m));
    if (d) statements.push({ year: d.year!, mention: d, source: "present" });
  }
  const plans: PlanMention[] = [];
  if (!recognised) return { statements, plans };
  for (const h of report.headings) {
    const parts = partsOfHeadingText(h.text, profile);
    if (parts.includes(PLAN) && PLAN_WORDS.test(h.text) && !DONE_WORDS.test(h.text)) {
      // 三、2024年存在的问题和2025年工作打算 names the report year too: the plan's year is the last one.
      const years = datesIn(dates, h.markerSpan[1], h.span[1]).filter((m) => m.context === "plain" && isBareYear(m));
      if (years.length > 0) plans.push({ mention: years.at(-1)!, heading: true });
      continue;
    }
    if (h.depth !== 1 || OTHER_YEAR_WORDS.test(h.text) || !parts.some((p) => REPORT_YEAR_PARTS.has(p))) continue;
    const d = dateStartingAt(dates, firstNonSpace(text, h.markerSpan[1], h.span[1]));
    if (d && isBareYear(d)) statements.push({ year: d.year!, mention: d, source: "heading" });
  }
  // Clauses and dates are both in text order: a cursor finds the date a clause starts with.
  let next = 0;
  for (const clause of report.clauses) {
    const at = firstNonSpace(text, clause.span[0], clause.span[1]);
    while (next < dates.length && dates[next]!.span[0] < at) next++;
    let d: DateMention | undefined;
    // The last of the dates starting there (dateStartingAt's answer).
    for (let k = next; k < dates.length && dates[k]!.span[0] === at; k++) d = dates[k];
    if (!d || !isBareYear(d) || d.context !== "plain" || report.paragraphs[clause.paragraph]?.kind !== "body") continue;
    // The part first: it is looked up, where the pattern reads the clause.
    if (partsAt(report, profile, d.span[0]).includes(PLAN) && PLAN_OPENING.test(text.slice(d.span[1], clause.span[1]))) {
      plans.push({ mention: d, heading: false });
    }
  }
  return { statements, plans };
}

/** A statement read from the first paragraph's opening year is less sure: its findings are warnings. */
const weakSeverity = (s: Statement) => (s.source === "opening" ? ("warning" as const) : undefined);

/**
 * Reports the statements that disagree with the report year, and returns the year the report covers
 * (null when unknown) and whether it is certain: the option; else the title's, unless the body (with
 * the plan's year − 1) agrees on another year at least twice and never on the title's: then the
 * title is the odd one out.
 */
function checkStatements(
  context: Context,
  statements: readonly Statement[],
  plans: readonly PlanMention[],
  titleYear: DateMention | undefined,
  source: string | null,
): { year: number; certain: boolean } | null {
  const body = statements.filter((s) => s.source !== "title");
  const votes: number[] = [];
  for (const s of body) votes.push(s.year);
  for (const p of plans) votes.push(p.mention.year! - 1);
  let base = context.settings.reportYear;
  // Only the option and the title state the year for certain; a year read from the body may be
  // the very statement that is wrong.
  let certain = base !== null && (source === "option" || source === "title");
  if (source === "option") {
    for (const s of statements) {
      if (s.year !== base) context.report({ messageId: "vsOption", data: { found: s.mention.raw, year: base! }, span: s.mention.span, severity: weakSeverity(s) });
    }
  } else if (titleYear) {
    // The votes for another year than the title's, counted in a loop (filter + every was a deopt site).
    let others = 0;
    let first = 0;
    let allSame = true;
    for (const y of votes) {
      if (y === titleYear.year) continue;
      if (others === 0) first = y;
      else if (y !== first) allSame = false;
      others++;
    }
    const oddTitle = others >= 2 && others === votes.length && allSame;
    if (oddTitle) {
      base = first;
      context.report({ messageId: "titleVsBody", data: { found: titleYear.raw, year: base, count: others }, span: titleYear.span });
    } else {
      base = titleYear.year;
      for (const s of body) {
        if (s.year !== base) context.report({ messageId: "bodyVsTitle", data: { found: s.mention.raw, year: base! }, span: s.mention.span, severity: weakSeverity(s) });
      }
    }
    certain = true;
  } else if (base !== null) {
    // Without a title the year most of the body points to is the likeliest; which statement is
    // wrong is not certain, so these are warnings.
    base = majority(votes) ?? base;
    for (const s of body) {
      if (s.year !== base) context.report({ messageId: "bodyVsBody", data: { found: s.mention.raw, year: base }, span: s.mention.span, severity: "warning" });
    }
  }
  return base === null ? null : { year: base, certain };
}

/**
 * The next-year plan names year + 1. A heading a year or two off is an error; a plan sentence
 * naming the report year or earlier is an error, two years ahead a warning, and further ahead a
 * long-term goal (2035年，基本建成…) left alone.
 */
function checkPlans(context: Context, plans: readonly PlanMention[], year: number, certain: boolean): void {
  for (const { mention: d, heading } of plans) {
    const off = d.year! - (year + 1);
    if (off === 0 || (!heading && off > 1)) continue;
    const severity = !certain || (heading ? Math.abs(off) > 2 : off > 0) ? "warning" : undefined;
    context.report({ messageId: "planYear", data: { expected: year + 1, found: d.raw, year }, span: d.span, severity });
  }
}

/** The publication date (known: the caller checked) against the profile's binding deadlines. */
function checkPublication(context: Context, year: number, certain: boolean): void {
  const { meta } = context.document;
  const { locale, profile } = context.settings;
  const published = meta.publishedAt!;
  const span: Span = published.span ?? meta.title?.span ?? [0, 0];
  const [py, pm, pd] = published.date.split("-").map(Number) as [number, number, number];
  if (py <= year) {
    context.report({ messageId: "early", data: { published: published.date, year }, span, severity: "warning" });
    return;
  }
  // Dates of common practice (报送 by 3月1日) are named in the message, never reported on their own.
  const practice = profile.deadlines
    .filter((d) => d.strength === "practice")
    .map((d) => (locale === "zh" ? `；另，${d.basis}` : `; note the common practice: ${d.basis}`))
    .join("");
  // The deadlines that bind this issuer (a 部门 by 1月31日); of those missed, the earliest is reported.
  const issuer = meta.issuer;
  const binds = (d: Deadline) =>
    !d.issuerPatterns || (issuer !== null && matchesAny(d.issuerPatterns, issuer) && !matchesAny(d.issuerExcludePatterns ?? [], issuer));
  const missed = profile.deadlines
    .filter((d) => d.strength === "rule" && binds(d))
    .map((deadline) => ({ deadline, due: [year + deadline.yearOffset, deadline.month, deadline.day] as const }))
    .filter(({ deadline, due }) => {
      const cmp = py - due[0] || pm - due[1] || pd - due[2];
      return cmp > 0 || (cmp === 0 && deadline.exclusive);
    })
    .sort((a, b) => a.due[0] - b.due[0] || a.due[1] - b.due[1] || a.due[2] - b.due[2]);
  const earliest = missed[0];
  if (earliest) {
    const data = { year, due: dueText(earliest.deadline, earliest.due, locale), basis: earliest.deadline.basis, published: published.date, practice };
    context.report({ messageId: "late", data, span, severity: certain ? undefined : "warning" });
  }
}

/** The value more than half of `values` share, or null. */
function majority(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const [v, n] of counts) if (n * 2 > values.length) return v;
  return null;
}

/** 2025年4月1日之前 / before 2025-04-01, or 2025年3月31日前（含当日） / by 2025-03-31. */
function dueText(deadline: Deadline, [y, m, d]: readonly [number, number, number], locale: "zh" | "en"): string {
  if (locale === "en") return `${deadline.exclusive ? "before" : "by"} ${y}-${pad(m)}-${pad(d)}`;
  return `${y}年${m}月${d}日${deadline.exclusive ? "之前" : "前（含当日）"}`;
}
