import { createMaskedLinter, type LintResult, type ResolvedConfig } from "@reportlint/core";
import { encodeForSource, maskMarkdown, readReport, type SourceText } from "@reportlint/readers";
import type { Diagnostic, Locale } from "@reportlint/report-model";
import { fixUntilStable, writeFileAtomic, type FixType } from "./fix.js";
import type { FileResult, Finding, RuleMap } from "./formatters/types.js";
import { ioErrorReason, readErrorReason, runMessage, type RunReason } from "./i18n/run-messages.js";
import { readFileLimited, TooLargeError } from "./read-limited.js";

/** What every file of a run is linted with, besides its config (plain data: it goes to workers). */
export interface LintSettings {
  readonly today: string;
  readonly published?: string;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly fixType: FixType;
  readonly quiet: boolean;
  readonly includeInfo: boolean;
  /** Locale of the run's own lines (reasons, notices). */
  readonly locale: Locale;
  readonly maxBytes: number;
}

/** One file to lint; structured-cloneable, so a worker thread can take it. */
export interface LintJob {
  /** Absolute path, or "<stdin>". */
  readonly filePath: string;
  /** The name the file is shown by in lines on stderr. */
  readonly shown: string;
  /** The name whose extension picks the reader. */
  readonly readName: string;
  /** The content when already read (standard input, or read for the cache); else read from filePath. */
  readonly bytes?: Uint8Array;
  /** Standard input: fixes are returned (`stdout`), never written to a file. */
  readonly stdin: boolean;
  readonly config: ResolvedConfig;
  readonly settings: LintSettings;
}

/** A line to print on stderr about a file: `reportlint: <subject>: <text>`. */
export interface Notice {
  readonly subject: string;
  readonly text: string;
}

/** What linting one file gave. */
export interface LintOutcome {
  readonly result: FileResult;
  readonly notices: readonly Notice[];
  /** The file could not be read, linted or fixed (exit code 2). */
  readonly failed: boolean;
  /** Standard input with --fix: the bytes to print (fixed, or as read). */
  readonly stdout?: Uint8Array;
  /** A bug in reportlint stopped the linting of this file (the line asking to report it follows). */
  readonly bug?: boolean;
}

/** The counts of a FileResult for its messages. */
export function counts(messages: readonly Diagnostic[]) {
  const n = (severity: string, fixable = false) => messages.filter((d) => d.severity === severity && (!fixable || d.fix)).length;
  return {
    errorCount: n("error"),
    warningCount: n("warning"),
    infoCount: n("info"),
    fixableErrorCount: n("error", true),
    fixableWarningCount: n("warning", true),
  };
}

/** The result of a file that was not linted, with the reason. */
export function failedResult(filePath: string, reason: string): FileResult {
  return { filePath, messages: [], fatal: reason, ...counts([]) };
}

/** The text is the file itself (fixes can be written back, positions need no map). */
function isPlainText(source: SourceText): boolean {
  return source.kind === "text" || source.kind === "markdown";
}

/**
 * Findings located in the file when its text was extracted (.docx, .html, .pdf); their fixes are
 * dropped, since they apply to the extracted text and are never written to such files.
 */
function inFile(diagnostics: readonly Diagnostic[], source: SourceText): Finding[] {
  const map = source.positionMap;
  if (isPlainText(source) || map === undefined) return [...diagnostics];
  return diagnostics.map(({ fix: _fix, suggestions: _suggestions, ...d }) => {
    const start = map.locate(d.span[0]);
    // The end is exclusive: locate the last character and step past it.
    const last = map.locate(Math.max(d.span[0], d.span[1] - 1));
    const end = d.span[1] > d.span[0] ? { line: last.line, column: last.column + 1 } : start;
    return { ...d, location: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(start.page !== undefined ? { page: start.page } : {}) } };
  });
}

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, "");

/** Why reading a file failed, as a run message. */
export function readFailure(error: unknown, maxBytes: number): RunReason {
  if (error instanceof TooLargeError) {
    return error.size === undefined
      ? { id: "tooLargeWhileReading", data: { limit: megabytes(maxBytes) } }
      : { id: "tooLarge", data: { size: megabytes(error.size), limit: megabytes(maxBytes) } };
  }
  return ioErrorReason(error);
}

/**
 * Reads, decodes, lints and (with --fix) fixes one file. Runs in the main thread or in a worker;
 * bad input ends as a failed outcome with its reason, never as an exception.
 */
export async function lintFile(job: LintJob, ruleMap: RuleMap): Promise<LintOutcome> {
  const { settings } = job;
  const notices: Notice[] = [];
  const fail = (reason: RunReason): LintOutcome => {
    const text = runMessage(settings.locale, reason);
    return { result: failedResult(job.filePath, text), notices: [{ subject: job.shown, text }], failed: true };
  };

  let bytes: Uint8Array;
  try {
    bytes = job.bytes ?? (await readFileLimited(job.filePath, settings.maxBytes));
  } catch (error) {
    return fail(readFailure(error, settings.maxBytes));
  }
  if (bytes.length > settings.maxBytes) {
    return fail(job.stdin ? { id: "stdinTooLarge", data: { limit: megabytes(settings.maxBytes) } } : { id: "tooLarge", data: { size: megabytes(bytes.length), limit: megabytes(settings.maxBytes) } });
  }
  if (bytes.length === 0) return fail({ id: "emptyFile" });
  const read = await readReport(bytes, job.readName, { maxBytes: settings.maxBytes });
  if (!read.ok) return fail(readErrorReason(read.error, job.readName));
  const source = read.source;
  if (source.text.trim() === "") return fail({ id: "emptyFile" });

  const visible = (d: Diagnostic) =>
    d.severity === "error" || (!settings.quiet && (d.severity === "warning" || (settings.includeInfo && d.severity === "info")));
  // Markdown is linted with its syntax masked by spaces (offsets unchanged); fixes apply to the file's text.
  const linter = createMaskedLinter(source.kind === "markdown" ? maskMarkdown : undefined, {
    config: job.config,
    today: settings.today,
    publishedAt: settings.published,
    rules: ruleMap,
  });
  const { lintText } = linter;
  const fixable = (r: LintResult): Diagnostic[] => r.diagnostics.filter(visible).map(linter.withUnmaskedFixes);
  const first = lintText(source.text);
  let final = first;
  let output: string | undefined;
  // Word, web pages and PDFs are never rewritten: their findings say what to change.
  if ((settings.fix || settings.fixDryRun) && isPlainText(source)) {
    const fixed = fixUntilStable(source.text, lintText, fixable, settings.fixType, first);
    if (fixed.output !== source.text) {
      output = fixed.output;
      final = fixed.result;
    }
  }
  let stdout: Uint8Array | undefined = settings.fix && job.stdin ? bytes : undefined;
  let failed = false;
  if (settings.fix && output !== undefined) {
    const encoded = encodeForSource(source, output, bytes);
    try {
      if (!encoded.ok) throw new Error(encoded.error.message);
      if (job.stdin) stdout = encoded.bytes;
      else await writeFileAtomic(job.filePath, encoded.bytes, bytes);
    } catch (error) {
      const reason = runMessage(settings.locale, ioErrorReason(error));
      notices.push({ subject: job.shown, text: runMessage(settings.locale, { id: "fixNotWritten", data: { reason } }) });
      failed = true;
      final = first;
      output = undefined;
    }
  }
  // In Markdown, a finding on nothing but masked syntax (a link definition masked to blanks) is not about the prose.
  const messages = inFile(final.diagnostics.filter((d) => visible(d) && linter.aboutUnmasked(d)), source);
  const result: FileResult = { filePath: job.filePath, kind: source.kind, messages, source: output ?? source.text, ...(output !== undefined ? { output } : {}), ...(output !== undefined && settings.fixDryRun ? { input: source.text } : {}), ...counts(messages) };
  return { result, notices, failed, ...(stdout !== undefined ? { stdout } : {}) };
}
