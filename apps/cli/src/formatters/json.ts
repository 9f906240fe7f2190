import { escapeC1InJson } from "../control-chars.js";
import { locationOf, type FileResult, type Finding, type Formatter } from "./types.js";

function toMessage(d: Finding): Record<string, unknown> {
  const { line, column, endLine, endColumn, page } = locationOf(d);
  const m: Record<string, unknown> = {
    ruleId: d.ruleId,
    severity: d.severity === "error" ? 2 : 1,
    message: d.message,
    line,
    column,
    endLine,
    endColumn,
  };
  if (page !== undefined) m.page = page;
  // ESLint has no third severity: info findings (shown only with --include-info) are 1 plus a level.
  if (d.severity === "info") m.level = "info";
  if (d.fix) m.fix = { range: d.fix.span, text: d.fix.text };
  if (d.suggestions?.length) {
    m.suggestions = d.suggestions.map((s) => ({
      messageId: s.messageId,
      desc: s.message,
      ...(Object.keys(s.data).length ? { data: s.data } : {}),
      fix: { range: s.fix.span, text: s.fix.text },
    }));
  }
  m.messageId = d.messageId;
  if (Object.keys(d.data).length) m.data = d.data;
  if (d.details) m.details = d.details;
  return m;
}

/** ESLint-shaped result objects, before serialisation (the `json` format). */
export function toEslintResults(results: readonly FileResult[]): Record<string, unknown>[] {
  return results.map((r) => {
    const messages = r.fatal !== undefined ? [{ ruleId: null, fatal: true, severity: 2, message: r.fatal }] : r.messages.map(toMessage);
    const out: Record<string, unknown> = {
      filePath: r.filePath,
      messages,
      suppressedMessages: [],
      errorCount: r.fatal !== undefined ? 1 : r.errorCount,
      fatalErrorCount: r.fatal !== undefined ? 1 : 0,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
    };
    if (r.output !== undefined) out.output = r.output;
    else if (messages.length > 0 && r.source !== undefined) out.source = r.source;
    out.usedDeprecatedRules = [];
    return out;
  });
}

/** ESLint's JSON formatter shape: one array, one object per file. */
export const json: Formatter = (results) => escapeC1InJson(JSON.stringify(toEslintResults(results)));
