/**
 * The 政府信息公开 tables as data: every number printed in one of the template's tables
 * (国办公开办函〔2021〕30号, XXGK_TEMPLATE) mapped to its table, row and column, or left unplaced —
 * never guessed. Reads the generic text tables (`report.tables`: pipe rows from PDF-to-text, one
 * cell per line from web pages, tab rows from .docx tables) plus the `行政许可 0` lines PDF
 * extraction leaves of part 二's one-value rows.
 *
 * How a row is placed:
 * - part 二 (第二十条 items): the label is the template's row label (规章, 行政规范性文件, 行政许可 …)
 *   and the row prints as many values as the block has columns; a header naming other columns (the
 *   2019 form's 本年新制作数量 …) leaves the row unplaced.
 * - part 三: rows of seven values (自然人, five kinds of 法人或其他组织, 总计). A row whose own label
 *   names one template row is an anchor; rows without a usable label (PDF extraction moves labels
 *   away from their numbers) between two anchors are placed in template order only when exactly as
 *   many template rows lie between the anchors as rows were printed, each consistent with its label
 *   words if any (`certain: false`). Anything else in the table's span is unplaced.
 * - part 四: one row of fifteen values (行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持, 结果纠正,
 *   其他结果, 尚未审结, 总计), or a labelled row of five values per group.
 */
import {
  BoundedMap,
  XXGK_TEMPLATE,
  xxgkTable,
  type Report,
  type Span,
  type Table,
  type TableCell,
  type TableRow,
  type XxgkCell,
  type XxgkTableId,
  type XxgkTableSeen,
  type XxgkTables,
  type XxgkUnplaced,
  type XxgkUnplacedReason,
  type XxgkRowDef,
  type XxgkTableDef,
} from "@reportlint/report-model";
import { digitValue, isSpace } from "../chars.js";
import { createLineIndex, type LineIndex } from "../line-index.js";
import { splitLines, type Line } from "../lines.js";
import { isPlaceholderCell, parseCellNumber } from "../tables.js";
import { objectList } from "../lists.js";

/** What the placement needs of a report. */
export type XxgkSource = Pick<Report, "text" | "tables">;

// By UTF-16 code unit (every mark here is one): brackets folded to half width, quotation marks dropped,
// marks written "." after a digit.
const FOLD = new Map([..."（）〔〕［］"].map((ch, i) => [ch.charCodeAt(0), i % 2 === 0 ? "(" : ")"]));
const DROPPED = new Set([..."“”‘’\"'「」『』"].map((ch) => ch.charCodeAt(0)));
const NUMBER_MARKS = new Set([..."、．.,，"].map((ch) => ch.charCodeAt(0)));

/**
 * A label as matched against the template: no spaces or quotation marks, half-width brackets and
 * digits, and "1、" / "1．" / "1，" written "1.".
 */
export function normalizeXxgkLabel(label: string): string {
  // Characters kept as they are are copied in runs, not one by one (most labels change little).
  let out = "";
  let run = 0;
  // The last character written is a digit (a dropped character in between changes nothing).
  let afterDigit = false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    let put: string;
    if (isSpace(c) || DROPPED.has(c)) put = "";
    else {
      const d = digitValue(c);
      if (d >= 0) {
        afterDigit = true;
        if (c < 0x80) continue;
        put = String(d);
      } else {
        const mark = afterDigit && NUMBER_MARKS.has(c);
        afterDigit = false;
        const folded = mark ? "." : FOLD.get(c);
        if (folded === undefined) continue;
        put = folded;
      }
    }
    out += label.slice(run, i) + put;
    run = i + 1;
  }
  return run === 0 ? label : out + label.slice(run);
}

/** A row of a text table as the placement sees it. */
interface RowView {
  readonly table: number;
  readonly index: number;
  readonly row: TableRow;
  /** The label cells before the first value, joined and normalised. */
  readonly label: string;
  /** The last of those cells, normalised (规章 of 第二十条第(一)项 | 规章). */
  readonly last: string;
  /** Value positions from the first value to the last: numbers, placeholders, and empty cells between them. */
  readonly values: readonly TableCell[];
  /** The application-table rows the label names (applicationRowsOf), asked once per row. */
  readonly applications: readonly XxgkRowDef[];
}

function viewOf(row: TableRow, table: number, index: number): RowView {
  let label = "";
  let lastLabel = "";
  const values: TableCell[] = objectList();
  let end = -1;
  for (const cell of row.cells) {
    const isValue = cell.value !== null || (cell.text !== "" && isPlaceholderCell(cell.text));
    if (isValue) {
      values.push(cell);
      end = values.length;
    } else if (values.length > 0) {
      // A hole between values, or text after them (ends the values).
      if (cell.text !== "") break;
      values.push(cell);
    } else if (cell.text !== "") {
      label += cell.text;
      lastLabel = cell.text;
    }
  }
  values.length = Math.max(0, end);
  const normalized = normalizeXxgkLabel(label);
  return { table, index, row, label: normalized, last: normalizeXxgkLabel(lastLabel), values, applications: applicationRowsOf(normalized) };
}

const ORDER_ROWS = xxgkTable("applications").rows.filter((r) => !r.subtotal);
const SLOT = new Map(ORDER_ROWS.map((r, i) => [r.id, i]));

// Answers per normalised label, kept across reports (labels repeat: the template's rows), emptied past a bound.
const MAX_KNOWN_LABELS = 5_000;
const applicationRowsByLabel = new BoundedMap<string, XxgkRowDef[]>(MAX_KNOWN_LABELS);
const art20RowByLabel = new BoundedMap<string, { table: XxgkTableId; row: XxgkRowDef } | null>(MAX_KNOWN_LABELS);
const reviewRowsByLabel = new BoundedMap<string, XxgkRowDef[]>(MAX_KNOWN_LABELS);

/** `find(label)` (never undefined), asked once per label: the answer is kept (its users never change it). */
function knownAnswer<T>(answers: BoundedMap<string, T>, label: string, find: (label: string) => T): T {
  let found = answers.get(label);
  if (found === undefined) {
    found = find(label);
    answers.set(label, found);
  }
  return found;
}

/** The application-table rows a normalised label names (see findApplicationRows). */
const applicationRowsOf = (label: string): readonly XxgkRowDef[] => knownAnswer(applicationRowsByLabel, label, findApplicationRows);

/** The application-table rows a normalised label names: by keys, else weak keys, else exact labels. */
function findApplicationRows(label: string): XxgkRowDef[] {
  if (label === "") return objectList(); // not []: the filters' results have object elements, even empty
  const rows = xxgkTable("applications").rows;
  let found = rows.filter((r) => r.keys?.some((k) => label.includes(k)));
  // A group's own name beside one of its numbered rows' names: the numbered row.
  found = found.filter((r) => !(r.subtotal && found.some((s) => s.group === r.id)));
  if (found.length === 0) found = rows.filter((r) => r.weakKeys?.some((k) => label.includes(k)));
  if (found.length === 0) found = rows.filter((r) => r.exact?.includes(label));
  return found;
}

/** The part 二 table and row a normalised label names exactly (see findArt20Row). */
const art20RowOf = (label: string) => knownAnswer(art20RowByLabel, label, findArt20Row);

/** The part 二 table and row a normalised label names exactly. */
function findArt20Row(label: string): { table: XxgkTableId; row: XxgkRowDef } | null {
  for (const t of XXGK_TEMPLATE) {
    if (t.part !== 2) continue;
    for (const row of t.rows) if (row.exact?.includes(label)) return { table: t.id, row };
  }
  return null;
}

const REVIEW_ROWS = xxgkTable("review-litigation").rows;

/** The review-and-lawsuit rows whose keys a normalised label holds. */
const reviewRowsOf = (label: string): readonly XxgkRowDef[] =>
  knownAnswer(reviewRowsByLabel, label, (l) => REVIEW_ROWS.filter((r) => r.keys?.some((k) => l.includes(k))));

class Collector {
  readonly cells: XxgkCell[] = objectList();
  readonly unplaced: XxgkUnplaced[] = objectList();
  /** Starts of cells already placed or unplaced, so no number is taken twice. */
  readonly taken = new Set<number>();
  constructor(private readonly lines: () => LineIndex) {}

  place(table: XxgkTableId, row: string, column: string, cell: TableCell, certain: boolean): void {
    if (cell.value === null || this.taken.has(cell.span[0])) return;
    this.taken.add(cell.span[0]);
    this.cells.push({ table, row, column, value: cell.value, span: cell.span, line: this.lines().positionAt(cell.span[0]).line, certain });
  }

  leave(table: XxgkTableId | null, cells: readonly TableCell[], reason: XxgkUnplacedReason): void {
    for (const cell of cells) {
      if (cell.value === null || this.taken.has(cell.span[0])) continue;
      this.taken.add(cell.span[0]);
      this.unplaced.push({ table, text: cell.text, span: cell.span, line: this.lines().positionAt(cell.span[0]).line, reason });
    }
  }
}

/** Where a row's header is looked for: its table's header row, or (bare lines) the text before it. */
type HeaderOf = (view: RowView, def: XxgkTableDef) => string | null;

/** The closest row before `view` in its table that holds no values: its header, if any. */
function headerOf(tables: readonly Table[], view: RowView): string | null {
  const rows = tables[view.table]!.rows;
  // Loops, not some + map + join: the cell lists come in several layouts (a wrong-map deopt site).
  for (let i = view.index - 1; i >= 0; i--) {
    const cells = rows[i]!.cells;
    let words = "";
    let hasValue = false;
    for (let k = 0; k < cells.length && !hasValue; k++) {
      hasValue = cells[k]!.value !== null;
      words += cells[k]!.text;
    }
    if (hasValue) continue;
    return normalizeXxgkLabel(words);
  }
  return null;
}

function placeArt20(views: readonly RowView[], header: HeaderOf, out: Collector): void {
  for (const view of views) {
    const named = art20RowOf(view.label) ?? art20RowOf(view.last);
    if (!named || view.values.length === 0) continue;
    const def = xxgkTable(named.table);
    const headerText = header(view, def);
    // A header of this block names its columns (信息内容 | 本年制发件数 …); one that names none of them
    // is another form of the table. A header that is only the block's title (第二十条第(一)项) says nothing.
    const otherForm = headerText !== null && def.otherFormWords?.some((w) => headerText.includes(w));
    if (otherForm || (headerText !== null && !headerText.includes("第二十条") && !def.headerWords?.some((w) => headerText.includes(w)))) {
      out.leave(named.table, view.values, "columns-unknown");
      continue;
    }
    if (view.values.length !== def.columns.length) {
      out.leave(named.table, view.values, "column-count");
      continue;
    }
    view.values.forEach((cell, k) => out.place(named.table, named.row.id, def.columns[k]!.id, cell, true));
  }
}

/** `行政许可 0`: a part 二 one-value row that PDF extraction printed as a line of its own. */
interface Art20Line {
  readonly table: XxgkTableId;
  readonly row: string;
  readonly column: string;
  readonly cell: TableCell;
}

/**
 * The last characters of part 二's row labels (规章, 行政许可 …): ideographs, which normalising keeps,
 * so a label ending otherwise (after spaces and quotation marks) names no part 二 row.
 */
const ART20_LAST = new Set(XXGK_TEMPLATE.filter((t) => t.part === 2).flatMap((t) => t.rows.flatMap((r) => (r.exact ?? []).map((l) => l.charCodeAt(l.length - 1)))));

/** Whether the label text[start, end) may name a part 二 row: its last kept character ends one of their labels. */
function mayNameArt20Row(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && (isSpace(text.charCodeAt(i)) || DROPPED.has(text.charCodeAt(i)))) i--;
  return i >= start && ART20_LAST.has(text.charCodeAt(i));
}

/** The `行政许可 0` lines of the text, found once for both readings (see placeAll). */
function art20Lines(text: string, lines: readonly Line[]): Art20Line[] {
  const found: Art20Line[] = objectList();
  for (const line of lines) {
    const { contentStart: start, contentEnd: end } = line;
    if (end - start > 24) continue;
    let i = end;
    while (i > start && !isSpace(text.charCodeAt(i - 1))) i--;
    if (i === start || i === end || !mayNameArt20Row(text, start, i)) continue;
    const value = parseCellNumber(text, i, end);
    if (value === null) continue;
    const named = art20RowOf(normalizeXxgkLabel(text.slice(start, i)));
    if (!named) continue;
    const def = xxgkTable(named.table);
    if (def.columns.length !== 1) continue;
    found.push({ table: named.table, row: named.row.id, column: def.columns[0]!.id, cell: { text: text.slice(i, end), span: [i, end], value } });
  }
  return found;
}

function placeReview(views: readonly RowView[], out: Collector): void {
  const columns = xxgkTable("review-litigation").columns;
  for (const view of views) {
    const n = view.values.length;
    if (n === 15 && view.applications.length === 0 && !art20RowOf(view.last)) {
      view.values.forEach((cell, k) => out.place("review-litigation", REVIEW_ROWS[Math.floor(k / 5)]!.id, columns[k % 5]!.id, cell, true));
      continue;
    }
    if (view.label === "") continue;
    const named = reviewRowsOf(view.label);
    if (named.length !== 1) continue;
    const row = named[0]!;
    if (n === 5) view.values.forEach((cell, k) => out.place("review-litigation", row.id, columns[k]!.id, cell, true));
    else if (n > 0) out.leave("review-litigation", view.values, "column-count");
  }
}

const ALL_APPLICATION_COLUMNS = xxgkTable("applications").columns;
const TEMPLATE_COLUMNS = ALL_APPLICATION_COLUMNS.filter((c) => !c.optional).map((c) => c.id);
const SUBTOTAL = "legal-person-subtotal";

/**
 * The columns of part 三 as printed: the template's seven, or eight when the report adds a
 * 法人或其他组织 小计 column and its header says where (after 其他, or before 商业企业); null when rows
 * print eight values and the header does not say.
 */
function applicationColumns(text: string, views: readonly RowView[]): readonly string[] | null {
  let seven = 0;
  let eight: RowView | null = null;
  let eights = 0;
  for (const view of views) {
    if (view.applications.length !== 1) continue;
    if (view.values.length === 7) seven++;
    else if (view.values.length === 8) {
      eights++;
      eight ??= view;
    }
  }
  if (eights <= seven || !eight) return TEMPLATE_COLUMNS;
  const start = eight.values[0]!.span[0];
  const header = normalizeXxgkLabel(text.slice(Math.max(0, start - 600), start));
  const subtotal = header.lastIndexOf("小计");
  if (subtotal < 0) return null;
  const other = header.lastIndexOf("其他");
  const commercial = header.indexOf("商业", subtotal);
  const five = TEMPLATE_COLUMNS.slice(1, 6);
  if (other >= 0 && subtotal > other && other > header.lastIndexOf("法人或其他组织")) return [TEMPLATE_COLUMNS[0]!, ...five, SUBTOTAL, "total"];
  if (commercial > subtotal && header.lastIndexOf("商业") === commercial) return [TEMPLATE_COLUMNS[0]!, SUBTOTAL, ...five, "total"];
  return null;
}

function placeApplications(text: string, views: readonly RowView[], out: Collector): void {
  const columns = applicationColumns(text, views);
  if (!columns) {
    // Eight values a row and no header to say which is which: every labelled row is unplaced.
    for (const view of views) if (view.applications.length > 0 && view.values.length > 0) out.leave("applications", view.values, "column-count");
    return;
  }
  const n = columns.length;
  // Every row the application table's labels name, and every seven-value row: the candidates.
  // A loop into an object list: the map result reached the loops below with another map (a deopt).
  const named: (readonly XxgkRowDef[])[] = objectList();
  for (const v of views) named.push(v.applications);
  const anchors: number[] = [];
  let lastSlot = -1;
  views.forEach((view, i) => {
    const rows = named[i]!;
    if (view.values.length !== n || rows.length !== 1 || rows[0]!.subtotal) return;
    const slot = SLOT.get(rows[0]!.id)!;
    // Out of the template's order: not an anchor (it is left for the gap check below).
    if (slot <= lastSlot) return;
    anchors.push(i);
    lastSlot = slot;
  });
  if (anchors.length < 2) return;
  const first = anchors[0]!;
  const last = anchors.at(-1)!;
  const tablesOfAnchors = new Set(anchors.map((a) => views[a]!.table));
  const placeRow = (view: RowView, row: string, certain: boolean) =>
    view.values.forEach((cell, k) => out.place("applications", row, columns[k]!, cell, certain));
  // Subtotal rows and rows with other counts of values, anywhere in the table's span or tables.
  views.forEach((view, i) => {
    const inside = (i >= first && i <= last) || tablesOfAnchors.has(view.table);
    if (!inside || view.values.length === 0) return;
    const rows = named[i]!;
    if (view.values.length !== n) {
      if (i >= first && i <= last) out.leave("applications", view.values, "column-count");
      else if (rows.length > 0) out.leave("applications", view.values, "column-count");
      return;
    }
    if (rows.length === 1 && rows[0]!.subtotal) placeRow(view, rows[0]!.id, true);
  });
  for (const a of anchors) placeRow(views[a]!, named[a]![0]!.id, true);
  // The rows between two anchors, in template order.
  for (let k = 0; k + 1 < anchors.length; k++) {
    const a = anchors[k]!;
    const b = anchors[k + 1]!;
    const from = SLOT.get(named[a]![0]!.id)!;
    const to = SLOT.get(named[b]![0]!.id)!;
    const between: number[] = [];
    for (let i = a + 1; i < b; i++) {
      const rows = named[i]!;
      if (views[i]!.values.length !== n || (rows.length === 1 && rows[0]!.subtotal)) continue;
      between.push(i);
    }
    const fits =
      between.length === to - from - 1 &&
      between.every((i, j) => named[i]!.length === 0 || named[i]!.some((r) => SLOT.get(r.id) === from + 1 + j));
    for (const [j, i] of between.entries()) {
      if (fits) placeRow(views[i]!, ORDER_ROWS[from + 1 + j]!.id, false);
      else out.leave("applications", views[i]!.values, "row-unknown");
    }
  }
  // Seven-value rows of the anchors' tables outside the anchors' span.
  views.forEach((view, i) => {
    if ((i < first || i > last) && tablesOfAnchors.has(view.table) && view.values.length === n) out.leave("applications", view.values, "row-unknown");
  });
}

/** The span from the first start to the last end of the items of the lists. */
function spanOf(lists: readonly (readonly { readonly span: Span }[])[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const list of lists) {
    for (const { span } of list) {
      start = Math.min(start, span[0]);
      end = Math.max(end, span[1]);
    }
  }
  return [start, end];
}

const isPipe = (c: number) => c === 0x7c || c === 0xff5c;

function trimmedCell(text: string, start: number, end: number): TableCell {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { text: text.slice(s, e), span: [s, e], value: parseCellNumber(text, s, e) };
}

/**
 * Pipe rows that stand alone (`| 2.没有现成信息需要另行制作 | 47 | 1 | … |` between a cut label and a
 * `|---|` line): the table reader wants two rows for a table, PDF extraction often leaves one.
 */
function loneRows(text: string, lines: readonly Line[], tables: readonly Table[]): Table[] {
  const out: Table[] = objectList();
  // A text without any pipe (most reports) has no pipe row.
  let bar = text.indexOf("|");
  let wide = text.indexOf("｜");
  if (bar < 0 && wide < 0) return out;
  let t = 0;
  for (const line of lines) {
    const { contentStart: start, contentEnd: end } = line;
    // Lines without a pipe are skipped by the next pipe's offset, not read character by character.
    if (bar >= 0 && bar < start) bar = text.indexOf("|", start);
    if (wide >= 0 && wide < start) wide = text.indexOf("｜", start);
    if ((bar < 0 || bar >= end) && (wide < 0 || wide >= end)) continue;
    while (t < tables.length && tables[t]!.span[1] < start) t++;
    if (t < tables.length && tables[t]!.span[0] <= end && tables[t]!.span[1] >= start) continue;
    let pipes = 0;
    let digits = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isPipe(c)) pipes++;
      else if (digitValue(c) >= 0) digits = true;
    }
    if (pipes < 2 || !digits) continue;
    const cells: TableCell[] = objectList();
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i < end && !isPipe(text.charCodeAt(i))) continue;
      if (i > start && (i < end || from < end)) cells.push(trimmedCell(text, from, i));
      from = i + 1;
    }
    const row: TableRow = { cells, span: [start, end], line: line.index + 1 };
    out.push({ layout: "pipe-rows", rows: [row], span: row.span });
  }
  return out;
}

/** How many label lines before a run of values a bare row's label keeps ("(三)不予公开" / "1.属于国家" / "秘密"). */
const BARE_LABEL_LINES = 3;

/**
 * A second reading for tables copied one cell per line without any pipe (web pages): every run of
 * lines that are each one number (or a placeholder) is a row, its label the few lines of text before
 * it. Used when it places more numbers than the table reader's rows do.
 */
function bareRows(text: string, lines: readonly Line[]): { tables: Table[]; contextOf: (row: number) => string } {
  const rows: TableRow[] = objectList();
  // A row's context is the normalised text of the label lines since the last row or long prose line:
  // kept as a range of `parts` and read and normalised only when a header is asked for (rarely), not
  // for every short line of every report.
  const parts: Line[] = objectList();
  const contextRanges: [number, number][] = objectList();
  // Label lines become cells only when a row takes them (the last few before its values).
  let labels: Line[] = objectList();
  let contextFrom = 0;
  let values: TableCell[] = objectList();
  let firstLine = 0;
  const flush = () => {
    if (values.length === 0) return;
    const own = labels.slice(-BARE_LABEL_LINES);
    const cells: TableCell[] = objectList();
    for (const l of own) cells.push(trimmedCell(text, l.contentStart, l.contentEnd));
    for (const v of values) cells.push(v);
    const row: TableRow = { cells, span: [cells[0]!.span[0], cells.at(-1)!.span[1]], line: own.length > 0 ? own[0]!.index + 1 : firstLine };
    rows.push(row);
    contextRanges.push([contextFrom, parts.length]);
    labels = objectList();
    contextFrom = parts.length;
    values = objectList();
  };
  for (const line of lines) {
    const { contentStart: start, contentEnd: end } = line;
    if (end <= start) continue;
    // A number starts with a digit, or a sign and a digit; a placeholder has at most three characters:
    // other lines are text, not read as cells.
    const mayBeValue = end - start <= 3 || digitValue(text.charCodeAt(start)) >= 0 || digitValue(text.charCodeAt(start + 1)) >= 0;
    const cell = mayBeValue ? trimmedCell(text, start, end) : null;
    if (cell !== null && (cell.value !== null || isPlaceholderCell(cell.text))) {
      if (values.length === 0) firstLine = line.index + 1;
      values.push(cell);
      continue;
    }
    flush();
    // Long prose is no label; it ends what a label may hold.
    if (end - start > 60) {
      labels = objectList();
      contextFrom = parts.length;
      continue;
    }
    labels.push(line);
    parts.push(line);
  }
  flush();
  const contexts = new Map<number, string>();
  const contextOf = (row: number): string => {
    let context = contexts.get(row);
    if (context === undefined) {
      const range = contextRanges[row];
      context = "";
      if (range) for (let k = range[0]; k < range[1]; k++) context += normalizeXxgkLabel(text.slice(parts[k]!.contentStart, parts[k]!.contentEnd));
      contexts.set(row, context);
    }
    return context;
  };
  return { tables: rows.length > 0 ? [{ layout: "cell-per-line", rows, span: [rows[0]!.span[0], rows.at(-1)!.span[1]] }] : [], contextOf };
}

/** Places the numbers found in `tables` (rows in text order). */
function placeAll(text: string, art20: readonly Art20Line[], lineIndex: () => LineIndex, tables: readonly Table[], header: HeaderOf): XxgkTables {
  const out = new Collector(lineIndex);
  const views: RowView[] = objectList();
  tables.forEach((table, t) => table.rows.forEach((row, r) => views.push(viewOf(row, t, r))));
  placeArt20(views, header, out);
  placeReview(views, out);
  placeApplications(text, views, out);
  for (const line of art20) out.place(line.table, line.row, line.column, line.cell, true);
  const byStart = (a: { span: Span }, b: { span: Span }) => a.span[0] - b.span[0];
  const cells = out.cells.sort(byStart);
  const unplaced = out.unplaced.sort(byStart);
  const seen: XxgkTableSeen[] = objectList();
  for (const def of XXGK_TEMPLATE) {
    const own = cells.filter((c) => c.table === def.id);
    const left = unplaced.filter((u) => u.table === def.id);
    if (own.length + left.length === 0) continue;
    seen.push({ id: def.id, span: spanOf([own, left]), placed: own.length, unplaced: left.length });
  }
  return { cells, unplaced, tables: seen };
}

/** Places the numbers of the template's tables; uncached (see xxgkTables). */
export function readXxgkTables(source: XxgkSource): XxgkTables {
  const lines = splitLines(source.text);
  // Built only when a number is placed or left unplaced (most reports have none of these tables).
  let index: LineIndex | null = null;
  const lineIndex = () => (index ??= createLineIndex(source.text));
  const all = [...source.tables, ...loneRows(source.text, lines, source.tables)].sort((a, b) => a.span[0] - b.span[0]);
  const art20 = art20Lines(source.text, lines);
  const read = placeAll(source.text, art20, lineIndex, all, (view) => headerOf(all, view));
  // Tables copied one cell per line without pipes: the bare reading, when it places more.
  const bare = bareRows(source.text, lines);
  const bareHeader: HeaderOf = (view, def) => {
    for (let i = view.index; i >= 0; i--) {
      const context = bare.contextOf(i);
      if (context.includes("信息内容") || [...(def.headerWords ?? []), ...(def.otherFormWords ?? [])].some((w) => context.includes(w))) return context;
    }
    return null;
  };
  const second = placeAll(source.text, art20, lineIndex, bare.tables, bareHeader);
  return second.cells.length > read.cells.length ? second : read;
}

const cache = new WeakMap<XxgkSource, XxgkTables>();

/** The report's 政府信息公开 tables, placed once per report (cached on the report object). */
export function xxgkTables(report: XxgkSource): XxgkTables {
  let found = cache.get(report);
  if (!found) {
    found = readXxgkTables(report);
    cache.set(report, found);
  }
  return found;
}

/** The placed cell at (table, row, column), if the report prints it. */
export function xxgkCell(tables: XxgkTables, table: XxgkTableId, row: string, column: string): XxgkCell | undefined {
  return tables.cells.find((c) => c.table === table && c.row === row && c.column === column);
}
