import type { Diagnostic } from "@reportlint/report-model";

function cell(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/**
 * The arithmetic behind a number finding as a small Markdown table (its `details`: printed,
 * computed, expression, candidates …), under the message; undefined for findings without details.
 */
export function hoverMarkdown(findings: readonly Diagnostic[]): string | undefined {
  const parts: string[] = [];
  for (const d of findings) {
    const entries = Object.entries(d.details ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0));
    if (entries.length === 0) continue;
    const rows = entries.map(([key, value]) => `| ${cell(key)} | ${cell(value)} |`);
    parts.push([`**${d.ruleId}** ${d.message}`, "", "| | |", "|---|---|", ...rows].join("\n"));
  }
  return parts.length > 0 ? parts.join("\n\n---\n\n") : undefined;
}
