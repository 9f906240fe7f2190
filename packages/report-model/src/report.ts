import * as z from "zod";
import { lazySchema } from "./lazy-schema.js";
import { SpanSchema } from "./position.js";

/**
 * How a heading or list item is numbered. The family decides its usual rank in the outline:
 * 一、 → （一） → 1. → （1） → ①.
 */
export const NumberingStyleSchema = lazySchema(() => z.enum([
  "cn-dun", // 一、
  "cn-paren-full", // （一）
  "cn-paren-half", // (一)
  "arabic-dot", // 1.  1．
  "arabic-dun", // 1、
  "arabic-paren-full", // （1）
  "arabic-paren-half", // (1)
  "circled", // ①
]));
export type NumberingStyle = z.infer<typeof NumberingStyleSchema>;

/** A numbered heading at the start of a line. */
export const HeadingSchema = lazySchema(() => z.object({
  /** Outline rank of the numbering family: 1 一、, 2 （一）, 3 1., 4 （1）, 5 ①. */
  rank: z.number().int().min(1).max(5),
  /** Actual nesting depth in this document (1 = top level), from the headings around it. */
  depth: z.number().int().positive(),
  /** Index of the parent heading in `Report.headings`, or null at the top. */
  parent: z.number().int().nonnegative().nullable(),
  /**
   * The numbering family and the width of its opening bracket. Variants print under their family's
   * style: 一. 一． 一， under cn-dun, 1） under arabic-paren-full, 二) under cn-paren-half; `marker` says
   * how it was printed.
   */
  style: NumberingStyleSchema,
  /** The numbering as printed, e.g. "（一）", "一、", "（二）、", "一.", "1）", "３．". */
  marker: z.string(),
  /** The number the marker stands for; null when the marker is broken (")健全…" with its number lost). */
  value: z.number().int().nullable(),
  /** Heading text without the marker, up to the end of the line or the first 。 of a run-in heading. */
  text: z.string(),
  /** The whole heading: marker and text. */
  span: SpanSchema,
  markerSpan: SpanSchema,
  /** True when the heading and its body share one line (（一）加强领导。本年度…). */
  runIn: z.boolean(),
  /**
   * Why the marker looks broken, when it does: lost-open ("）健全…" lost its "（" and number),
   * lost-close ("(三健全…"), lost-number ("（健全…"). Rules word it.
   */
  broken: z.enum(["lost-open", "lost-close", "lost-number"]).nullable(),
  /** 0-based index of the paragraph holding the heading. */
  paragraph: z.number().int().nonnegative(),
}));
export type Heading = z.infer<typeof HeadingSchema>;
/** How a heading marker is broken. */
export type BrokenMarker = NonNullable<Heading["broken"]>;

/** Ordinal enumeration inside running text: 一是…二是…, 第一…第二…, 首先…其次…. */
export const EnumerationItemSchema = lazySchema(() => z.object({
  /** shi: 一是 二是; ordinal: 第一， 第二，; sequence: 首先， 其次， 再次， 最后，. */
  style: z.enum(["shi", "ordinal", "sequence"]),
  marker: z.string(),
  /** The item's number (首先 1, 其次 2, 再次 3); null for 最后, which closes a run without a number. */
  value: z.number().int().positive().nullable(),
  span: SpanSchema,
  paragraph: z.number().int().nonnegative(),
  /** True inside “…” or ‘…’: a quoted document's list, not the report's own. */
  quoted: z.boolean(),
}));
export type EnumerationItem = z.infer<typeof EnumerationItemSchema>;

export const ParagraphKindSchema = lazySchema(() => z.enum(["title", "heading", "body", "chrome", "blank"]));
export type ParagraphKind = z.infer<typeof ParagraphKindSchema>;

/** A line of the source (reports put one paragraph per line). */
export const ParagraphSchema = lazySchema(() => z.object({
  kind: ParagraphKindSchema,
  /** The line without its line break. */
  span: SpanSchema,
  /** The line with leading and trailing whitespace trimmed off. */
  contentSpan: SpanSchema,
  /** 1-based line number in the text. */
  line: z.number().int().positive(),
  /** Index of the innermost heading this paragraph belongs to (or is), or null before the first. */
  heading: z.number().int().nonnegative().nullable(),
}));
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** A sentence or clause: the text between 。；;！？ (parentheses kept with what they follow). */
export const ClauseSchema = lazySchema(() => z.object({
  span: SpanSchema,
  paragraph: z.number().int().nonnegative(),
  /** Index of the sentence within the paragraph; clauses split at ；share a sentence. */
  sentence: z.number().int().nonnegative(),
}));
export type Clause = z.infer<typeof ClauseSchema>;

/** Hedge words around a number: 余/多 (more), 约 (about), 近 (nearly), 以上 (atLeast)… */
export const ApproxSchema = lazySchema(() => z.enum(["exact", "more", "about", "nearly", "atLeast", "below", "atMost"]));
export type Approx = z.infer<typeof ApproxSchema>;

/** A printed count or amount with its measure word. Numbers are kept as printed digit strings. */
export const QuantitySchema = lazySchema(() => z.object({
  raw: z.string(),
  span: SpanSchema,
  /** The printed number as an ASCII decimal in the printed unit ("71.3" for 71.3余万元, "120" for 一百二十). */
  value: z.string(),
  /** The digits of `value` without the point ("713"). */
  mantissa: z.string(),
  /** value in the base unit = mantissa × 10^scaleExp (71.3万元 → 713 × 10^3 元). */
  scaleExp: z.number().int(),
  /** Printed decimals in the printed unit (1 for 71.3万). */
  decimals: z.number().int().nonnegative(),
  /** The multiplier written between number and unit (万, 亿…), or "". */
  multiplier: z.string(),
  /** Normalised unit id (宗 → 件); see UNITS. */
  unit: z.string(),
  /** The measure word as printed. */
  unitText: z.string(),
  dimension: z.string(),
  approx: ApproxSchema,
  approxWord: z.string().nullable(),
  numeral: z.enum(["arabic", "chinese"]),
  /**
   * The words before the number in its clause, back to the previous number, separator (、，：) or
   * opening bracket: "共受理劳动争议案件" for 共受理劳动争议案件67件, "线下调解" for 、线下调解27件. Role
   * words (受理, 办结…) are read from it by indicator-math's lexicon. Read from the text with
   * traditional characters folded to simplified ones (辦結 → 办结), so it may differ from the source
   * characters; its length and position do not.
   */
  label: z.string(),
  /** Index of the clause holding the number. */
  clause: z.number().int().nonnegative().nullable(),
}));
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * Counts printed as the parts of another count: 受理67件（裁决21件、线下调解27件…）, …45件，其中维持32件、
 * 撤销5件, 建议23件、提案17件，共计41件. Built from the text's own markers; whether the parts are
 * disjoint and whether the sum may be checked is the rules' call.
 */
export const BreakdownSchema = lazySchema(() => z.object({
  /** Index in `quantities` of the total, or null when none is printed. */
  whole: z.number().int().nonnegative().nullable(),
  /** Indices in `quantities` of the parts, in text order (nested lists are breakdowns of their own). */
  parts: z.array(z.number().int().nonnegative()),
  /** Indices in `rates` of percentages printed among the parts (结案率83.3% inside the brackets). */
  rates: z.array(z.number().int().nonnegative()),
  /**
   * paren: 67件（…）; subset: ，其中/包括/含…; respectively: ，分别为…; total-after: …，共计41件.
   */
  form: z.enum(["paren", "subset", "respectively", "total-after"]),
  /** The marker words found: 其中 包括 含 涉及 中 (151件中，…) 等 其余 共计 合计 总计 共 累计 分别为. */
  markers: z.array(z.string()),
  /** True when the text says the parts make up the whole (共计/合计/总计 after the list, 其余 N, 分别为). */
  exhaustive: z.boolean(),
  /** From the start of the whole (or first part) to the end of the last part. */
  span: SpanSchema,
}));
export type Breakdown = z.infer<typeof BreakdownSchema>;

/** One member named in a list: a name, a title (《…》) or a short phrase, as printed. */
export const NamedListItemSchema = lazySchema(() => z.object({
  span: SpanSchema,
  text: z.string(),
}));
export type NamedListItem = z.infer<typeof NamedListItemSchema>;

/**
 * A stated count next to the list that names its members: 下属单位共4家，分别是甲院、乙中心和丙站
 * (count-first) or 华标涛景湾、江湾花苑、保利康桥、滨江花园等4个小区 (list-first). Only lists of names are
 * recorded: items holding counts of their own (受理5件、办结3件) are breakdowns, not named lists.
 * Whether the two agree is the rules' call.
 */
export const NamedListSchema = lazySchema(() => z.object({
  count: z.object({
    /** Index of the count in `quantities`. */
    quantity: z.number().int().nonnegative(),
    span: SpanSchema,
    /** The count as printed ("4家", "两家"). */
    text: z.string(),
    value: z.number().int().positive(),
    /** The measure word as printed (家, 个, 项…). */
    measureWord: z.string(),
  }),
  /** The members in text order, read the most usual way (甲院、乙中心和丙站 → three items). */
  items: z.array(NamedListItemSchema).min(1),
  /**
   * Every number of members the text can be read to name, ascending: [3], or [2, 3] when a 和/及/与
   * may belong inside a name (人力资源和社会保障局) rather than join two members.
   */
  itemCounts: z.array(z.number().int().nonnegative()).min(1),
  /** count-first: 4家，分别是A、B、C; list-first: A、B、C等4个小区. */
  order: z.enum(["count-first", "list-first"]),
  /** open when the text leaves room for members it does not name (等, 如, 主要有, 包括但不限于, …). */
  closure: z.enum(["closed", "open"]),
  /**
   * The words tying count and list: 分别为, 分别是, 为, 是, 即, 包括, ： after a count-first count; 等, 共
   * or "" before a list-first count.
   */
  marker: z.string(),
  /** The word that leaves the list open (等, 等等, 如, 例如, 主要有…), or null for a closed list. */
  openMarker: z.string().nullable(),
  /**
   * How the members are set apart: dun 、 (the last one may be joined by 和/及/与/以及), comma ，,
   * semicolon ；, titles (《A》《B》 or “A”“B” back to back), conjunction (A和B alone).
   */
  separator: z.enum(["dun", "comma", "semicolon", "titles", "conjunction"]),
  /** From the count to the last item, or from the first item to the count. */
  span: SpanSchema,
}));
export type NamedList = z.infer<typeof NamedListSchema>;

/** A printed percentage with the indicator it names (结案率83.3%). */
export const RateSchema = lazySchema(() => z.object({
  raw: z.string(),
  span: SpanSchema,
  /** The indicator name before the number (结案率, 办结率…), or "" when none. Read from folded text. */
  name: z.string(),
  /** Offset of the name's first character, or null when there is no name. */
  nameAt: z.number().int().nonnegative().nullable(),
  /**
   * For a share of a whole (占52.7%, 占总体的比例为3.4%, 占已审结总数的38.5%, 占比22.2%, 比重为24.6%):
   * the words naming the whole after 占 ("总体", "已审结总数"), "" when it names none; null when the
   * percentage is not written as a share.
   */
  share: z.string().nullable(),
  /** The printed percent as an ASCII decimal ("83.3"). */
  value: z.string(),
  /** The printed percent as digits without the point ("833"); with `decimals`, R = 833, d = 1. */
  mantissa: z.string(),
  decimals: z.number().int().nonnegative(),
  approx: ApproxSchema,
  approxWord: z.string().nullable(),
  /** "percent" for %, "percent-points" for 个百分点 (a difference, never a rate). */
  kind: z.enum(["percent", "percent-points"]),
  clause: z.number().int().nonnegative().nullable(),
}));
export type Rate = z.infer<typeof RateSchema>;

/** Where a year is written, which decides whether it can be a stale claim. */
export const YearContextSchema = lazySchema(() => z.enum([
  "plain", // 2024年，我局…
  "document-title", // inside 《…》
  "document-number", // 〔2025〕31号, 【2023】6号
  "range", // 2021—2025年, 2021-2025年
  "quoted", // inside “…”
  "chrome", // web page furniture
  "title", // the report title
]));
export type YearContext = z.infer<typeof YearContextSchema>;

/**
 * Why a written date cannot be right: range-dash-lost (20192023年), year-glued-to-month (20221月5日),
 * range-reversed (2025—2021年), month-out-of-range (13月), day-out-of-range (2月30日, 4月31日, 2月29日
 * in a common year), weekday-mismatch (2025年3月25日 星期一). Rules word it.
 */
export const DateProblemSchema = lazySchema(() => z.enum([
  "range-dash-lost",
  "year-glued-to-month",
  "range-reversed",
  "month-out-of-range",
  "day-out-of-range",
  "weekday-mismatch",
]));
export type DateProblem = z.infer<typeof DateProblemSchema>;

/** A year, month-day or full date written in the text. */
export const DateMentionSchema = lazySchema(() => z.object({
  raw: z.string(),
  span: SpanSchema,
  year: z.number().int().nullable(),
  month: z.number().int().nullable(),
  day: z.number().int().nullable(),
  /** 0 = 星期日 … 6 = 星期六 when a weekday is printed beside the date. */
  weekday: z.number().int().min(0).max(6).nullable(),
  /** The end year of a range (2021—2025年 → 2025). */
  rangeEnd: z.number().int().nullable(),
  context: YearContextSchema,
  /** Why the written date cannot be right (20192023年, 2月30日, 20221月5日), or null. */
  malformed: DateProblemSchema.nullable(),
}));
export type DateMention = z.infer<typeof DateMentionSchema>;

/** Relative time words (今年, 本年度, 去年…) that depend on when the text was written. */
export const RelativeYearSchema = lazySchema(() => z.object({
  raw: z.string(),
  span: SpanSchema,
  /** Offset from the year of writing: 今年 0, 去年 −1, 明年 +1. */
  offset: z.number().int(),
  /**
   * Where the word is written, as for dates: plain, inside 《》 (document-title), inside “” (quoted)
   * or in the report title. Words in web page furniture are not recorded.
   */
  context: z.enum(["plain", "document-title", "quoted", "title"]),
}));
export type RelativeYear = z.infer<typeof RelativeYearSchema>;

export const ChromeKindSchema = lazySchema(() => z.enum([
  "navigation",
  "share",
  "qr-code",
  "related",
  "source-line",
  "accessibility",
  "font-size",
  "print-close",
  "url",
  "site-clock",
  "breadcrumb",
  "page-footer",
  "site-slogan",
  "editor-blurb",
  "mojibake",
  "table-residue",
  "other",
]));
export type ChromeKind = z.infer<typeof ChromeKindSchema>;

/** Web page or print furniture captured with the report text. */
export const ChromeSpanSchema = lazySchema(() => z.object({
  kind: ChromeKindSchema,
  span: SpanSchema,
  text: z.string(),
}));
export type ChromeSpan = z.infer<typeof ChromeSpanSchema>;

/** One cell of a text table: its trimmed text, where it is, and its value when it is a plain number. */
export const TableCellSchema = lazySchema(() => z.object({
  /** The cell as printed, without the separators and the spaces around it ("" for an empty cell). */
  text: z.string(),
  /** The trimmed cell; an empty cell has an empty span where it would be. */
  span: SpanSchema,
  /**
   * The cell's number as an ASCII decimal ("1204" for "1,204", "-39.5", "12" for "１２"), or null when
   * the cell is not a plain number (text, empty, "-", "75件", "62.2%").
   */
  value: z.string().nullable(),
}));
export type TableCell = z.infer<typeof TableCellSchema>;

/** One row of a text table, cells in reading order. */
export const TableRowSchema = lazySchema(() => z.object({
  cells: z.array(TableCellSchema),
  /** From the first cell to the last (may cover several lines). */
  span: SpanSchema,
  /** 1-based line number of the row's first line. */
  line: z.number().int().positive(),
}));
export type TableRow = z.infer<typeof TableRowSchema>;

/**
 * How a table was flattened to text: pipe-rows ("规章 | 0 | 0 |", markdown rows), tab-rows (cells
 * separated by tabs), cell-per-line (web pages: one cell per line, rows between separator lines or
 * read from the header's width).
 */
export const TableLayoutSchema = lazySchema(() => z.enum(["pipe-rows", "tab-rows", "cell-per-line"]));
export type TableLayout = z.infer<typeof TableLayoutSchema>;

/**
 * A table found in the text. The parser only says where rows and cells are; which rows are headers
 * and which cells are totals is for the rules to decide.
 */
export const TableSchema = lazySchema(() => z.object({
  layout: TableLayoutSchema,
  rows: z.array(TableRowSchema),
  /** From the first row to the last. */
  span: SpanSchema,
}));
export type Table = z.infer<typeof TableSchema>;

export const ReportYearSourceSchema = lazySchema(() => z.enum(["option", "title", "body", "published"]));

/**
 * A text that stops before its end. mid-sentence: the last paragraph breaks off (…累计为企业);
 * broken-character: it ends in a character cut in half (U+FFFD); bare-heading: it ends with a heading
 * that has nothing under it; in-table: it ends inside a table.
 */
export const CutOffSchema = lazySchema(() => z.object({
  /** Where the text stops (after the last character of the report, before any trailing chrome). */
  offset: z.number().int().nonnegative(),
  /** The unfinished words before the cut, for a finding to point at. */
  span: SpanSchema,
  reason: z.enum(["mid-sentence", "broken-character", "bare-heading", "in-table"]),
}));
export type CutOff = z.infer<typeof CutOffSchema>;

export const ReportMetaSchema = lazySchema(() => z.object({
  title: z.object({ text: z.string(), span: SpanSchema, lines: z.number().int().positive() }).nullable(),
  issuer: z.string().nullable(),
  reportYear: z
    .object({ value: z.number().int(), source: ReportYearSourceSchema, span: SpanSchema.nullable() })
    .nullable(),
  publishedAt: z
    .object({
      /** ISO date, YYYY-MM-DD. */
      date: z.string(),
      /** Where the date is printed (after 发布时间 or a like label); null when it comes from the option. */
      span: SpanSchema.nullable(),
      /** option: given by the caller (--published); text: read from a 发布时间/发布日期 label. */
      source: z.enum(["option", "text"]),
    })
    .nullable(),
  /** The report profile id (fazhi-annual, zhengwu-gongkai-annual). */
  profile: z.string(),
  /** Where the profile came from: given as an option, or guessed from title and headings. */
  profileSource: z.enum(["option", "guessed", "default"]),
  /**
   * Where the text seems to stop before its end (a web capture or PDF extraction cut it), or null
   * when it ends like a whole text: a finished sentence, a signature or date line, or page chrome.
   */
  cutOff: CutOffSchema.nullable(),
}));
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

/** Everything the parser knows about one report. Every span indexes `text`. */
export const ReportSchema = lazySchema(() => z.object({
  text: z.string(),
  meta: ReportMetaSchema,
  paragraphs: z.array(ParagraphSchema),
  headings: z.array(HeadingSchema),
  enumerations: z.array(EnumerationItemSchema),
  clauses: z.array(ClauseSchema),
  quantities: z.array(QuantitySchema),
  rates: z.array(RateSchema),
  breakdowns: z.array(BreakdownSchema),
  namedLists: z.array(NamedListSchema),
  dates: z.array(DateMentionSchema),
  relativeYears: z.array(RelativeYearSchema),
  chrome: z.array(ChromeSpanSchema),
  /** Text tables (pipe rows, tab rows, one cell per line), in text order. */
  tables: z.array(TableSchema),
}));
export type Report = z.infer<typeof ReportSchema>;
