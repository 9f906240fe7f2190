import { showControls } from "../control-chars.js";
import { countText, FORMATTER_MESSAGES } from "../i18n/formatters.js";
import { localize } from "../i18n/localize.js";
import { locationOf, type Formatter } from "./types.js";

const LABEL = { error: "unixError", warning: "unixWarning", info: "unixInfo" } as const;

/** `path:line:column: message [Severity/rule-id]`, one finding per line (as ESLint's unix format). */
export const unix: Formatter = (results, context) => {
  const label = (severity: keyof typeof LABEL) => localize(FORMATTER_MESSAGES, context.locale, LABEL[severity]);
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.messages) {
      // One line per finding: line breaks in a message become a space, in a file name ␊.
      const message = showControls(d.message.replace(/\s*[\r\n]+\s*/g, " "));
      const { line, column } = locationOf(d);
      lines.push(`${showControls(r.filePath)}:${line}:${column}: ${message} [${label(d.severity)}/${showControls(d.ruleId)}]`);
    }
  }
  if (lines.length === 0) return "";
  return `${lines.join("\n")}\n\n${countText(context.locale, "problems", lines.length)}\n`;
};
