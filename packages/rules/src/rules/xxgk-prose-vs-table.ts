/**
 * xxgk-prose-vs-table: in a 政府信息公开工作年度报告, a count in the prose that names a table cell must
 * be the cell's number (共收到政府信息公开申请312件 vs 一、本年新收 总计; 予以公开140件 vs （一）予以公开 总计;
 * 行政复议5件 vs 四 行政复议 总计), and a share printed with it (占44.9%) must come out of the table's
 * numbers. The phrases and the cells they name are data (report-model lexicon/xxgk-prose.ts); the
 * cells come from the parser's xxgkTables. Docs: docs/rules/xxgk-prose-vs-table.md
 */
import { checkRate, formatPercent } from "@reportlint/indicator-math";
import { xxgkTables } from "@reportlint/parser";
import {
  XXGK_OTHER_PERIOD,
  XXGK_PROSE_PHRASES,
  XXGK_SHARE_PHRASES,
  XXGK_SHARE_TOTALS,
  XXGK_SUBSET_WORDS,
  xxgkTable,
  type Locale,
  type Quantity,
  type Rate,
  type Report,
  type Span,
  type XxgkCell,
  type XxgkProsePhrase,
  type XxgkReading,
  type XxgkTables,
} from "@reportlint/report-model";
import { createRule } from "../rule.js";
import { regExpOf } from "../util/regex-cache.js";
import { isRegExpSpace } from "../util/typography.js";

// The words naming a count: back from it to a separator, another number or a table border, at most
// this many characters (line breaks of a hard-wrapped paragraph skipped).
const MAX_WORDS = 40;
const STOP = new Set([..."，,。；;：:、（）()！？!?|【】[]“”\"《》"]);
// The sentence a count stands in, for the phrases' context words: this far back to its start.
const MAX_SENTENCE = 160;
// Between a count and its share: （17.46%）, ，占44.9%, 、占比2.1%, ，占全部申请的5%.
const SHARE_GAP = /^[\s]*[（(]?[\s]*([，,、]?[\s]*占[^，,。；;（）()\d%％]{0,10}?[为达]?)?[\s]*$/u;
// The count includes the carry-over: 收到申请36件（含上年结转2件）.
const WITH_CARRIED = /(含|包括|其中)[^，,。；;]{0,6}上一?年度?结转/u;

const regex = (source: string) => regExpOf(source, "u");
const OTHER_PERIOD = regex(XXGK_OTHER_PERIOD);
const SUBSET = regex(XXGK_SUBSET_WORDS);

interface Value {
  readonly reading: XxgkReading;
  readonly cells: readonly XxgkCell[];
  readonly value: bigint;
}

const isDigit = (c: string) => /[0-9０-９]/u.test(c);

/** The kind of the paragraph (one line of text) holding an offset, and where its content starts. */
function lineAt(report: Report, offset: number): { kind: string; start: number } | null {
  let lo = 0;
  let hi = report.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = report.paragraphs[mid]!;
    if (offset < p.span[0]) hi = mid - 1;
    else if (offset >= p.span[1]) lo = mid + 1;
    else return { kind: p.kind, start: p.span[0] };
  }
  return null;
}

/**
 * Back from `at` over the lines of a hard-wrapped paragraph (and page chrome between them), never
 * into a heading or title: the offset of the first character kept and the characters without spaces.
 * Stops before a character `stop` accepts, or at `max` characters.
 */
function back(report: Report, at: number, stop: (c: string) => boolean, max: number): { start: number; words: string } {
  const { text } = report;
  let words = "";
  let start = at;
  for (let i = at - 1; i >= 0 && words.length < max; i--) {
    const c = text[i]!;
    if (c === "\n" || c === "\r") {
      let line = lineAt(report, i - 1);
      while (line && line.kind === "chrome" && line.start > 0) {
        i = line.start;
        line = lineAt(report, i - 1);
      }
      if (!line || line.kind !== "body") break;
      continue;
    }
    if (isRegExpSpace(text.charCodeAt(i))) continue;
    if (stop(c)) break;
    words = c + words;
    start = i;
  }
  return { start, words };
}

/** The words naming a count: back to a separator or another number. */
const wordsBefore = (report: Report, at: number) => back(report, at, (c) => STOP.has(c) || isDigit(c), MAX_WORDS);

/** The sentence before the count, from its start (。！？, a heading or a blank line). */
const sentenceBefore = (report: Report, at: number) => back(report, at, (c) => c === "。" || c === "！" || c === "？", MAX_SENTENCE).words;

/** The rest of the clause after the count, up to 。 or ； */
function after(text: string, at: number): string {
  const rest = text.slice(at, at + 60);
  const end = rest.search(/[。；;]/u);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/\s+/gu, "");
}

/** The phrase naming the count: the longest match; ties go to the earlier phrase. */
function phraseOf(words: string): { phrase: XxgkProsePhrase; match: string } | null {
  let best: { phrase: XxgkProsePhrase; match: string } | null = null;
  for (const phrase of XXGK_PROSE_PHRASES) {
    const m = regex(phrase.pattern).exec(words);
    if (m && (!best || m[0].length > best.match.length)) best = { phrase, match: m[0] };
  }
  return best;
}

/** The placed cells by table, row and column (the last of each, as a map of "table|row|column" kept it). */
type CellIndex = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, XxgkCell>>>;

/** The cell index, built without a key string per cell (and per look-up). */
function indexCells(cells: readonly XxgkCell[]): CellIndex {
  const index = new Map<string, Map<string, Map<string, XxgkCell>>>();
  for (const c of cells) {
    let rows = index.get(c.table);
    if (!rows) index.set(c.table, (rows = new Map<string, Map<string, XxgkCell>>()));
    let columns = rows.get(c.row);
    if (!columns) rows.set(c.row, (columns = new Map<string, XxgkCell>()));
    columns.set(c.column, c);
  }
  return index;
}

/** The reading's number: the sum of its cells, else of its fallback cells; null when one is not placed. */
function valueOf(tables: CellIndex, reading: XxgkReading): Value | null {
  return sumOf(tables, reading, reading.cells) ?? (reading.fallback ? sumOf(tables, reading, reading.fallback) : null);
}

/** The sum of the cells `refs` name, or null when there are none or one is not placed. */
function sumOf(tables: CellIndex, reading: XxgkReading, refs: XxgkReading["cells"]): Value | null {
  if (refs.length === 0) return null;
  // A push loop, not map + filter: one list layout at every site reading the cells (the data's
  // literal lists and a literal [] met here had made this a deopt site).
  const cells: XxgkCell[] = [];
  for (const r of refs) {
    const cell = tables.get(r.table)?.get(r.row)?.get(r.column);
    if (cell === undefined) return null;
    cells.push(cell);
  }
  let value = 0n;
  for (const c of cells) value += BigInt(c.value);
  return { reading, cells, value };
}

/** The rows of a reading in words: one row's label, a group's rows added up, or labels joined by +. */
function rowsOf(v: Value, locale: Locale): string {
  const table = xxgkTable(v.cells[0]!.table);
  const rowDef = (id: string) => table.rows.find((r) => r.id === id)!;
  const groups = new Set(v.cells.map((c) => rowDef(c.row).group ?? null));
  const group = groups.size === 1 ? [...groups][0] : null;
  if (group && v.cells.length > 1) return locale === "en" ? `the rows of ${rowDef(group).label} added up` : `${rowDef(group).label}各项之和`;
  return v.cells.map((c) => rowDef(c.row).label).join(" + ");
}

/** The cells of a reading in words: table, row(s), column and the number. */
function describe(v: Value, locale: Locale): string {
  const table = xxgkTable(v.cells[0]!.table);
  const column = table.columns.find((c) => c.id === v.cells[0]!.column)!.label;
  const rows = rowsOf(v, locale);
  return locale === "en" ? `table “${table.title}”, ${rows}, column ${column}: ${v.value}` : `“${table.title}”表${rows}（${column}栏）为${v.value}`;
}

/** The digits of the count, for the finding to cover. */
function numberSpan(text: string, q: Quantity): Span {
  const m = /^[0-9０-９][0-9０-９,，.]*/u.exec(text.slice(q.span[0], q.span[1]));
  return m ? [q.span[0], q.span[0] + m[0].length] : q.span;
}

/** A share printed right after the count (（17.46%）, ，占44.9%). */
function shareAfter(text: string, q: Quantity, rates: readonly Rate[]): Rate | null {
  const rate = rates.find((r) => r.span[0] >= q.span[1] && r.span[0] - q.span[1] <= 24);
  if (!rate || rate.kind !== "percent") return null;
  return SHARE_GAP.test(text.slice(q.span[1], rate.span[0])) ? rate : null;
}

export default createRule({
  id: "xxgk-prose-vs-table",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "政府信息公开年报正文中的数字（共收到申请N件、予以公开N件、行政复议N件、占比）应与表格一致",
        en: "In a 政府信息公开 annual report, counts and shares in the prose that repeat a table cell agree with the table",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      mismatch: {
        zh: "正文“{{prose}}”与表格不一致：{{cells}}",
        en: "The prose says “{{prose}}” but the table says otherwise: {{cells}}",
      },
      share: {
        zh: "“{{prose}}”后的“{{rate}}”不能由表格数字算出：{{detail}}",
        en: "“{{rate}}” after “{{prose}}” does not follow from the table: {{detail}}",
      },
    },
  },
  create(context) {
    const { document: report, text } = context;
    const { locale } = context.settings;
    const tables = xxgkTables(report);
    if (tables.cells.length === 0) return;
    const byId = indexCells(tables.cells);
    // Numbers inside tables are the tables' own.
    const inTable = (span: Span) => report.tables.some((t) => span[0] >= t.span[0] && span[1] <= t.span[1]) || placedAt(tables, span);

    for (const q of report.quantities) {
      if (q.unit !== "件" || q.approx !== "exact" || !/^\d+$/u.test(q.value) || inTable(q.span)) continue;
      const { start, words } = wordsBefore(report, q.span[0]);
      // A count of another year (2023年收到申请40件) is not this year's table.
      const year = /(\d{4})[ \t]*$/u.exec(text.slice(Math.max(0, start - 8), start));
      if (year && words.startsWith("年") && Number(year[1]) !== context.settings.reportYear) continue;
      const found = phraseOf(words);
      if (!found) continue;
      const { phrase, match } = found;
      if (OTHER_PERIOD.test(words) || SUBSET.test(words) || (phrase.exclude && regex(phrase.exclude).test(words))) continue;
      const sentence = sentenceBefore(report, q.span[0]);
      const rest = after(text, q.span[1]);
      if (phrase.context && !regex(phrase.context).test(sentence)) continue;
      const readings = [...phrase.readings, ...(phrase.withCarriedOver && WITH_CARRIED.test(rest) ? phrase.withCarriedOver : [])];
      const values: Value[] = [];
      for (const r of readings) {
        const v = valueOf(byId, r);
        if (v !== null) values.push(v);
      }
      if (values.length === 0) continue;
      const printed = BigInt(q.value);
      // The phrase and the count as printed (予以公开140件).
      const prose = `${match}${text.slice(q.span[0], q.span[1]).replace(/\s+/gu, "")}`;
      if (!values.some((v) => v.value === printed)) {
        const sure = phrase.certain && readings.length === 1 && values.every((v) => v.cells.every((c) => c.certain));
        const or = locale === "en" ? "; or " : "；或";
        context.report({
          messageId: "mismatch",
          span: numberSpan(text, q),
          severity: sure ? undefined : "warning",
          data: { prose, cells: values.map((v) => describe(v, locale)).join(or) },
          details: { phrase: phrase.id, printed: q.value, table: values.map((v) => ({ value: String(v.value), cells: v.cells.map((c) => ({ table: c.table, row: c.row, column: c.column })) })) },
        });
        continue;
      }
      // A share printed with the count: of the year's results, the new applications, or new + carried-over.
      if (!XXGK_SHARE_PHRASES.includes(phrase.id)) continue;
      const rate = shareAfter(text, q, report.rates);
      if (!rate) continue;
      const totals: Value[] = [];
      for (const r of XXGK_SHARE_TOTALS) {
        const v = valueOf(byId, r);
        if (v !== null && v.value > 0n) totals.push(v);
      }
      if (totals.length === 0) continue;
      const fits = totals.some((t) => {
        const check = checkRate(rate, printed, t.value);
        return check.consistent || check.mode === "truncate";
      });
      if (fits) continue;
      const percent = (t: Value) => formatPercent(printed, t.value, rate.decimals);
      const detail =
        locale === "en"
          ? `in table “${xxgkTable("applications").title}”, ${printed} is ${totals.map((t) => `${percent(t)}% of ${rowsOf(t, locale)} (${t.value})`).join(", ")}`
          : `按“${xxgkTable("applications").title}”表，${printed}件占${totals.map((t) => `${rowsOf(t, locale)}${t.value}件的${percent(t)}%`).join("，占")}`;
      context.report({ messageId: "share", span: rate.span, severity: "warning", data: { prose, rate: rate.raw, detail } });
    }
  },
});

/** True when the span is a number the xxgk tables placed or left unplaced. */
function placedAt(tables: XxgkTables, span: Span): boolean {
  const within = (s: Span) => span[0] <= s[0] && s[1] <= span[1];
  return tables.cells.some((c) => within(c.span)) || tables.unplaced.some((u) => within(u.span));
}
