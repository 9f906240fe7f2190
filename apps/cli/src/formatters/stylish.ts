import type { Diagnostic } from "@reportlint/report-model";
import { createColors } from "picocolors";
import { codeFrame } from "../code-frame.js";
import { showControls } from "../control-chars.js";
import { countText, severityLabel, summaryText } from "../i18n/formatters.js";
import { stringWidth } from "../text-width.js";
import { displayPath } from "./paths.js";
import { unifiedDiff } from "./unified-diff.js";
import { locationOf, type Finding, type Formatter } from "./types.js";

/** More fixable warnings of one rule (or of the typography group) in one file than this are folded into a summary line. */
export const FOLD_THRESHOLD = 5;
/** How many of a folded rule's findings are still shown in full. */
export const FOLD_SHOWN = 3;
/**
 * Punctuation and spacing rules: their fixable warnings fold together into one line ("另有 312 处
 * 标点/空格问题可自动修复"), so that a text typed with the wrong keyboard settings does not bury the
 * real problems. JSON and the other formats still list every finding.
 */
export const TYPOGRAPHY_RULES: ReadonlySet<string> = new Set(["cjk-spacing", "invisible-chars", "punctuation-width"]);
/** The fold key of the typography group (no rule id has a space). */
const TYPOGRAPHY = "typography group";

const foldKey = (d: Diagnostic) => (TYPOGRAPHY_RULES.has(d.ruleId) ? TYPOGRAPHY : d.ruleId);

/** Findings to print in full, and per folded rule (or the typography group) how many were left out. */
function fold(messages: readonly Diagnostic[]): { shown: Diagnostic[]; folded: Map<string, number> } {
  const fixableWarnings = new Map<string, number>();
  for (const d of messages) {
    if (d.severity === "warning" && d.fix) fixableWarnings.set(foldKey(d), (fixableWarnings.get(foldKey(d)) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const folded = new Map<string, number>();
  const shown: Diagnostic[] = [];
  for (const d of messages) {
    const key = foldKey(d);
    const total = fixableWarnings.get(key) ?? 0;
    if (d.severity === "warning" && d.fix && total > FOLD_THRESHOLD) {
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n > FOLD_SHOWN) {
        folded.set(key, total - FOLD_SHOWN);
        continue;
      }
    }
    shown.push(d);
  }
  return { shown, folded };
}

/** `line:column` of a finding in its file, with the page first for paged formats. */
function position(d: Finding): string {
  const { line, column, page } = locationOf(d);
  return page === undefined ? `${line}:${column}` : `p${page} ${line}:${column}`;
}

function detailLine(d: Diagnostic): string | undefined {
  const value = d.details?.expression ?? d.details?.arithmetic;
  if (value === undefined || value === null) return undefined;
  return showControls(typeof value === "string" ? value : JSON.stringify(value));
}

/**
 * ESLint's stylish layout with a code frame under each finding: the source line (cut around the
 * finding when long), a caret underline aligned for CJK text, and the arithmetic when there is one.
 */
export const stylish: Formatter = (results, context) => {
  const c = createColors(context.color);
  const { locale } = context;
  const labels = { error: severityLabel(locale, "error"), warning: severityLabel(locale, "warning"), info: severityLabel(locale, "info") };
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  // Labels are padded by display width: Chinese labels take two columns a character.
  const severityWidth = Math.max(...Object.values(labels).map(stringWidth));
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  let suggestable = 0;

  let diffs = 0;
  for (const r of results) {
    // A --fix-dry-run shows what --fix would change, even where nothing is left to report after it.
    const diff = context.fixDryRun && r.input !== undefined && r.output !== undefined ? unifiedDiff(r.input, r.output, displayPath(r.filePath, context.cwd)) : [];
    if (r.messages.length === 0 && diff.length === 0) continue;
    diffs += diff.length > 0 ? 1 : 0;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
    suggestable += r.messages.filter((d) => !d.fix && d.suggestions?.length).length;

    out.push("", c.underline(showControls(displayPath(r.filePath, context.cwd))));
    const { shown, folded } = fold(r.messages);
    // reduce, not Math.max(...): spreading 200,000 findings overflows the call stack.
    const lastLine = shown.reduce((n, d) => Math.max(n, locationOf(d).line), 0);
    const positionWidth = shown.reduce((n, d) => Math.max(n, position(d).length), 0);
    const gutterWidth = String(lastLine).length;
    const frameWidth = Math.min(160, Math.max(40, (context.columns ?? 100) - gutterWidth - 8));
    for (const d of shown) {
      const where = position(d).padEnd(positionWidth);
      const label = labels[d.severity];
      const severity = paint[d.severity](label) + " ".repeat(severityWidth - stringWidth(label));
      out.push(`  ${c.dim(where)}  ${severity}  ${showControls(d.message)}  ${c.dim(showControls(d.ruleId))}`);
      if (r.source !== undefined) {
        const frame = codeFrame(r.source, d.range, frameWidth);
        const gutter = " ".repeat(gutterWidth);
        // The frame shows the linted text; its gutter names the line (or paragraph) of the file.
        out.push(`    ${c.dim(`${String(locationOf(d).line).padStart(gutterWidth)} |`)} ${frame.text}`);
        out.push(`    ${c.dim(`${gutter} |`)} ${c.red(frame.underline)}`);
        const detail = detailLine(d);
        if (detail !== undefined) out.push(`    ${c.dim(`${gutter} |`)} ${c.cyan(`= ${detail}`)}`);
      }
    }
    for (const [key, count] of folded) {
      const line = key === TYPOGRAPHY ? countText(locale, "typographyFolded", count) : countText(locale, "folded", count, { ruleId: showControls(key) });
      out.push(`  ${c.dim(line)}`);
    }
    if (diff.length > 0) {
      out.push("");
      for (const line of diff) {
        const shown = showControls(line);
        out.push(line.startsWith("@@") ? c.cyan(shown) : line.startsWith("-") ? c.red(shown) : line.startsWith("+") ? c.green(shown) : shown);
      }
    }
  }

  const total = errors + warnings + infos;
  if (total === 0) return diffs > 0 ? `${out.join("\n")}\n` : "";
  const summary = summaryText(locale, errors, warnings, infos);
  out.push("", c.bold(errors > 0 ? c.red(summary) : warnings > 0 ? c.yellow(summary) : c.blue(summary)));
  if (fixable > 0) out.push(c.dim(`  ${countText(locale, "fixable", fixable)}`));
  if (suggestable > 0) out.push(c.dim(`  ${countText(locale, "suggestable", suggestable)}`));
  return `${out.join("\n")}\n`;
};
