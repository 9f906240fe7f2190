/**
 * Text tables. Reports copied from PDFs and web pages keep their tables as flattened text, and a row
 * or column that does not add up to its 合计 is one of the commonest real defects, so the rules need
 * the tables as data. Three layouts are read:
 *
 * - pipe rows: `| 12 | 4 | 21 |`, `自然人 | 商业企业 | … | 总计 |`, markdown rows and their `|---|`
 *   lines, rows with empty or filler cells (`总计 | 183489 | ||||||`), a label cut onto the line
 *   before its row, a row broken over two lines;
 * - one cell per line: `信息内容 |` / `8 |` with `|` lines between rows (rows end at a separator line
 *   or where a label follows a number), or bare cells (`生产总值` / `|` / `295.4` …, also with an
 *   empty line after every cell) whose rows are read from a header of as many cells as each row has
 *   (`指 标` `绝对数` `比上年增长%`);
 * - tab-separated rows.
 *
 * Everything is one pass over the lines plus a constant number of passes over each line's characters:
 * no regular expressions, so a 1 MB line of `|` or 100,000 short lines stay linear. The parser only
 * says where rows and cells are; which rows are headers and which cells are totals is for the rules.
 */
import type { Table, TableCell, TableLayout, TableRow } from "@reportlint/report-model";
import { digitValue, isHan, isSpace } from "./chars.js";
import { splitLines, type Line } from "./lines.js";
import { firstIndexNotBefore } from "./search.js";
import { objectList } from "./lists.js";

const PIPE = 0x7c; // |
const FULL_PIPE = 0xff5c; // ｜
const TAB = 0x09;

/** Longest line that can be one bare cell of a one-cell-per-line table. */
const MAX_BARE_CELL = 40;

const isPipe = (c: number) => c === PIPE || c === FULL_PIPE;

// By UTF-16 code unit, for shapeOf's loop over every character of a short line (a table read, not a
// Set look-up per character): PROSE_MARK, characters that end or join clauses (a line with one is
// prose, not a bare cell); RULE_MARK, what a separator line may hold besides pipes (|---|:---:|).
const PROSE_MARK = 1;
const RULE_MARK = 2;
const MARK_OF = new Uint8Array(0x10000);
for (const c of "。，；！？;!?") MARK_OF[c.charCodeAt(0)] = PROSE_MARK;
for (const c of "-:：—–") MARK_OF[c.charCodeAt(0)] = RULE_MARK;
// Cells that stand for "nothing" or "not applicable" in a value column.
const PLACEHOLDER_MARKS = new Set([..."-—–―－/／…·"].map((c) => c.charCodeAt(0)));
const MINUS_SIGNS = new Set([..."-−－"].map((c) => c.charCodeAt(0)));
const PLUS_SIGNS = new Set([..."+＋"].map((c) => c.charCodeAt(0)));
const GROUP_MARKS = new Set([..."，,"].map((c) => c.charCodeAt(0)));
const POINT_MARKS = new Set([...".．"].map((c) => c.charCodeAt(0)));

type LineKind =
  | "blank"
  /** Pipes and rules only: `|`, `||||`, `|---|---|`. */
  | "separator"
  /** Two or more cells between pipes, or a row that opens with a pipe. */
  | "pipe-row"
  /** One cell followed by a pipe and maybe filler pipes: `信息内容 |`, `总计 | |||`. */
  | "cell-line"
  /** Two or more cells between tabs. */
  | "tab-row"
  /** A short line without pipes, tabs or clause punctuation: a candidate bare cell. */
  | "bare"
  | "prose";

interface LineShape {
  readonly kind: LineKind;
  /** The content starts with a pipe (markdown style). */
  readonly opensWithPipe: boolean;
  /** The content ends with a pipe. */
  readonly closesWithPipe: boolean;
  /** Some digit is on the line. */
  readonly hasDigit: boolean;
}

/** Offsets of the pipes and tabs of the last text asked about, in text order. */
let cellMarks: { text: string; at: number[] } | null = null;

function cellMarksOf(text: string): number[] {
  if (cellMarks?.text !== text) {
    // Found with indexOf (a native search), not by testing every character of the text.
    const at: number[] = [];
    for (const mark of ["|", "｜", "\t"]) for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) at.push(i);
    if (at.length > 1) at.sort(ascending);
    cellMarks = { text, at };
  }
  return cellMarks.at;
}

const ascending = (a: number, b: number) => a - b;

/**
 * True when [start, end) holds a pipe or a tab: without one, a long line is prose at a glance. A
 * bisection over the text's marks, not a scan of the line (the tables and the headings both ask).
 */
function hasCellMark(text: string, start: number, end: number): boolean {
  const at = cellMarksOf(text);
  const k = firstIndexNotBefore(at.length, (i) => at[i]! < start);
  return k < at.length && at[k]! < end;
}

const PROSE: LineShape = { kind: "prose", opensWithPipe: false, closesWithPipe: false, hasDigit: false };
// One shared shape for every blank line: a text may hold a million of them.
const BLANK: LineShape = { kind: "blank", opensWithPipe: false, closesWithPipe: false, hasDigit: false };

function shapeOf(text: string, line: Line): LineShape {
  const { contentStart: start, contentEnd: end } = line;
  if (end <= start) return BLANK;
  // Only a pipe-row, tab-row or a short bare cell can be part of a table.
  if (end - start > MAX_BARE_CELL && !hasCellMark(text, start, end)) return PROSE;
  let pipes = 0;
  let tabs = 0;
  let ruleOnly = true;
  let prose = false;
  let hasDigit = false;
  // Segments between pipes that hold something other than spaces.
  let filled = 0;
  let firstFilled = -1;
  let segment = 0;
  let segmentFilled = false;
  // Cells between tabs that hold something.
  let tabCells = 0;
  let tabCellFilled = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isPipe(c)) {
      pipes++;
      if (segmentFilled) filled++;
      segment++;
      segmentFilled = false;
      continue;
    }
    if (c === TAB) {
      tabs++;
      if (tabCellFilled) tabCells++;
      tabCellFilled = false;
      continue;
    }
    if (isSpace(c)) continue;
    // An ideograph is no rule mark, digit or punctuation: the sets are not asked.
    if (isHan(c)) ruleOnly = false;
    else {
      const mark = MARK_OF[c]!;
      if (mark !== RULE_MARK) ruleOnly = false;
      if (digitValue(c) >= 0) hasDigit = true;
      if (mark === PROSE_MARK) prose = true;
      else if ((c === 0x2c || c === 0xff0c) && !(i + 1 < end && digitValue(text.charCodeAt(i + 1)) >= 0)) prose = true;
    }
    if (!segmentFilled) {
      segmentFilled = true;
      if (firstFilled < 0) firstFilled = segment;
    }
    tabCellFilled = true;
  }
  if (segmentFilled) filled++;
  if (tabCellFilled) tabCells++;
  const opensWithPipe = isPipe(text.charCodeAt(start));
  const closesWithPipe = isPipe(text.charCodeAt(end - 1));
  let kind: LineKind;
  if (pipes > 0) {
    if (filled === 0 || ruleOnly) kind = "separator";
    else if (filled === 1 && firstFilled === 0 && !opensWithPipe) kind = "cell-line";
    else kind = "pipe-row";
  } else if (tabs > 0 && tabCells >= 2) kind = "tab-row";
  else if (!prose && end - start <= MAX_BARE_CELL) kind = "bare";
  else kind = "prose";
  return { kind, opensWithPipe, closesWithPipe, hasDigit };
}

/**
 * True when [start, end) is a line of a text table (pipe cells, a `|---|` rule, tab-separated
 * cells): the one test of a table row, shared by the heading reader and the table reader.
 */
export function isTableLine(text: string, start: number, end: number): boolean {
  const kind = shapeOf(text, { contentStart: start, contentEnd: end } as Line).kind;
  return kind === "pipe-row" || kind === "cell-line" || kind === "separator" || kind === "tab-row";
}

/**
 * The value of a cell that is a plain number, as an ASCII decimal: "1,204" → "1204", "-39.5",
 * "１２" → "12", "+3" → "3". Thousands separators must group by three. Null for anything else.
 */
export function parseCellNumber(text: string, start = 0, end = text.length): string | null {
  let i = start;
  let sign = "";
  if (i < end && MINUS_SIGNS.has(text.charCodeAt(i))) {
    sign = "-";
    i++;
  } else if (i < end && PLUS_SIGNS.has(text.charCodeAt(i))) i++;
  let digits = "";
  let group = 0;
  let grouped = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) {
      digits += String(d);
      group++;
      continue;
    }
    if (GROUP_MARKS.has(c)) {
      // 1,204: the first group has 1–3 digits, every later one exactly 3.
      if (group === 0 || (grouped ? group !== 3 : group > 3)) return null;
      grouped = true;
      group = 0;
      continue;
    }
    break;
  }
  if (digits === "" || (grouped && group !== 3)) return null;
  let fraction = "";
  if (i < end && POINT_MARKS.has(text.charCodeAt(i))) {
    i++;
    for (; i < end; i++) {
      const d = digitValue(text.charCodeAt(i));
      if (d < 0) break;
      fraction += String(d);
    }
    if (fraction === "") return null;
  }
  if (i !== end) return null;
  return `${sign}${digits}${fraction === "" ? "" : `.${fraction}`}`;
}

/** True for a cell that stands for "nothing" in a value column: "", "-", "—", "/", "…". */
export function isPlaceholderCell(text: string): boolean {
  if (text.length > 3) return false;
  for (let i = 0; i < text.length; i++) if (!PLACEHOLDER_MARKS.has(text.charCodeAt(i))) return false;
  return true;
}

function cellAt(text: string, start: number, end: number): TableCell {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  const cell = text.slice(s, e);
  return { text: cell, span: [s, e], value: parseCellNumber(text, s, e) };
}

/** Cells between separators on one line; the empty piece before a leading or after a closing separator is no cell. */
function splitCells(text: string, line: Line, isSeparator: (c: number) => boolean): TableCell[] {
  const { contentStart: start, contentEnd: end } = line;
  const cells: TableCell[] = objectList();
  let from = start;
  for (let i = start; i < end; i++) {
    if (!isSeparator(text.charCodeAt(i))) continue;
    if (i > start) cells.push(cellAt(text, from, i));
    from = i + 1;
  }
  if (from < end || end === start) cells.push(cellAt(text, from, end));
  return cells;
}

/** The first cell of a cell line (`总计 | |||` → 总计); the filler after it marks merged cells. */
function firstCell(text: string, line: Line): TableCell {
  let i = line.contentStart;
  while (i < line.contentEnd && !isPipe(text.charCodeAt(i))) i++;
  return cellAt(text, line.contentStart, i);
}

/** One cell made of two pieces of a cell broken over two lines; its value is unknown. */
function joinCells(a: TableCell, b: TableCell): TableCell {
  return { text: a.text + b.text, span: [a.span[0], b.span[1]], value: null };
}

function rowOf(cells: TableCell[], line: Line): TableRow {
  return { cells, span: [cells[0]!.span[0], cells.at(-1)!.span[1]], line: line.index + 1 };
}

function tableOf(layout: TableLayout, rows: TableRow[]): Table {
  return { layout, rows, span: [rows[0]!.span[0], rows.at(-1)!.span[1]] };
}

/** A value cell of a one-cell-per-line table: a number or a placeholder. */
const isValueLike = (cell: TableCell) => cell.value !== null || (cell.text !== "" && isPlaceholderCell(cell.text));

/** Rows of a run of pipe rows, cell lines and separators, read row by row. */
function pipeRows(text: string, lines: readonly Line[], shapes: readonly LineShape[], from: number, to: number): TableRow[] {
  const rows: TableRow[] = objectList();
  for (let i = from; i < to; i++) {
    const shape = shapes[i]!;
    const line = lines[i]!;
    if (shape.kind === "separator") continue;
    if (shape.kind === "bare") {
      // A label cut onto its own line: it starts the next row's first cell.
      const next = splitCells(text, lines[i + 1]!, isPipe);
      const label = cellAt(text, line.contentStart, line.contentEnd);
      rows.push(rowOf([joinCells(label, next[0]!), ...next.slice(1)], line));
      i++;
      continue;
    }
    let cells = splitCells(text, line, isPipe);
    const nextShape = shapes[i + 1];
    if (
      !shape.closesWithPipe &&
      i + 1 < to &&
      (nextShape?.kind === "pipe-row" || nextShape?.kind === "cell-line") &&
      nextShape.closesWithPipe
    ) {
      // A row broken over two lines: the first line stops without its closing pipe.
      const rest = splitCells(text, lines[i + 1]!, isPipe);
      cells = nextShape.opensWithPipe ? [...cells, ...rest] : [...cells.slice(0, -1), joinCells(cells.at(-1)!, rest[0]!), ...rest.slice(1)];
      i++;
    }
    if (cells.length > 0) rows.push(rowOf(cells, line));
  }
  return rows;
}

/** Rows of a run of cell lines: a separator line or a label after a number starts a new row. */
function cellLineRows(text: string, lines: readonly Line[], shapes: readonly LineShape[], from: number, to: number): TableRow[] {
  const rows: TableRow[] = objectList();
  let cells: TableCell[] = objectList();
  let firstLine: Line | null = null;
  const flush = () => {
    if (cells.length > 0 && firstLine) rows.push(rowOf(cells, firstLine));
    cells = objectList();
    firstLine = null;
  };
  for (let i = from; i < to; i++) {
    const shape = shapes[i]!;
    const line = lines[i]!;
    if (shape.kind === "separator") {
      flush();
      continue;
    }
    if (shape.kind === "pipe-row") {
      flush();
      const own = splitCells(text, line, isPipe);
      if (own.length > 0) rows.push(rowOf(own, line));
      continue;
    }
    const cell = firstCell(text, line);
    if (cells.length > 0 && isValueLike(cells.at(-1)!) && !isValueLike(cell)) flush();
    if (!firstLine) firstLine = line;
    cells.push(cell);
  }
  flush();
  return rows;
}

interface BareCell {
  readonly cell: TableCell;
  readonly line: Line;
}

/**
 * Tables in a run of bare cells, one per line. Rows are a label and k values; the k + 1 cells right
 * before the first label name the columns (or `header`, a one-row table on the line just before the
 * run). Needs at least two such rows; everything else in the run is left out. Inside the rows, two
 * labels before k values are one label broken over two lines (`市场监督` / `管理局` / 33 / 23).
 */
function bareCellTables(cells: readonly BareCell[], header: TableRow | null): Table[] {
  const m = cells.length;
  // Bytes, not a mapped array of booleans: an empty map result has another map (a deopt below).
  const value = new Uint8Array(m);
  for (let j = 0; j < m; j++) value[j] = isValueLike(cells[j]!.cell) ? 1 : 0;
  // valuesFrom[j]: how many value cells in a row start at j; labelsBefore[j]: labels in a row end just before j.
  const valuesFrom = new Int32Array(m + 1);
  for (let j = m - 1; j >= 0; j--) valuesFrom[j] = value[j] ? valuesFrom[j + 1]! + 1 : 0;
  const labelsBefore = new Int32Array(m + 1);
  for (let j = 1; j <= m; j++) labelsBefore[j] = value[j - 1] ? 0 : labelsBefore[j - 1]! + 1;
  const rowFrom = (start: number, end: number): TableRow =>
    rowOf(
      cells.slice(start, end).map((c) => c.cell),
      cells[start]!.line,
    );
  // A row whose label is the two cells at `start`, joined.
  const brokenLabelRow = (start: number, k: number): TableRow =>
    rowOf([joinCells(cells[start]!.cell, cells[start + 1]!.cell), ...cells.slice(start + 2, start + 2 + k).map((c) => c.cell)], cells[start]!.line);
  const tables: Table[] = objectList();
  let i = 0;
  while (i < m) {
    const k = value[i] || i + 1 >= m ? 0 : valuesFrom[i + 1]!;
    const ownHeader = k > 0 && labelsBefore[i]! >= k + 1;
    const givenHeader = k > 0 && i === 0 && header !== null && header.cells.length === k + 1;
    if (ownHeader || givenHeader) {
      let j = i;
      const body: TableRow[] = objectList();
      while (j + k < m && !value[j]) {
        if (valuesFrom[j + 1] === k) {
          body.push(rowFrom(j, j + k + 1));
          j += k + 1;
        } else if (j + k + 1 < m && !value[j + 1] && valuesFrom[j + 2] === k) {
          body.push(brokenLabelRow(j, k));
          j += k + 2;
        } else break;
      }
      if (body.length >= 2) {
        tables.push(tableOf("cell-per-line", [ownHeader ? rowFrom(i - k - 1, i) : header!, ...body]));
        i = j;
        continue;
      }
    }
    i++;
  }
  return tables;
}

const inPipeRun = (kind: LineKind) => kind === "pipe-row" || kind === "cell-line" || kind === "separator";

/**
 * Finds the text tables, in text order; every span indexes `text`. `lines` may be passed when the
 * caller already has splitLines(text).
 */
export function findTables(text: string, lines: readonly Line[] = splitLines(text)): Table[] {
  // A loop into an object list: a map result of no line has another map (deopts below).
  const shapes: LineShape[] = objectList();
  for (const line of lines) shapes.push(shapeOf(text, line));
  const n = lines.length;
  const tables: Table[] = objectList();
  // A one-row pipe or tab table just before a run of bare cells may be that run's header.
  let loneRow: { row: TableRow; endLine: number } | null = null;
  let i = 0;
  while (i < n) {
    const kind = shapes[i]!.kind;
    if (kind === "pipe-row" || kind === "cell-line") {
      let j = i;
      let rowLines = 0;
      let cellLines = 0;
      while (j < n) {
        const k = shapes[j]!.kind;
        if (inPipeRun(k)) {
          if (k === "pipe-row") rowLines++;
          else if (k === "cell-line") cellLines++;
          j++;
          continue;
        }
        // A label cut onto its own line, before a row of numbers that does not open with a pipe (a
        // caption before a header row is no part of it).
        const next = shapes[j + 1];
        if (k === "bare" && shapes[j - 1]!.kind === "pipe-row" && next?.kind === "pipe-row" && next.hasDigit && !next.opensWithPipe) {
          j++;
          continue;
        }
        break;
      }
      const layout: TableLayout = cellLines > rowLines ? "cell-per-line" : "pipe-rows";
      const rows = layout === "pipe-rows" ? pipeRows(text, lines, shapes, i, j) : cellLineRows(text, lines, shapes, i, j);
      if (rows.length >= 2) tables.push(tableOf(layout, rows));
      loneRow = rows.length === 1 && rows[0]!.cells.length >= 2 ? { row: rows[0]!, endLine: j } : null;
      i = j;
      continue;
    }
    if (kind === "tab-row") {
      let j = i;
      const rows: TableRow[] = objectList();
      while (j < n && shapes[j]!.kind === "tab-row") {
        rows.push(rowOf(splitCells(text, lines[j]!, (c) => c === TAB), lines[j]!));
        j++;
      }
      if (rows.length >= 2) tables.push(tableOf("tab-rows", rows));
      loneRow = rows.length === 1 ? { row: rows[0]!, endLine: j } : null;
      i = j;
      continue;
    }
    if (kind === "bare" || kind === "separator") {
      let j = i;
      // Blank lines inside a run are the spacing of a table copied with an empty line after every
      // cell; those after its last line are not the run's. `end`: the line after its last line.
      let end = i;
      const cells: BareCell[] = objectList();
      while (j < n && (shapes[j]!.kind === "bare" || shapes[j]!.kind === "separator" || shapes[j]!.kind === "blank")) {
        const line = lines[j]!;
        if (shapes[j]!.kind === "bare") cells.push({ cell: cellAt(text, line.contentStart, line.contentEnd), line });
        j++;
        if (shapes[j - 1]!.kind !== "blank") end = j;
      }
      j = end;
      // Separator lines alone may lead into a pipe run: let the run have them.
      if (cells.length === 0 && j < n && inPipeRun(shapes[j]!.kind)) {
        i = j;
        continue;
      }
      const header = loneRow && loneRow.endLine === i ? loneRow.row : null;
      for (const t of bareCellTables(cells, header)) tables.push(t);
      loneRow = null;
      i = j;
      continue;
    }
    loneRow = null;
    i++;
  }
  return tables;
}
