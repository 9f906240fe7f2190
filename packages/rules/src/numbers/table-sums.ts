/**
 * Totals in text tables: a 合计/总计/小计 column must equal the sum of the cells it covers in each
 * row, a 合计/总计/小计 row must equal the sum of the column above it, a key–value table
 * (`省份 | 数量 | 省份 | 数量 …` then `总计 | 183489`) must total all its values, and a 生产总值 row
 * followed by 第一/第二/第三产业 must equal their sum. Only structured findings come out of here; the
 * sum-mismatch rule words them. Docs: docs/rules/sum-mismatch.md
 *
 * A wrong alarm on a correct table is far worse than a miss, so every doubt means silence: rows
 * whose cells do not line up with the header, text among the numbers, headers of rates, shares,
 * averages, years or serial numbers, parts that may overlap (其中, #), mixed numbering levels, a
 * total printed above its parts, and cells that are merged or shifted. Arithmetic is exact (BigInt on
 * the printed digits); a printed decimal stands for anything that rounds to it, so a total may differ
 * from the sum by half a unit of the last printed digit of each number involved.
 */
import { PARTITIONS, type Report, type Span, type Table, type TableCell, type TableRow } from "@reportlint/report-model";
import { isPlaceholderCell } from "@reportlint/parser";
import { decimalsOf, mantissaOf } from "@reportlint/indicator-math";

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
const GDP = /生产总值$/u;
// The three sectors, as the industry partition of the lexicon names them.
const SECTORS = PARTITIONS.find((p) => p.id === "industry")?.members.map((m) => m.id) ?? [];

// Words that make a bracket after a total a restriction (合计（不含结转）), not a unit.
const RESTRICTION = /含|不|除|包括|仅|只|其中/u;

/** The label without spaces, a trailing (unit) and a trailing colon: "合 计（宗）：" → "合计". */
function normalizeLabel(text: string): string {
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
  const kinds = row.cells.map(kindOf);
  const lastText = kinds.lastIndexOf("text");
  const firstNumber = kinds.indexOf("number");
  const hasNumber = firstNumber >= 0;
  return {
    index,
    row,
    kinds,
    labelCount: lastText + 1,
    regular: !hasNumber || firstNumber > lastText,
    data: hasNumber && !isYearRow(row, kinds),
    totalRank: lastText >= 0 && kinds[0] === "text" ? totalRankOf(row.cells[0]!.text) : 0,
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

/**
 * How many leading header cells name the label columns rather than value columns: the header's own
 * label words (项目, 指标, an empty corner), or else what most rows of the segment say (header cells
 * minus the row's values). Null when the rows do not agree.
 */
function labelHeaders(texts: readonly string[], columns: number, segment: Segment): number | null {
  let lead = 0;
  while (lead < columns - 1 && (texts[lead] === "" || LABEL_HEADER.test(texts[lead]!))) lead++;
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

/**
 * Σ addends against the total. A number with d printed decimals stands for anything within half a
 * unit of its last digit; whole numbers are exact counts. Inconsistent only when even the widest
 * reading of every number cannot make them agree.
 */
function checkSum(total: Term, addends: readonly Term[]): SumCheck {
  const decimals = Math.max(total.decimals, ...addends.map((a) => a.decimals));
  // One more digit than printed, so that half a unit is a whole number of steps.
  const scale = decimals + 1;
  const half = (t: Term) => (t.decimals === 0 ? 0n : 5n * 10n ** BigInt(scale - t.decimals - 1));
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

/** Header text of each cell of `header`, normalised for the checks above. */
const headerTexts = (header: TableRow) => header.cells.map((c) => c.text.replace(/\s+/gu, ""));

// ---------------------------------------------------------------------------------------------
// Total columns: each row's total cell against the cells before it

interface ColumnPlan {
  /** Header text of the total column. */
  readonly header: string;
  /** For a row, the cell indices of the total and of its addends, or null to skip the row. */
  readonly locate: (shape: RowShape) => { total: number; addends: number[] } | null;
}

/** Total columns of a segment, read from its header rows; none when the header cannot be mapped. */
function totalColumns(segment: Segment): ColumnPlan[] {
  const { headers } = segment;
  let top = -1;
  for (let i = headers.length - 1; i >= 0 && top < 0; i--) {
    if (headers[i]!.row.cells.some((c) => totalRankOf(c.text) > 0)) top = i;
  }
  if (top < 0) return [];
  const header = headers[top]!.row;
  const texts = headerTexts(header);
  const ranks = header.cells.map((c) => totalRankOf(c.text));
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
    if (labelColumns === null) return [];
    plans.push({
      header: texts[topLength - 1]!,
      locate(shape) {
        const fitted = fit(columns, labelColumns, shape);
        if (!fitted || fitted.length - shape.labelCount < 2) return null;
        const total = fitted.length - 1;
        const addends: number[] = [];
        for (let c = shape.labelCount; c < total; c++) addends.push(c);
        return { total, addends };
      },
    });
    return plans;
  }
  const length = header.cells.length;
  const labelColumns = labelHeaders(texts, length, segment);
  if (labelColumns === null) return [];
  ranks.forEach((rank, t) => {
    if (rank === 0) return;
    const covered = coveredPositions(ranks, 0, t);
    if (!covered || covered.length === 0) return;
    const unit = headerUnit(header.cells[t]!.text);
    const amount = AMOUNT.test(texts[t]!);
    plans.push({
      header: texts[t]!,
      locate(shape) {
        const aligned = fit(length, labelColumns, shape);
        if (!aligned) return null;
        const total = t + aligned.offset;
        if (total < shape.labelCount || total >= aligned.length) return null;
        // A total over the first value column is printed before its parts: not read.
        if ((ranks[shape.labelCount - aligned.offset] ?? 0) > 0) return null;
        const addends: number[] = [];
        for (const h of covered) {
          const c = h + aligned.offset;
          // Header cells over the row's labels are the label columns' headers, not parts.
          if (c < shape.labelCount) continue;
          const text = texts[h]!;
          // An unnamed column may be the labels' or a merged one: not read.
          if (text === "" || LABEL_HEADER.test(text) || SUBSET_ROW.test(text) || isRateOrId(text) || AMOUNT.test(text) !== amount) return null;
          const u = headerUnit(header.cells[h]!.text);
          if (u !== null && unit !== null && u !== unit) return null;
          addends.push(c);
        }
        return addends.length > 0 ? { total, addends } : null;
      },
    });
  });
  return plans;
}

const labelsOf = (shape: RowShape) => shape.row.cells.slice(0, shape.labelCount).map((c) => c.text.replace(/\s+/gu, ""));

function rowLabel(shape: RowShape): string {
  return shape.labelCount > 0 ? shape.row.cells[shape.labelCount - 1]!.text : "";
}

function rowViolations(table: Table, tableIndex: number, segment: Segment, out: TableSumViolation[]): void {
  const plans = totalColumns(segment);
  for (const plan of plans) {
    for (const shape of segment.data) {
      // A row of rates or averages (增长率, 平均) does not add up across.
      if (!shape.regular || labelsOf(shape).some(isRateOrId)) continue;
      const place = plan.locate(shape);
      if (!place) continue;
      if (shape.kinds[place.total] !== "number") continue;
      const kinds = place.addends.map((c) => shape.kinds[c]);
      if (kinds.some((k) => k === "text") || !kinds.includes("number")) continue;
      const total = termOf(table, shape.index, place.total);
      const addends = place.addends.filter((c) => shape.kinds[c] === "number").map((c) => termOf(table, shape.index, c));
      const check = checkSum(total, addends);
      if (check.consistent || blankMayExplain(check, kinds, addends)) continue;
      out.push(violation("row", tableIndex, total, addends, check, rowLabel(shape), plan.header));
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
): TableSumViolation {
  const strip = ({ decimals: _d, ...term }: Term): TableSumTerm => term;
  return {
    kind,
    table,
    total: strip(total),
    addends: addends.map(strip),
    sum: check.sum,
    difference: check.difference,
    tolerance: check.tolerance,
    rowLabel: rowLabelText,
    columnHeader,
  };
}

// ---------------------------------------------------------------------------------------------
// Total rows: each cell of a 合计 row against the column above it

/** Numbering level of a row label, or "" when it has none. */
function labelLevel(label: string): string {
  for (const [level, re] of LABEL_LEVELS) if (re.test(label)) return level;
  return "";
}

/**
 * The header text over each cell of a row (null where there is none), or null when the header
 * does not line up with the row. Grouped headers (two rows of several cells) cannot be placed cell
 * by cell: they are accepted, with no text, only when none of their cells names a rate or an id.
 */
function headersOver(segment: Segment, shape: RowShape): (string | null)[] | null {
  const header = segment.headers.at(-1)?.row;
  if (!header) return shape.row.cells.map(() => null);
  const texts = headerTexts(header);
  const labelColumns = labelHeaders(texts, header.cells.length, segment);
  const aligned = labelColumns === null ? null : fit(header.cells.length, labelColumns, shape);
  if (aligned) return shape.row.cells.map((_, c) => texts[c - aligned.offset] ?? null);
  const above = segment.headers.at(-2)?.row;
  if (!above || trimmedLength(above) < 2) return null;
  const all = segment.headers.flatMap((h) => headerTexts(h.row));
  return all.some(isRateOrId) ? null : shape.row.cells.map(() => null);
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
    const kinds = addendRows.map((r) => r.kinds[at(r)]!);
    if (!kinds.includes("number")) continue;
    // A total row with nothing where its column has numbers is merged or shifted: leave the row.
    if (totalRow.kinds[c] !== "number") return;
    const header = headers[c] ?? "";
    if (isRateOrId(header) || LABEL_HEADER.test(header)) continue;
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
  const ranks = rows.map((r) => r.totalRank);
  rows.forEach((shape, i) => {
    if (shape.totalRank === 0) return;
    const covered = coveredPositions(ranks, 0, i);
    if (!covered || covered.length === 0) return;
    const addendRows = covered.map((p) => rows[p]!);
    // Parts that may overlap, or rows at different levels of an outline, are not summed.
    const labels = addendRows.map((r) => (r.labelCount > 0 ? r.row.cells[0]!.text.trim() : ""));
    if (labels.some((l) => SUBSET_ROW.test(l)) || addendRows.some((r) => labelsOf(r).some(isRateOrId))) return;
    if (new Set(labels.map(labelLevel)).size > 1) return;
    checkTotalRow(table, tableIndex, segment, shape, addendRows, rowLabel(shape), out);
  });
}

/** 生产总值 followed by 第一产业, 第二产业, 第三产业: the three sectors make up the whole. */
function sectorViolations(table: Table, tableIndex: number, segment: Segment, out: TableSumViolation[]): void {
  const rows = segment.data;
  if (segment.headers.length === 0 || !startsUnderHeader(segment)) return;
  for (let i = 0; i + 3 < rows.length; i++) {
    const whole = rows[i]!;
    if (whole.labelCount !== 1 || !GDP.test(normalizeLabel(whole.row.cells[0]!.text))) continue;
    const parts = rows.slice(i + 1, i + 4);
    const names = parts.map((p) => (p.labelCount === 1 ? normalizeLabel(p.row.cells[0]!.text).replace(/增加值$/u, "") : ""));
    if (!SECTORS.every((s) => names.includes(s)) || new Set(names).size !== 3) continue;
    // Only columns under a header that names a level (not a rate) are read.
    const headers = headersOver(segment, whole);
    if (!headers || headers.every((h) => h === null)) continue;
    const kept: TableSumViolation[] = [];
    checkTotalRow(table, tableIndex, segment, whole, parts, rowLabel(whole), kept);
    out.push(...kept.filter((v) => v.columnHeader !== ""));
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
// A total column the rows themselves show

// Rows that must agree before a table is taken to carry a total in its last column.
const MIN_AGREEING_ROWS = 2;

/**
 * A table whose header was lost in extraction (a PDF's 政府信息公开 table cut into pieces) can still
 * show its total column: when the rows have one label and the same number of whole-number cells, and
 * in at least two of them — and two thirds of those not all zero — the last cell is the sum of the
 * others, the last column is a total, and a row where it is not is a finding. Rows of zeros prove
 * nothing and are only checked.
 */
function inferredRowViolations(table: Table, tableIndex: number, shapes: readonly RowShape[], out: TableSumViolation[]): void {
  const rows = shapes.filter((s) => s.data && s.regular && s.labelCount <= 1);
  const width = (s: RowShape) => trimmedLength(s.row) - s.labelCount;
  const widths = new Map<number, RowShape[]>();
  for (const s of rows) {
    const w = width(s);
    if (w >= 4) widths.set(w, [...(widths.get(w) ?? []), s]);
  }
  for (const group of widths.values()) {
    const checks = group.flatMap((s) => {
      const cells = Array.from({ length: width(s) }, (_, i) => s.labelCount + i);
      if (cells.some((c) => s.kinds[c] !== "number") || cells.some((c) => decimalsOf(s.row.cells[c]!.value!) > 0)) return [];
      const total = termOf(table, s.index, cells.at(-1)!);
      const addends = cells.slice(0, -1).map((c) => termOf(table, s.index, c));
      const zero = total.value === "0" && addends.every((a) => a.value === "0");
      return [{ s, total, addends, zero, check: checkSum(total, addends) }];
    });
    const telling = checks.filter((c) => !c.zero);
    const agreeing = telling.filter((c) => c.check.consistent).length;
    if (agreeing < MIN_AGREEING_ROWS || agreeing * 3 < telling.length * 2) continue;
    for (const c of checks) {
      if (c.check.consistent) continue;
      out.push(violation("row", tableIndex, c.total, c.addends, c.check, rowLabel(c.s), ""));
    }
  }
}

/**
 * Every printed table total in the report that does not equal the sum of the cells it covers,
 * beyond what rounding of the printed numbers explains. Pure: reads only `report.tables`.
 */
export function tableSumViolations(report: Report): TableSumViolation[] {
  const out: TableSumViolation[] = [];
  report.tables.forEach((table, tableIndex) => {
    const shapes = table.rows.map(shapeRow);
    if (pairViolations(table, tableIndex, shapes, out)) return;
    const before = out.length;
    for (const segment of segmentsOf(shapes)) {
      rowViolations(table, tableIndex, segment, out);
      columnViolations(table, tableIndex, segment, out);
      sectorViolations(table, tableIndex, segment, out);
    }
    // Only when the header found nothing: a table that has a readable header says what it totals.
    if (out.length === before && !segmentsOf(shapes).some((seg) => totalColumns(seg).length > 0)) {
      inferredRowViolations(table, tableIndex, shapes, out);
    }
  });
  return out;
}
