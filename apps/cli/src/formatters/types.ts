import type { Diagnostic, Locale } from "@reportlint/report-model";
import type { SourceKind } from "@reportlint/readers";
import type { RuleMap } from "@reportlint/rules";

/** The rule map the CLI lints with (built-in rules unless a caller passes its own). */
export type { RuleMap };

/**
 * Where a finding is in the file, 1-based, endColumn exclusive: the linted text's own lines and
 * columns for text and Markdown; for .docx the paragraph and the offset in it, for .html the page
 * source's line and column, for .pdf the line of the read text and its page.
 */
export interface FileLocation {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly page?: number;
}

/** A finding as the CLI reports it: `location` is set when the file is not the linted text itself. */
export type Finding = Diagnostic & { readonly location?: FileLocation };

/** The place of a finding in its file (see FileLocation). */
export function locationOf(d: Finding): FileLocation {
  return d.location ?? { line: d.range.start.line, column: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column };
}

/** What the CLI knows about one linted (or unreadable) file. */
export interface FileResult {
  /** Absolute path, or "<stdin>" for standard input without --stdin-filename. */
  readonly filePath: string;
  /** The findings to show (already filtered by --quiet / --include-info), in text order. */
  readonly messages: readonly Finding[];
  /** The reader that produced the text ("text", "markdown", "docx", "html", "pdf"). */
  readonly kind?: SourceKind;
  /** The linted text (after fixes, when fixes were applied). */
  readonly source?: string;
  /** The fixed text, when fixes changed it (written with --fix, only reported with --fix-dry-run). */
  readonly output?: string;
  /** The text before the fixes, beside `output` in a --fix-dry-run (the stylish format prints the diff). */
  readonly input?: string;
  /** Why the file could not be read or linted; set only for such files, which have no messages. */
  readonly fatal?: string;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
}

/** Settings a formatter may need besides the results. */
export interface FormatContext {
  readonly cwd: string;
  /** Use ANSI colours (stylish only). */
  readonly color: boolean;
  /** Terminal width for code frames, when known. */
  readonly columns?: number;
  readonly rules: RuleMap;
  /** Locale of the run (for rule descriptions and labels). */
  readonly locale: Locale;
  readonly version: string;
  /** A --fix-dry-run: the stylish format shows what --fix would change as a unified diff. */
  readonly fixDryRun?: boolean;
}

/** Turns results into the text to print. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
