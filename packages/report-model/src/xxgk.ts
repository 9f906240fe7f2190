/**
 * The tables of a 政府信息公开工作年度报告 as data (国办公开办函〔2021〕30号): which printed number is
 * which cell of the template. The parser's `xxgkTables(report)` fills these types; the rules read them.
 *
 * API (stable; additions only):
 * - `XxgkCell { table, row, column, value, span, line, certain }`: one placed numeric cell.
 * - `XxgkUnplaced { table, text, span, line, reason }`: a number printed in a template table that
 *   could not be given a row and column for certain. Never guessed.
 * - `XxgkTables { cells, unplaced, tables }`: everything placed in one report; `tables` says which
 *   template tables were seen (with where), so a rule can tell "not printed" from "not recognised".
 * Ids of tables, rows and columns are those of XXGK_TEMPLATE (lexicon/xxgk-template.ts).
 */
import type { Span } from "./position.js";

/**
 * The template's tables. art20-1/-5/-6/-8: the four blocks of part 二 (主动公开, 第二十条第（一）（五）
 * （六）（八）项); applications: part 三 (收到和处理政府信息公开申请情况); review-litigation: part 四.
 */
export type XxgkTableId = "art20-1" | "art20-5" | "art20-6" | "art20-8" | "applications" | "review-litigation";

/** One numeric cell placed in the template. */
export interface XxgkCell {
  readonly table: XxgkTableId;
  /** Row id of the template (XXGK_TEMPLATE), e.g. "new", "withheld-3", "results-total", "review". */
  readonly row: string;
  /** Column id of the template, e.g. "natural-person", "total", "upheld". */
  readonly column: string;
  /** The printed number as an ASCII decimal ("1204" for "1,204"), as TableCell.value. */
  readonly value: string;
  /** The number's exact characters in report.text. */
  readonly span: Span;
  /** 1-based line of the number. */
  readonly line: number;
  /**
   * True when the row was named by its own printed label (or the template fixes it, as the one row
   * of table 四); false when the row was inferred from its place between recognised rows (a PDF
   * extraction that lost the label): still exact, but a rule should say "likely", not "certainly".
   */
  readonly certain: boolean;
}

/** Why a printed number of a template table was not placed. */
export type XxgkUnplacedReason =
  /** The row prints a number of values the template's columns do not match (merged or lost cells). */
  | "column-count"
  /** The row's label names no template row and its place between recognised rows does not say which. */
  | "row-unknown"
  /** The table's header names columns other than the template's (an older form of the table). */
  | "columns-unknown";

export interface XxgkUnplaced {
  /** The template table the number is printed in, when that much is known. */
  readonly table: XxgkTableId | null;
  /** The number as printed. */
  readonly text: string;
  readonly span: Span;
  readonly line: number;
  readonly reason: XxgkUnplacedReason;
}

/** A template table seen in the report. */
export interface XxgkTableSeen {
  readonly id: XxgkTableId;
  /** From the first placed or unplaced number of the table to the last. */
  readonly span: Span;
  /** How many cells were placed in it. */
  readonly placed: number;
  /** How many of its numbers were left unplaced. */
  readonly unplaced: number;
}

export interface XxgkTables {
  /** Placed cells, in text order. */
  readonly cells: readonly XxgkCell[];
  /** Numbers of template tables that could not be placed, in text order. */
  readonly unplaced: readonly XxgkUnplaced[];
  /** Template tables seen, in template order. */
  readonly tables: readonly XxgkTableSeen[];
}
