import type { Diagnostic, Locale } from "@reportlint/report-model";
import type { RuleMap } from "@reportlint/rules";

/** The rule map the CLI lints with (built-in rules unless a caller passes its own). */
export type { RuleMap };

/** What the CLI knows about one linted (or unreadable) file. */
export interface FileResult {
  /** Absolute path, or "<stdin>" for standard input without --stdin-filename. */
  readonly filePath: string;
  /** The findings to show (already filtered by --quiet / --include-info), in text order. */
  readonly messages: readonly Diagnostic[];
  /** The linted text (after fixes, when fixes were applied). */
  readonly source?: string;
  /** The fixed text, when fixes changed it (written with --fix, only reported with --fix-dry-run). */
  readonly output?: string;
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
}

/** Turns results into the text to print. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
