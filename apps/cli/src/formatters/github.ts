import { showControls } from "../control-chars.js";
import { displayPath } from "./paths.js";
import { locationOf, type Formatter } from "./types.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

// Workflow command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
// Other controls are shown as pictures first: the log is read in a terminal or a browser.
const escapeData = (s: string) => showControls(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions workflow commands: one annotation per finding, paths relative to the working directory. */
export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = escapeProperty(displayPath(r.filePath, context.cwd));
    for (const d of r.messages) {
      const { line, column, endLine, endColumn } = locationOf(d);
      const props = `file=${file},line=${line},col=${column},endLine=${endLine},endColumn=${endColumn},title=${escapeProperty(d.ruleId)}`;
      lines.push(`::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
};
