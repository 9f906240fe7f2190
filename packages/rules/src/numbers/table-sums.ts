/**
 * Totals in text tables: a 合计/总计/小计 column must equal the sum of the cells it covers in each
 * row, a 合计/总计/小计 row must equal the sum of the column above it, a key–value table
 * (`省份 | 数量 | 省份 | 数量 …` then `总计 | 183489`) must total all its values, and a whole followed
 * by the members of a complete partition (生产总值 by 第一/第二/第三产业, 进出口 by 出口/进口) must
 * equal their sum, and industries listed under 第三产业 must not add up to more than it. Some structures are not printed but shown by the numbers, and findings on them are
 * only likely (`certain: false`): a total column shown by the pieces of a table cut apart or by groups
 * of cells within its rows, rows of a one-cell-per-line table that lost their empty cells, and rows
 * shown by their column sums to be the parts of the row above them. Only structured findings come out
 * of here; the sum-mismatch rule words them. Docs: docs/rules/sum-mismatch.md
 *
 * A wrong alarm on a correct table is far worse than a miss, so every doubt means silence: rows
 * whose cells do not line up with the header, text among the numbers, headers of rates, shares,
 * averages, years or serial numbers, parts that may overlap (其中, #), mixed numbering levels, a
 * total printed above its parts, and cells that are merged or shifted. Arithmetic is exact (BigInt on
 * the printed digits); a printed decimal stands for anything that rounds to it, so a total may differ
 * from the sum by half a unit of the last printed digit of each number involved.
 */
import { OUTCOME_SPLITS, PARTITIONS, TERTIARY_INDUSTRIES, type Partition, type Report, type Span, type Table, type TableCell, type TableRow } from "@reportlint/report-model";
import { isPlaceholderCell } from "@reportlint/parser";
import { decimalsOf, mantissaOf, memberOf } from "@reportlint/indicator-math";
import { mapped } from "../util/lists.js";
import { isRegExpSpace } from "../util/typography.js";

/** A printed number taking part in a table sum. */
export interface TableSumTerm {
  readonly span: Span;
  /** The cell as printed ("1,204"). */
  readonly printed: string;
  /** Its value as an ASCII decimal ("1204"). */
  readonly value: string;
  /** Row index in `table.rows` and cell index in that row. */
  readonly row: number;
  readonly cell: number;
}

/** A printed total that does not equal the sum of the cells it stands for, beyond rounding. */
export interface TableSumViolation {
  /** row: a total column checked across one row; column: a total row (or 总计 of a key–value table) checked down a column. */
  readonly kind: "row" | "column";
  /** Index in `report.tables`. */
  readonly table: number;
  readonly total: TableSumTerm;
  /** The cells that were added, in table order (empty and "-" cells are left out). */
  readonly addends: readonly TableSumTerm[];
  /** Σ addends, exact, with as many decimals as the most precise number involved. */
  readonly sum: string;
  /** total − sum, same precision. */
  readonly difference: string;
  /** What rounding of the printed numbers can explain ("0" when all are whole numbers). */
  readonly tolerance: string;
  /** Label of the total's row ("一、本年新收政府信息公开申请数量", "合计"), "" when the row has none. */
  readonly rowLabel: string;
  /** Header of the total's column ("总计", "数量"), "" when it cannot be told. */
  readonly columnHeader: string;
  /**
   * False when the table's structure is inferred rather than printed (a total column the rows show,
   * a row whose empty cells were dropped, parts shown by the sums of their columns): a warning.
   */
  readonly certain: boolean;
  /**
   * True when the parts need not make the whole but may never exceed it (许可 + 不予许可 of 受理,
   * OUTCOME_SPLITS): the finding is a sum above its total.
   */
  readonly atMost?: boolean;
}

type CellKind = "number" | "blank" | "text";

interface RowShape {
  readonly index: number;
  readonly row: TableRow;
  readonly kinds: readonly CellKind[];
  /** Cells up to the last text cell: the row's labels. */
  readonly labelCount: number;
  /** No text among the numbers. */
  readonly regular: boolean;
  /** Has numbers (and is not a row of years); rows without are headers or captions. */
  readonly data: boolean;
  /** Rank of the total word in the first cell (小计 1, 合计 2, 总计 3), 0 when none. */
  readonly totalRank: number;
  /** The row's only label, normalised ("住户存款（亿元）" → "住户存款"); "" when it has none or several. */
  readonly soleLabel: string;
}

const TOTAL_RANKS = new Map<string, number>([
  ["小计", 1],
  ["合计", 2],
  ["合计数", 2],
  ["总计", 3],
  ["总计数", 3],
  ["总数", 3],
]);
// Columns that are not parts of a sum: rates, shares, changes, averages, ranks.
const NOT_ADDITIVE = /[%％率]|占比|比重|比例|增长|增速|增幅|增减|增\/减|同比|环比|比上年|比去年|平均|人均|均值|排名|名次/u;
// Columns of identifiers: a number there is no quantity.
const IDENTIFIER = /序号|编号|代码|年份|年度|月份|日期|时间/u;
// Headers of label columns: what is under them names the row, whatever it looks like.
const LABEL_HEADER = /^(项目|指标|名称|类别|分类|类型|单位|地区|区域|部门|科目|内容|信息内容|事项|申请事项|省份|城市|区县)$/u;
// Rows that are part of another row: 其中, 含, 包括, # (统计表's 其中 mark), 注.
const SUBSET_ROW = /^(其中|含|包括|内：|内:|注|#|＃)/u;
const AMOUNT = /金额|万元|亿元|千元|元）|元\)/u;
// Numbering of a row label, to tell levels apart: 一、 （一） 1. （1） ①.
const LABEL_LEVELS: readonly [string, RegExp][] = [
  ["cn-dun", /^[一二三四五六七八九十]+、/u],
  ["cn-paren", /^[（(][一二三四五六七八九十]+[）)]/u],
  ["arabic-dot", /^\d+[.．、]/u],
  ["arabic-paren", /^[（(]\d+[）)]/u],
  ["circled", /^[①-⑳]/u],
];
// Complete partitions that name the whole they make up (三次产业 of 生产总值, 出口 and 进口 of 进出口),
// whose members have no sub-members: their rows under that whole must add up to it.
const WHOLE_PARTITIONS = PARTITIONS.filter(
  (p) => p.complete === true && p.sure !== false && (p.totalWords?.length ?? 0) > 0 && p.members.every((m) => m.parent === undefined),
);
const WHOLE_WORDS = WHOLE_PARTITIONS.flatMap((p) => p.totalWords!);

// Words that make a bracket after a total a restriction (合计（不含结转）), not a unit.
const RESTRICTION = /含|不|除|包括|仅|只|其中/u;

/** The label without spaces, a trailing (unit) and a trailing colon: "合 计（宗）：" → "合计". */
function normalizeLabel(text: string): string {
  // Most cells hold no space and end in no colon or bracket: they are their own normal form (no
  // four patterns run on every cell of every table).
  if (isNormalLabel(text)) return text;
  let s = text.replace(/\s+/gu, "").replace(/[:：]$/u, "");
  const unit = /[（(]([^（()）]*)[）)]$/u.exec(s);
  if (unit && !RESTRICTION.test(unit[1]!)) s = s.slice(0, unit.index);
  return s.replace(/[:：]$/u, "");
}

/** The unit written in brackets after a header ("合计(宗)" → "宗", "金额（单位：万元）" → "万元"). */
function headerUnit(text: string): string | null {
  const m = /[（(]([^（()）]*)[）)]\s*$/u.exec(text);
  if (!m) return null;
  return m[1]!.replace(/^单位[:：]?/u, "").trim() || null;
}

const COLON = ":".charCodeAt(0);
const FULL_COLON = "：".charCodeAt(0);
const CLOSE = ")".charCodeAt(0);
const FULL_CLOSE = "）".charCodeAt(0);

/** True when normalizeLabel leaves the text as it is: no space in it, no colon or bracket at its end. */
function isNormalLabel(text: string): boolean {
  const last = text.length > 0 ? text.charCodeAt(text.length - 1) : -1;
  if (last === COLON || last === FULL_COLON || last === CLOSE || last === FULL_CLOSE) return false;
  for (let i = 0; i < text.length; i++) if (isRegExpSpace(text.charCodeAt(i))) return false;
  return true;
}

const totalRankOf = (text: string) => TOTAL_RANKS.get(normalizeLabel(text)) ?? 0;

function kindOf(cell: TableCell): CellKind {
  if (cell.value !== null) return "number";
  return isPlaceholderCell(cell.text) ? "blank" : "text";
}

/** A row of years (2022 | 2023 | 2024) heads the columns below it. */
function isYearRow(row: TableRow, kinds: readonly CellKind[]): boolean {
  let years = 0;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== "number") continue;
    const v = row.cells[i]!.value!;
    if (!/^(19|20)\d\d$/u.test(v)) return false;
    years++;
  }
  return years >= 2;
}

function shapeRow(row: TableRow, index: number): RowShape {
  const kinds = mapped(row.cells, kindOf);
  const lastText = kinds.lastIndexOf("text");
  const firstNumber = kinds.indexOf("number");
  const hasNumber = firstNumber >= 0;
  const first = lastText >= 0 && kinds[0] === "text" ? normalizeLabel(row.cells[0]!.text) : "";
  return {
    index,
    row,
    kinds,
    labelCount: lastText + 1,
    regular: !hasNumber || firstNumber > lastText,
    data: hasNumber && !isYearRow(row, kinds),
    totalRank: TOTAL_RANKS.get(first) ?? 0,
    soleLabel: lastText === 0 ? first : "",
  };
}

/** A header row and the rows of numbers under it, up to the next header row. */
interface Segment {
  /** Consecutive rows without numbers right above the data (captions, headers, sub-headers). */
  readonly headers: readonly RowShape[];
  readonly data: readonly RowShape[];
}

function segmentsOf(shapes: readonly RowShape[]): Segment[] {
  const segments: Segment[] = [];
  let headers: RowShape[] = [];
  let data: RowShape[] = [];
  for (const s of shapes) {
    if (s.data) {
      data.push(s);
      continue;
    }
    if (data.length > 0) {
      segments.push({ headers, data });
      headers = [];
      data = [];
    }
    headers.push(s);
  }
  if (data.length > 0) segments.push({ headers, data });
  return segments;
}

/** Cells without the empty ones at the end (filler of merged cells). */
function trimmedLength(row: TableRow): number {
  let n = row.cells.length;
  while (n > 0 && row.cells[n - 1]!.text === "") n--;
  return n;
}

/** Leading header cells that name label columns by their words (项目, 指标) or are an empty corner. */
function namedLabelHeaders(texts: readonly string[], columns: number): number {
  let lead = 0;
  while (lead < columns - 1 && (texts[lead] === "" || LABEL_HEADER.test(texts[lead]!))) lead++;
  return lead;
}

/**
 * How many leading header cells name the label columns rather than value columns: the header's own
 * label words (项目, 指标, an empty corner), or else what most rows of the segment say (header cells
 * minus the row's values). Null when the rows do not agree.
 */
function labelHeaders(texts: readonly string[], columns: number, segment: Segment): number | null {
  const lead = namedLabelHeaders(texts, columns);
  if (lead > 0) return lead;
  const votes = new Map<number, number>();
  let rows = 0;
  for (const s of segment.data) {
    if (!s.regular) continue;
    rows++;
    const h = columns - (s.row.cells.length - s.labelCount);
    votes.set(h, (votes.get(h) ?? 0) + 1);
  }
  for (const [h, count] of votes) if (h >= 0 && count * 2 > rows) return h;
  return null;
}

/**
 * Where a data row's cells sit under a header of `columns` cells whose first `labelColumns` name
 * the labels: the offset to add to a header index to get the row's cell index, when the row has
 * exactly one value per value column (filler cells at its end aside). Null when it has not: a row
 * that lost a cell in extraction is not read.
 */
function fit(columns: number, labelColumns: number, shape: RowShape): { offset: number; length: number } | null {
  for (const length of new Set([shape.row.cells.length, trimmedLength(shape.row)])) {
    const values = length - shape.labelCount;
    if (values > 0 && values === columns - labelColumns && labelColumns <= shape.labelCount) {
      return { offset: length - columns, length };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Exact sums at printed precision

interface Term extends TableSumTerm {
  readonly decimals: number;
}

function termOf(table: Table, row: number, cell: number): Term {
  const c = table.rows[row]!.cells[cell]!;
  return { span: c.span, printed: c.text, value: c.value!, row, cell, decimals: decimalsOf(c.value!) };
}

function scaled(value: string, decimals: number, scale: number): bigint {
  return mantissaOf(value) * 10n ** BigInt(scale - decimals);
}

function formatScaled(x: bigint, scale: number, decimals: number): string {
  // x is in units of 10^-scale and a multiple of 10^(scale - decimals).
  const v = x / 10n ** BigInt(scale - decimals);
  const negative = v < 0n;
  const digits = (negative ? -v : v).toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

interface SumCheck {
  readonly sum: string;
  readonly difference: string;
  readonly tolerance: string;
  readonly consistent: boolean;
}

/** What rounding of a printed number allows, in units of 10^-scale (scale above its decimals). */
const halfUnit = (t: Term, scale: number) => (t.decimals === 0 ? 0n : 5n * 10n ** BigInt(scale - t.decimals - 1));

/**
 * Σ addends against the total. A number with d printed decimals stands for anything within half a
 * unit of its last digit; whole numbers are exact counts. Inconsistent only when even the widest
 * reading of every number cannot make them agree.
 */
function checkSum(total: Term, addends: readonly Term[]): SumCheck {
  const decimals = Math.max(total.decimals, ...addends.map((a) => a.decimals));
  // One more digit than printed, so that half a unit is a whole number of steps.
  const scale = decimals + 1;
  const half = (t: Term) => halfUnit(t, scale);
  let sum = 0n;
  let tolerance = half(total);
  for (const a of addends) {
    sum += scaled(a.value, a.decimals, scale);
    tolerance += half(a);
  }
  const difference = scaled(total.value, total.decimals, scale) - sum;
  const distance = difference < 0n ? -difference : difference;
  const toleranceDecimals = tolerance % 10n === 0n ? decimals : scale;
  return {
    sum: formatScaled(sum, scale, decimals),
    difference: formatScaled(difference, scale, decimals),
    tolerance: formatScaled(tolerance, scale, toleranceDecimals),
    consistent: distance <= tolerance,
  };
}

// ---------------------------------------------------------------------------------------------
// Which positions a total adds up

/**
 * The positions a total at `at` adds up, walking back to `from`: a total of the same or a higher
 * rank ends the range; lower-ranked totals (小计 under 合计) stand for the positions before them.
 * Null when the levels are mixed beyond one kind of subtotal.
 */
function coveredPositions(ranks: readonly number[], from: number, at: number): number[] | null {
  const rank = ranks[at]!;
  const subtotals: number[] = [];
  const plain: number[] = [];
  let subtotalRank = 0;
  for (let i = at - 1; i >= from; i--) {
    const r = ranks[i]!;
    if (r >= rank) break;
    if (r > 0) {
      if (subtotalRank !== 0 && r !== subtotalRank) return null;
      subtotalRank = r;
      subtotals.push(i);
    } else if (subtotals.length === 0) plain.push(i);
  }
  return [...subtotals, ...plain].sort((a, b) => a - b);
}

const isRateOrId = (header: string) => NOT_ADDITIVE.test(header) || IDENTIFIER.test(header);

// A change printed as an amount (比年初增减额, 增加额) adds up down a column, unlike a rate of change;
// across a row it is still no part of a total.
const CHANGE_AMOUNT = /(增减|增加|减少|增长)额$/u;
const notSummableDown = (header: string) => isRateOrId(header) && !(CHANGE_AMOUNT.test(normalizeLabel(header)) && !/[%％率]/u.test(header));

/** Header text of each cell of `header`, normalised for the checks above. */
const headerTexts = (header: TableRow) => mapped(header.cells, (c) => c.text.replace(/\s+/gu, ""));

// ---------------------------------------------------------------------------------------------
// Total columns: each row's total cell against the cells before it

/** Where a row's total and its addends are, and whether that placing is certain. */
interface Place {
  readonly total: number;
  readonly addends: number[];
  readonly certain: boolean;
}

interface ColumnPlan {
  /** Header text of the total column. */
  readonly header: string;
  /** For a row, the cell indices of the total and of its addends, or null to skip the row. */
  readonly locate: (shape: RowShape) => Place | null;
}

/**
 * A row of a one-cell-per-line table with fewer values than the header has value columns: its empty
 * cells left no line at all. Under a header whose only total is its last column, the row's last value
 * is its total and the values before it its parts, wherever the empty cells were. Not certain; and a
 * last value below another (`1 | 0 | 0` under 总计) is a part: the row's total is the empty cell.
 */
function shortRowPlace(shape: RowShape, valueColumns: number): Place | null {
  const length = trimmedLength(shape.row);
  const values = length - shape.labelCount;
  if (values < 2 || values >= valueColumns) return null;
  const addends: number[] = [];
  for (let c = shape.labelCount; c < length; c++) {
    if (shape.kinds[c] !== "number") return null;
    if (c < length - 1) addends.push(c);
  }
  const last = Number(shape.row.cells[length - 1]!.value);
  if (addends.some((c) => Number(shape.row.cells[c]!.value) > last)) return null;
  return { total: length - 1, addends, certain: false };
}

/**
 * Total columns of a segment, read from its header rows; none when the header cannot be mapped.
 * `droppedEmpties`: the table is one cell per line, where an empty cell leaves no line.
 */
function totalColumns(segment: Segment, droppedEmpties: boolean): ColumnPlan[] {
  const { headers } = segment;
  let top = -1;
  for (let i = headers.length - 1; i >= 0 && top < 0; i--) {
    if (headers[i]!.row.cells.some((c) => totalRankOf(c.text) > 0)) top = i;
  }
  if (top < 0) return [];
  const header = headers[top]!.row;
  const texts = headerTexts(header);
  const ranks = mapped(header.cells, (c) => totalRankOf(c.text));
  const sub = headers[top + 1]?.row;
  const plans: ColumnPlan[] = [];
  if (sub) {
    // Grouped columns (法人或其他组织 over 商业企业 | 科研机构 | …): only a total in the last column
    // of the top row can be placed, under the row's last value.
    const topLength = trimmedLength(header);
    const subLength = trimmedLength(sub);
    const subTexts = headerTexts(sub).slice(0, subLength);
    if (ranks.slice(0, topLength).filter((r) => r > 0).length !== 1 || ranks[topLength - 1]! === 0) return [];
    if (subLength < 2 || sub.cells.some((c) => totalRankOf(c.text) > 0)) return [];
    const all = [...texts.slice(0, topLength), ...subTexts];
    if (all.some((t) => NOT_ADDITIVE.test(t) || IDENTIFIER.test(t) || AMOUNT.test(t))) return [];
    const columns = topLength - 1 + subLength;
    const labelColumns = labelHeaders(texts, columns, segment);
    if (labelColumns === null && !droppedEmpties) return [];
    const valueColumns = columns - namedLabelHeaders(texts, columns);
    plans.push({
      header: texts[topLength - 1]!,
      locate(shape) {
        const fitted = labelColumns === null ? null : fit(columns, labelColumns, shape);
        if (!fitted) return droppedEmpties ? shortRowPlace(shape, valueColumns) : null;
        if (fitted.length - shape.labelCount < 2) return null;
        const total = fitted.length - 1;
        const addends: number[] = [];
        for (let c = shape.labelCount; c < total; c++) addends.push(c);
        return { total, addends, certain: true };
      },
    });
    return plans;
  }
  const length = header.cells.length;
  const labelColumns = labelHeaders(texts, length, segment);
  const lastColumn = trimmedLength(header) - 1;
  if (labelColumns === null && !droppedEmpties) return [];
  ranks.forEach((rank, t) => {
    if (rank === 0) return;
    const covered = coveredPositions(ranks, 0, t);
    if (!covered || covered.length === 0) return;
    const unit = headerUnit(header.cells[t]!.text);
    const amount = AMOUNT.test(texts[t]!);
    const isPart = (h: number) => {
      const text = texts[h]!;
      // An unnamed column may be the labels' or a merged one: not read.
      if (text === "" || LABEL_HEADER.test(text) || SUBSET_ROW.test(text) || isRateOrId(text) || AMOUNT.test(text) !== amount) return false;
      const u = headerUnit(header.cells[h]!.text);
      return u === null || unit === null || u === unit;
    };
    // Rows that lost their empty cells are read only under one total, in the last column, over parts.
    const lead = namedLabelHeaders(texts, length);
    const shortRows =
      droppedEmpties && t === lastColumn && ranks.filter((r) => r > 0).length === 1 && t - lead >= 2 && covered.filter((h) => h >= lead).every(isPart);
    plans.push({
      header: texts[t]!,
      locate(shape) {
        const aligned = labelColumns === null ? null : fit(length, labelColumns, shape);
        if (!aligned) return shortRows ? shortRowPlace(shape, t + 1 - lead) : null;
        const total = t + aligned.offset;
        if (total < shape.labelCount || total >= aligned.length) return null;
        // A total over the first value column is printed before its parts: not read.
        if ((ranks[shape.labelCount - aligned.offset] ?? 0) > 0) return null;
        const addends: number[] = [];
        for (const h of covered) {
          const c = h + aligned.offset;
          // Header cells over the row's labels are the label columns' headers, not parts.
          if (c < shape.labelCount) continue;
          if (!isPart(h)) return null;
          addends.push(c);
        }
        return addends.length > 0 ? { total, addends, certain: true } : null;
      },
    });
  });
  return plans;
}

// 本年度 in a row's label says when, not that the row holds years.
const labelsOf = (shape: RowShape) => shape.row.cells.slice(0, shape.labelCount).map((c) => c.text.replace(/\s+|[本上下]年度/gu, ""));

function rowLabel(shape: RowShape): string {
  return shape.labelCount > 0 ? shape.row.cells[shape.labelCount - 1]!.text : "";
}

function rowViolations(table: Table, tableIndex: number, segment: Segment, out: TableSumViolation[]): void {
  const plans = totalColumns(segment, table.layout === "cell-per-line");
  for (const plan of plans) {
    for (const shape of segment.data) {
      // A row of rates or averages (增长率, 平均) does not add up across.
      if (!shape.regular || labelsOf(shape).some(isRateOrId)) continue;
      const place = plan.locate(shape);
      if (!place) continue;
      if (shape.kinds[place.total] !== "number") continue;
      const kinds = mapped(place.addends, (c) => shape.kinds[c]);
      if (kinds.some((k) => k === "text") || !kinds.includes("number")) continue;
      const total = termOf(table, shape.index, place.total);
      const addends = place.addends.filter((c) => shape.kinds[c] === "number").map((c) => termOf(table, shape.index, c));
      const check = checkSum(total, addends);
      if (check.consistent || blankMayExplain(check, kinds, addends)) continue;
      out.push(violation("row", tableIndex, total, addends, check, rowLabel(shape), plan.header, place.certain));
    }
  }
}

/** A "-" or empty part may hide a missing number: then only a sum above the total is certain. */
function blankMayExplain(check: SumCheck, kinds: readonly (CellKind | undefined)[], addends: readonly Term[]): boolean {
  if (!kinds.includes("blank")) return false;
  if (addends.some((a) => a.value.startsWith("-"))) return true;
  return !check.difference.startsWith("-");
}

function violation(
  kind: "row" | "column",
  table: number,
  total: Term,
  addends: readonly Term[],
  check: SumCheck,
  rowLabelText: string,
  columnHeader: string,
  certain = true,
): TableSumViolation {
  const strip = ({ decimals: _d, ...term }: Term): TableSumTerm => term;
  return {
    kind,
    table,
    total: strip(total),
    addends: mapped(addends, strip),
    sum: check.sum,
    difference: check.difference,
    tolerance: check.tolerance,
    rowLabel: rowLabelText,
    columnHeader,
    certain,
  };
}

// ---------------------------------------------------------------------------------------------
// Total rows: each cell of a 合计 row against the column above it

/** Numbering level of a row label, or "" when it has none. */
function labelLevel(label: string): string {
  for (const [level, re] of LABEL_LEVELS) if (re.test(label)) return level;
  return "";
}

const labelColumnsOf = new WeakMap<Segment, number | null>();

/**
 * The header text over each cell of a row (null where there is none), or null when the header
 * does not line up with the row. Grouped headers (two rows of several cells) cannot be placed cell
 * by cell: they are accepted, with no text, only when none of their cells names a rate or an id.
 */
function headersOver(segment: Segment, shape: RowShape): (string | null)[] | null {
  const header = segment.headers.at(-1)?.row;
  if (!header) return mapped(shape.row.cells, () => null);
  const texts = headerTexts(header);
  // Counted once per segment: rows of one segment ask for their headers one by one.
  let labelColumns = labelColumnsOf.get(segment);
  if (labelColumns === undefined) {
    labelColumns = labelHeaders(texts, header.cells.length, segment);
    labelColumnsOf.set(segment, labelColumns);
  }
  const aligned = labelColumns === null ? null : fit(header.cells.length, labelColumns, shape);
  if (aligned) return mapped(shape.row.cells, (_, c) => texts[c - aligned.offset] ?? null);
  const above = segment.headers.at(-2)?.row;
  if (!above || trimmedLength(above) < 2) return null;
  const all = segment.headers.flatMap((h) => headerTexts(h.row));
  return all.some(isRateOrId) ? null : mapped(shape.row.cells, () => null);
}

/**
 * Checks one total row against the rows it covers, column by column. `addendRows` must all carry
 * their values in the same columns as the total row (same count of values, read right to left).
 */
function checkTotalRow(
  table: Table,
  tableIndex: number,
  segment: Segment,
  totalRow: RowShape,
  addendRows: readonly RowShape[],
  label: string,
  out: TableSumViolation[],
): void {
  if (addendRows.length === 0 || !totalRow.regular) return;
  const width = totalRow.row.cells.length;
  const values = width - totalRow.labelCount;
  if (values <= 0) return;
  for (const r of addendRows) {
    if (!r.regular || r.row.cells.length - r.labelCount !== values) return;
  }
  const headers = headersOver(segment, totalRow);
  if (!headers) return;
  const found: TableSumViolation[] = [];
  for (let c = totalRow.labelCount; c < width; c++) {
    const at = (r: RowShape) => c - width + r.row.cells.length;
    const kinds = mapped(addendRows, (r) => r.kinds[at(r)]!);
    if (!kinds.includes("number")) continue;
    // A total row with nothing where its column has numbers is merged or shifted: leave the row.
    if (totalRow.kinds[c] !== "number") return;
    const header = headers[c] ?? "";
    if (notSummableDown(header) || LABEL_HEADER.test(header)) continue;
    const total = termOf(table, totalRow.index, c);
    const addends = addendRows.filter((r) => r.kinds[at(r)] === "number").map((r) => termOf(table, r.index, at(r)));
    const check = checkSum(total, addends);
    if (check.consistent || blankMayExplain(check, kinds, addends)) continue;
    found.push(violation("column", tableIndex, total, addends, check, label, header));
  }
  out.push(...found);
}

/**
 * True when the rows of a segment start right under a header naming its columns (or at the top of
 * the table). A row of one label and nothing else may be a title, or a row whose numbers are
 * missing: the rows after it cannot be told to be all the parts.
 */
function startsUnderHeader(segment: Segment): boolean {
  const last = segment.headers.at(-1);
  if (!last) return true;
  return last.kinds.filter((k) => k !== "blank").length >= 2;
}

function columnViolations(table: Table, tableIndex: number, segment: Segment, out: TableSumViolation[]): void {
  const rows = segment.data;
  if (!startsUnderHeader(segment)) return;
  // A total printed above its parts (总计 first, then the categories) is not read.
  if (rows.length === 0 || rows[0]!.totalRank > 0) return;
  const ranks = mapped(rows, (r) => r.totalRank);
  rows.forEach((shape, i) => {
    if (shape.totalRank === 0) return;
    const covered = coveredPositions(ranks, 0, i);
    if (!covered || covered.length === 0) return;
    const addendRows = mapped(covered, (p) => rows[p]!);
    // Parts that may overlap, or rows at different levels of an outline, are not summed.
    const labels = mapped(addendRows, (r) => (r.labelCount > 0 ? r.row.cells[0]!.text.trim() : ""));
    if (labels.some((l) => SUBSET_ROW.test(l)) || addendRows.some((r) => labelsOf(r).some(isRateOrId))) return;
    if (new Set(mapped(labels, labelLevel)).size > 1) return;
    checkTotalRow(table, tableIndex, segment, shape, addendRows, rowLabel(shape), out);
  });
}

/** A label without the words a partition names its whole by (第一产业增加值 → 第一产业, 进出口总值 → 总值). */
const withoutWholeWords = (label: string, partition: Partition) => (partition.totalWords ?? []).reduce((text, w) => text.replaceAll(w, ""), label);

/**
 * The member a row's label names, alone or with the whole's word (出口, 第一产业增加值): nothing more,
 * since a table row's label may narrow a member (国有控股企业 is not all of 国有).
 */
function exactMember(label: string, partition: Partition): string | undefined {
  if (label === "") return undefined;
  const rest = withoutWholeWords(label, partition);
  return partition.members.find((m) => m.words.includes(label) || m.words.includes(rest))?.id;
}

/**
 * The members of a complete partition right under the whole they make up, whose name the partition
 * knows: 生产总值 then 第一产业, 第二产业, 第三产业; 进出口总值 then 出口, 进口.
 */
function partitionViolations(table: Table, tableIndex: number, segment: Segment, out: TableSumViolation[]): void {
  const rows = segment.data;
  if (segment.headers.length === 0 || !startsUnderHeader(segment)) return;
  rows.forEach((whole, i) => {
    const name = whole.soleLabel;
    if (!WHOLE_WORDS.some((w) => name.includes(w)) || whole.totalRank > 0 || isRateOrId(name)) return;
    for (const partition of WHOLE_PARTITIONS) {
      // 进出口 names the whole though it ends with 出口; 第一产业增加值 is a member though it says 增加值.
      const rest = withoutWholeWords(name, partition);
      if (rest === name || memberOf(rest, partition)) continue;
      const parts = rows.slice(i + 1, i + 1 + partition.members.length);
      const members = mapped(parts, (p) => (SUBSET_ROW.test(p.soleLabel) || isRateOrId(p.soleLabel) ? undefined : exactMember(p.soleLabel, partition)));
      if (parts.length < partition.members.length || members.includes(undefined) || new Set(members).size !== members.length) continue;
      // Only columns under a header that names a level (not a rate) are read.
      const headers = headersOver(segment, whole);
      if (!headers || headers.every((h) => h === null)) return;
      const kept: TableSumViolation[] = [];
      checkTotalRow(table, tableIndex, segment, whole, parts, rowLabel(whole), kept);
      out.push(...kept.filter((v) => v.columnHeader !== ""));
      return;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Outcome columns: 受理数量 | 许可数量 | 不予许可数量 — the outcomes never more than the whole

/** A column header without spaces, its (unit) and a trailing 数量/数/件数 ("许可数量(宗)" → "许可"). */
const outcomeHeader = (text: string) => normalizeLabel(text).replace(/(?:数量|件数|总数|数)$/u, "");

/**
 * A header row naming the whole of an outcome split and every outcome, one column each (受理数量 |
 * 许可数量 | 不予许可数量): in each row under it, the outcomes add up to at most the whole. Only likely
 * (a decision may concern a thing accepted the period before): a warning.
 */
function outcomeColumnViolations(table: Table, tableIndex: number, segment: Segment, out: TableSumViolation[]): void {
  const header = segment.headers.at(-1)?.row;
  if (!header || !startsUnderHeader(segment)) return;
  const texts = header.cells.slice(0, trimmedLength(header)).map((c) => outcomeHeader(c.text));
  for (const split of OUTCOME_SPLITS) {
    const whole = texts.findIndex((t) => split.whole.includes(t));
    const members = mapped(split.members, (m) => texts.findIndex((t) => m.words.includes(t)));
    if (whole < 0 || members.some((c) => c < 0)) continue;
    for (const shape of segment.data) {
      // Only rows whose cells line up with the header (no label cells, or as many as it has).
      if (!shape.regular || trimmedLength(shape.row) !== texts.length) continue;
      if (shape.kinds[whole] !== "number" || members.some((c) => shape.kinds[c] !== "number")) continue;
      const total = termOf(table, shape.index, whole);
      const addends = mapped(members, (c) => termOf(table, shape.index, c));
      const check = checkSum(total, addends);
      if (check.consistent || !check.difference.startsWith("-")) continue;
      out.push({ ...violation("row", tableIndex, total, addends, check, rowLabel(shape), normalizeLabel(header.cells[whole]!.text), false), atMost: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Key–value tables: 省份 | 数量 | 省份 | 数量 … then 总计 | 183489

/** True for a header of repeated pairs: k | v | k | v … (at least two pairs). */
function isPairHeader(row: TableRow): boolean {
  const texts = headerTexts(row).slice(0, trimmedLength(row));
  if (texts.length < 4 || texts.length % 2 !== 0 || texts[0] === texts[1]) return false;
  return texts.every((t, i) => t !== "" && t === texts[i % 2]);
}

function pairViolations(table: Table, tableIndex: number, shapes: readonly RowShape[], out: TableSumViolation[]): boolean {
  const header = shapes.find((s) => !s.data && isPairHeader(s.row));
  if (!header) return false;
  const width = trimmedLength(header.row);
  const headerText = headerTexts(header.row).join("|");
  const same = (s: RowShape) => !s.data && headerTexts(s.row).slice(0, width).join("|") === headerText;
  // Each total covers the rows since the header or since the previous total row.
  let from = header.index + 1;
  for (let i = header.index + 1; i < shapes.length; i++) {
    const totalRow = shapes[i]!;
    if (totalRow.totalRank === 0 || !totalRow.data) continue;
    const start = from;
    from = i + 1;
    // 总计 | 183489 | (nothing else)
    if (totalRow.kinds[1] !== "number" || totalRow.kinds.slice(2).some((k) => k !== "blank")) continue;
    const addends: Term[] = [];
    let ok = true;
    for (let r = start; r < i && ok; r++) {
      const s = shapes[r]!;
      if (same(s)) continue;
      if (!s.data || s.totalRank > 0 || trimmedLength(s.row) > width) {
        ok = false;
        break;
      }
      for (let c = 0; c < width; c += 2) {
        const key = s.kinds[c] ?? "blank";
        const value = s.kinds[c + 1] ?? "blank";
        if (value === "text" || key === "number" || (key === "blank" && value === "number")) ok = false;
        else if (value === "number") addends.push(termOf(table, r, c + 1));
      }
    }
    if (!ok || addends.length < 2) continue;
    const total = termOf(table, i, 1);
    const check = checkSum(total, addends);
    if (!check.consistent) {
      out.push(violation("column", tableIndex, total, addends, check, totalRow.row.cells[0]!.text, headerTexts(header.row)[1]!));
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Parts shown by their sums: a row and the rows under it that share its head noun

// Rows under a candidate whole that are tried as its parts.
const MAX_SHOWN_PARTS = 12;
// Columns that must add up before rows are taken to be the parts of the row above them.
const MIN_AGREEING_COLUMNS = 2;
// A sum tells only when its total has this many units of its last printed digit (34.8, not 5.7 or 7).
const TELLING_UNITS = 100n;

/** A row's only label without unit and subset mark (#境内存款 → 境内存款); "" for other rows. */
function bareLabel(shape: RowShape): string {
  return shape.soleLabel.replace(/^(#|＃|其中[:：]?)/u, "");
}

/** The ending two labels share when both have something before it (境内存款, 住户存款 → 存款). */
function sharedHead(a: string, b: string): string {
  let n = 0;
  while (n < a.length - 1 && n < b.length - 1 && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

/**
 * A row followed by rows that end with its head noun (#境内存款, then 住户存款, 非金融企业存款, …) may be
 * their whole, but a breakdown under a row may also leave parts out or be something else. When in
 * at least two columns — and half of the columns whose sums tell — the rows add up to it, they are
 * its parts (the shortest such run is taken); then a column where they, none negative, add up to more
 * than it is a finding (a warning). A shortfall is not: a part may be left out (境内贷款 is more than
 * 住户贷款 + 非金融企业贷款), and a change of a part left out may be negative.
 */
function shownPartViolations(table: Table, tableIndex: number, segment: Segment, out: TableSumViolation[]): void {
  const rows = segment.data;
  if (segment.headers.length === 0 || !startsUnderHeader(segment)) return;
  rows.forEach((whole, i) => {
    const name = bareLabel(whole);
    const next = rows[i + 1];
    if (name === "" || !next || !whole.regular || whole.totalRank > 0 || isRateOrId(name)) return;
    const head = sharedHead(name, bareLabel(next));
    if (head.length < 2) return;
    const width = whole.row.cells.length;
    const parts: RowShape[] = [];
    for (let j = i + 1; j < rows.length && parts.length < MAX_SHOWN_PARTS; j++) {
      const r = rows[j]!;
      const label = r.soleLabel;
      if (!r.regular || r.totalRank > 0 || r.row.cells.length !== width || SUBSET_ROW.test(label) || isRateOrId(label)) break;
      if (!label.endsWith(head) || label.length === head.length || label === name) break;
      parts.push(r);
    }
    if (parts.length < 2 || new Set(mapped(parts, bareLabel)).size !== parts.length) return;
    const headers = headersOver(segment, whole);
    if (!headers) return;
    const columns = levelColumns(whole, headers);
    // For the first 2, 3, … parts: how many columns tell, and how many of those add up.
    const telling = new Int32Array(parts.length + 1);
    const agreeing = new Int32Array(parts.length + 1);
    for (const c of columns) {
      const total = termOf(table, whole.index, c);
      const addends: Term[] = [];
      for (const r of parts) {
        if (r.kinds[c] !== "number") break;
        addends.push(termOf(table, r.index, c));
      }
      const scale = Math.max(total.decimals, ...addends.map((a) => a.decimals)) + 1;
      const large = abs(mantissaOf(total.value)) >= TELLING_UNITS;
      let sum = 0n;
      let tolerance = halfUnit(total, scale);
      let nonZero = 0;
      addends.forEach((a, k) => {
        sum += scaled(a.value, a.decimals, scale);
        tolerance += halfUnit(a, scale);
        if (mantissaOf(a.value) !== 0n) nonZero++;
        if (!large || nonZero < 2) return;
        telling[k + 1]!++;
        if (abs(scaled(total.value, total.decimals, scale) - sum) <= tolerance) agreeing[k + 1]!++;
      });
    }
    for (let end = 2; end <= parts.length; end++) {
      if (agreeing[end]! < MIN_AGREEING_COLUMNS || agreeing[end]! * 2 < telling[end]!) continue;
      exceedingColumns(table, tableIndex, whole, parts.slice(0, end), columns, headers, false, out);
      return;
    }
  });
}

const abs = (x: bigint) => (x < 0n ? -x : x);

/** Columns of levels: a number in the whole's cell, a header that names it and adds up down. */
function levelColumns(whole: RowShape, headers: readonly (string | null)[]): number[] {
  const columns: number[] = [];
  for (let c = whole.labelCount; c < whole.row.cells.length; c++) {
    const header = headers[c] ?? "";
    if (whole.kinds[c] === "number" && header !== "" && !notSummableDown(header) && !LABEL_HEADER.test(header)) columns.push(c);
  }
  return columns;
}

/**
 * Some of the parts of a whole: in each column where they and the whole are numbers and none is
 * negative, a sum above the whole beyond rounding is a finding.
 */
function exceedingColumns(
  table: Table,
  tableIndex: number,
  whole: RowShape,
  parts: readonly RowShape[],
  columns: readonly number[],
  headers: readonly (string | null)[],
  certain: boolean,
  out: TableSumViolation[],
): void {
  for (const c of columns) {
    if (parts.some((r) => r.kinds[c] !== "number")) continue;
    const total = termOf(table, whole.index, c);
    const addends = mapped(parts, (r) => termOf(table, r.index, c));
    if ([total, ...addends].some((t) => t.value.startsWith("-"))) continue;
    const check = checkSum(total, addends);
    if (check.consistent || !check.difference.startsWith("-")) continue;
    out.push(violation("column", tableIndex, total, addends, check, rowLabel(whole), headers[c]!, certain));
  }
}

// ---------------------------------------------------------------------------------------------
// Parts the lexicon names: industries under 第三产业

// Breakdowns of a member of a partition that tables list under it, some of its parts each, with
// the words that may name that member (第三产业, 三产).
const MEMBER_BREAKDOWNS = [TERTIARY_INDUSTRIES].map((breakdown) => {
  const wholeWords = breakdown.totalWords ?? [];
  const memberWords = WHOLE_PARTITIONS.flatMap((p) => p.members.filter((m) => wholeWords.includes(m.id)).flatMap((m) => m.words));
  return { breakdown, wholeWords, names: [...wholeWords, ...memberWords] };
});

/** True when a member is under another member of the list (营利性服务业 under 其他服务业). */
function nested(ids: readonly string[], partition: Partition): boolean {
  const parentOf = new Map(mapped(partition.members, (m) => [m.id, m.parent]));
  return ids.some((id) => {
    for (let p = parentOf.get(id), steps = 0; p !== undefined && steps < partition.members.length; p = parentOf.get(p), steps++) {
      if (ids.includes(p)) return true;
    }
    return false;
  });
}

/**
 * Rows right under a row that the lexicon names as its parts (交通运输、仓储和邮政业, 金融业, … under
 * 第三产业): they may leave parts out, but never add up to more than it. Rows that nest (营利性服务业
 * with 其他服务业) are not added.
 */
function namedPartViolations(table: Table, tableIndex: number, segment: Segment, out: TableSumViolation[]): void {
  const rows = segment.data;
  if (segment.headers.length === 0 || !startsUnderHeader(segment)) return;
  const label = (s: RowShape) => (s.regular ? s.soleLabel : "");
  rows.forEach((whole, i) => {
    const name = label(whole);
    if (name === "") return;
    for (const { breakdown, wholeWords, names } of MEMBER_BREAKDOWNS) {
      if (!names.some((w) => name.includes(w))) continue;
      if (!wholeWords.includes(name) && !WHOLE_PARTITIONS.some((p) => wholeWords.includes(exactMember(name, p) ?? ""))) continue;
      const parts: RowShape[] = [];
      const ids: string[] = [];
      for (let j = i + 1; j < rows.length; j++) {
        const id = exactMember(label(rows[j]!), breakdown);
        if (id === undefined || ids.includes(id) || rows[j]!.row.cells.length !== whole.row.cells.length) break;
        parts.push(rows[j]!);
        ids.push(id);
      }
      if (parts.length < 2 || nested(ids, breakdown)) continue;
      const headers = headersOver(segment, whole);
      if (headers) exceedingColumns(table, tableIndex, whole, parts, levelColumns(whole, headers), headers, true, out);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// A total column the rows themselves show

// Rows (or groups of cells) that must agree before they are taken to show a total.
const MIN_AGREEING_ROWS = 2;
// A table cut into pieces leaves its row labels between them: lines this short, or table lines.
const MAX_DEBRIS_LINE = 40;
const MAX_DEBRIS_LINES = 20;
// Largest group of cells (parts and their total) tried within a row, besides the whole row.
const MAX_GROUP_SIZE = 12;

/** One table's rows and their shapes. */
interface TablePiece {
  readonly index: number;
  readonly table: Table;
  readonly shapes: readonly RowShape[];
}

/** A group of a row's cells read as parts then their total. */
interface GroupCheck {
  readonly piece: TablePiece;
  readonly shape: RowShape;
  readonly total: Term;
  readonly addends: readonly Term[];
  /** Every cell zero: proves nothing, is only checked. */
  readonly zero: boolean;
  readonly check: SumCheck;
}

/** At least two groups that tell, and two thirds of them, add up. */
function showsTotals(checks: readonly GroupCheck[]): boolean {
  const telling = checks.filter((c) => !c.zero);
  const agreeing = telling.filter((c) => c.check.consistent).length;
  return agreeing >= MIN_AGREEING_ROWS && agreeing * 3 >= telling.length * 2;
}

/** Two or more groups that tell, fewer than half of them adding up: another table, not a piece. */
function contradictsTotals(checks: readonly GroupCheck[]): boolean {
  const telling = checks.filter((c) => !c.zero);
  return telling.length >= 2 && telling.filter((c) => c.check.consistent).length * 2 < telling.length;
}

/** Each run of `size` cells of the row's values as parts then total. */
function groupChecks(piece: TablePiece, shape: RowShape, size: number): GroupCheck[] {
  const width = trimmedLength(shape.row) - shape.labelCount;
  const checks: GroupCheck[] = [];
  for (let from = shape.labelCount; from < shape.labelCount + width; from += size) {
    const total = termOf(piece.table, shape.index, from + size - 1);
    const addends: Term[] = [];
    for (let c = from; c < from + size - 1; c++) addends.push(termOf(piece.table, shape.index, c));
    const zero = total.value === "0" && addends.every((a) => a.value === "0");
    checks.push({ piece, shape, total, addends, zero, check: checkSum(total, addends) });
  }
  return checks;
}

/** The group's last cell is below one of the cells before it. */
const belowAPart = (c: GroupCheck) => c.addends.some((a) => Number(a.value) > Number(c.total.value));

/** True when the text between two tables holds only what a table cut into pieces leaves there. */
function debrisBetween(text: string, from: number, to: number): boolean {
  let lines = 0;
  let start = from;
  while (start < to) {
    let end = text.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    const line = text.slice(start, end).trim();
    if (line !== "") {
      if (++lines > MAX_DEBRIS_LINES) return false;
      const tableLine = /[|｜\t]/u.test(line);
      if (!tableLine && (line.length > MAX_DEBRIS_LINE || line.includes("。"))) return false;
    }
    start = end + 1;
  }
  return true;
}

/**
 * Tables whose header was lost in extraction (a PDF's 政府信息公开 table cut into pieces) can still
 * show their total column: rows of the same number of whole-number cells where, in at least two of
 * them — and two thirds of those not all zero — the last cell is the sum of the others. Then a row
 * where it is not is a finding: certain when the row's own table shows the pattern, a warning when
 * only the pieces together (the tables given, cut apart by stray labels and page breaks) or groups
 * within the rows (every fifth cell the total of the four before it) show it. A piece whose rows
 * mostly break the pattern is another table; several group sizes that fit leave the rows unread.
 */
function inferredViolations(pieces: readonly TablePiece[], out: TableSumViolation[]): void {
  const byWidth = new Map<number, { piece: TablePiece; shape: RowShape }[]>();
  for (const piece of pieces) {
    for (const shape of piece.shapes) {
      if (!shape.data || !shape.regular || shape.labelCount > 2) continue;
      const length = trimmedLength(shape.row);
      const width = length - shape.labelCount;
      if (width < 4) continue;
      let whole = true;
      for (let c = shape.labelCount; c < length && whole; c++) whole = shape.kinds[c] === "number" && decimalsOf(shape.row.cells[c]!.value!) === 0;
      if (!whole) continue;
      const group = byWidth.get(width);
      if (group) group.push({ piece, shape });
      else byWidth.set(width, [{ piece, shape }]);
    }
  }
  const reported = new Set<string>();
  const report = (c: GroupCheck, certain: boolean) => {
    const key = `${c.piece.index} ${c.total.row} ${c.total.cell}`;
    if (c.check.consistent || reported.has(key)) return;
    reported.add(key);
    out.push(violation("row", c.piece.index, c.total, c.addends, c.check, rowLabel(c.shape), "", certain));
  };
  for (const [width, rows] of byWidth) {
    const rowsByPiece = new Map<TablePiece, RowShape[]>();
    for (const r of rows) {
      const own = rowsByPiece.get(r.piece);
      if (own) own.push(r.shape);
      else rowsByPiece.set(r.piece, [r.shape]);
    }
    // Groups of `size` cells, by piece; the pieces together, without those that contradict them.
    const shown: { size: number; byPiece: GroupCheck[][]; pooled: GroupCheck[] }[] = [];
    // Small groups (a few parts and their total) that divide the row, and the whole row.
    const sizes: number[] = [];
    for (let size = 4; size <= Math.min(width, MAX_GROUP_SIZE); size++) if (width % size === 0) sizes.push(size);
    if (width > MAX_GROUP_SIZE) sizes.push(width);
    for (const size of sizes) {
      const byPiece = mapped([...rowsByPiece], ([piece, shapes]) => shapes.flatMap((shape) => groupChecks(piece, shape, size)));
      const pooled = byPiece.filter((own) => !contradictsTotals(own)).flat();
      if (showsTotals(pooled) || (size === width && byPiece.some(showsTotals))) shown.push({ size, byPiece, pooled });
    }
    const [only, ...others] = shown;
    if (!only || others.length > 0) continue;
    // The last cell as the total, shown by the row's own table: certain.
    if (only.size === width) only.byPiece.filter(showsTotals).forEach((own) => own.forEach((c) => report(c, true)));
    // Without its own table's rows to show it, a group whose last cell is below another may have lost
    // its total (an empty cell at the row's end): not read.
    if (showsTotals(only.pooled)) {
      for (const c of only.pooled) if (!belowAPart(c)) report(c, false);
    }
  }
}

/**
 * Every printed table total in the report that does not equal the sum of the cells it covers,
 * beyond what rounding of the printed numbers explains. Pure: reads only `report.tables`.
 */
export function tableSumViolations(report: Report): TableSumViolation[] {
  const out: TableSumViolation[] = [];
  // Consecutive tables whose header found nothing, with only debris between them: maybe one table.
  let pieces: TablePiece[] = [];
  report.tables.forEach((table, tableIndex) => {
    const shapes = mapped(table.rows, shapeRow);
    const before = out.length;
    if (pairViolations(table, tableIndex, shapes, out)) {
      inferredViolations(pieces, out);
      pieces = [];
      return;
    }
    const segments = segmentsOf(shapes);
    for (const segment of segments) {
      rowViolations(table, tableIndex, segment, out);
      columnViolations(table, tableIndex, segment, out);
      partitionViolations(table, tableIndex, segment, out);
      outcomeColumnViolations(table, tableIndex, segment, out);
      namedPartViolations(table, tableIndex, segment, out);
      shownPartViolations(table, tableIndex, segment, out);
    }
    // Only when the header found nothing: a table that has a readable header says what it totals.
    const headerless = out.length === before && !segments.some((seg) => totalColumns(seg, table.layout === "cell-per-line").length > 0);
    const last = pieces.at(-1);
    if (!headerless || (last && !debrisBetween(report.text, last.table.span[1], table.span[0]))) {
      inferredViolations(pieces, out);
      pieces = [];
    }
    if (headerless) pieces.push({ index: tableIndex, table, shapes });
  });
  inferredViolations(pieces, out);
  // In table order (a table's inferred totals are found after the tables that follow it).
  return out.sort((a, b) => a.table - b.table);
}
