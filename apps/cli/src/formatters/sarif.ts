import { pathToFileURL } from "node:url";
import type { Severity } from "@reportlint/report-model";
import { escapeC1InJson } from "../control-chars.js";
import { positionFinder } from "../positions.js";
import { displayPath } from "./paths.js";
import { locationOf, type FileResult, type Formatter } from "./types.js";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = { error: "error", warning: "warning", info: "note" };

function artifactLocation(filePath: string, cwd: string): Record<string, string> {
  if (filePath.startsWith("<")) return { uri: filePath.replace(/[<>]/g, "") };
  const shown = displayPath(filePath, cwd);
  if (shown !== filePath) return { uri: shown.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  return { uri: pathToFileURL(filePath).href };
}

/**
 * SARIF 2.1.0 (one run) for code-scanning tools. Columns are UTF-16 code units of the decoded text,
 * declared with `columnKind`; files that could not be read become tool execution notifications.
 */
export const sarif: Formatter = (results, context) => {
  const ruleIds = [...new Set([...Object.keys(context.rules), ...results.flatMap((r) => r.messages.map((d) => d.ruleId))])].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const rule = context.rules[id];
    if (!rule) return { id, shortDescription: { text: id } };
    return {
      id,
      shortDescription: { text: rule.meta.docs.description[context.locale] || rule.meta.docs.description.zh },
      helpUri: rule.meta.docs.url,
      defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
      properties: { type: rule.meta.type, recommended: rule.meta.docs.recommended, ...(rule.meta.fixable ? { fixable: rule.meta.fixable } : {}) },
    };
  });

  const linted = results.filter((r: FileResult) => r.fatal === undefined);
  const sarifResults = linted.flatMap((r) => {
    const at = positionFinder(r.source ?? "");
    const region = (span: readonly [number, number]) => {
      const start = at(span[0]);
      const end = at(span[1]);
      return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
    };
    return r.messages.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: ruleIndex.get(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(r.filePath, context.cwd),
            region: {
              startLine: locationOf(d).line,
              startColumn: locationOf(d).column,
              endLine: locationOf(d).endLine,
              endColumn: locationOf(d).endColumn,
            },
          },
        },
      ],
      ...(d.fix
        ? {
            fixes: [
              {
                description: { text: d.message },
                artifactChanges: [
                  {
                    artifactLocation: artifactLocation(r.filePath, context.cwd),
                    replacements: [
                      {
                        deletedRegion: region(d.fix.span),
                        insertedContent: { text: d.fix.text },
                      },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
    }));
  });

  const failures = results.filter((r) => r.fatal !== undefined);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "reportlint",
            informationUri: "https://github.com/reportlint/reportlint",
            version: context.version,
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(context.cwd.endsWith("/") ? context.cwd : `${context.cwd}/`).href } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((r) => ({
              level: "error",
              message: { text: r.fatal },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.filePath, context.cwd) } }],
            })),
          },
        ],
      },
    ],
  };
  return `${escapeC1InJson(JSON.stringify(log, null, 2))}\n`;
};
