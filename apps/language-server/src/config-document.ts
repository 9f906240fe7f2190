import { ConfigError, resolveConfig } from "@reportlint/core";
import { RESERVED_RULE_IDS, rules } from "@reportlint/rules";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { CompletionItemKind, DiagnosticSeverity, type CompletionItem, type Diagnostic as LspDiagnostic, type Position } from "vscode-languageserver";
import { SOURCE } from "./convert.js";

/** Whether a document is a JSON config file the server checks (not a JS config: that is code). */
export function isJsonConfigDocument(uri: string): boolean {
  return /(?:^|\/)reportlint\.config\.json$/.test(uri);
}

function problem(document: TextDocument, start: number, end: number, message: string): LspDiagnostic {
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, severity: DiagnosticSeverity.Error, source: SOURCE, message };
}

/**
 * Where a config problem is in the text: its first quoted name found there (`Unknown rule "x"`),
 * a field path (`"rules.stale-year"`) by its last key that is found.
 */
function placeOf(text: string, message: string): [number, number] {
  for (const [, quoted] of message.matchAll(/"([^"]+)"/g)) {
    for (const name of [quoted!, ...quoted!.split(".").reverse()]) {
      const at = text.indexOf(`"${name}"`);
      if (at !== -1) return [at, at + name.length + 2];
    }
  }
  return [0, 0];
}

/** The config file's problems: JSON syntax first, then every setting the config check refuses. */
export function checkConfigDocument(document: TextDocument): LspDiagnostic[] {
  const text = document.getText();
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    return [problem(document, offset, Math.min(text.length, offset + 1), `invalid JSON: ${message}`)];
  }
  try {
    resolveConfig([data as never]);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((message) => problem(document, ...placeOf(text, message), message));
  }
}

/** Whether `offset` is directly inside the object of a `"rules"` key (where rule ids are keys). */
function insideRules(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const key = before.lastIndexOf('"rules"');
  if (key === -1) return false;
  const open = before.indexOf("{", key);
  if (open === -1 || !/^"rules"\s*:\s*$/.test(before.slice(key, open))) return false;
  let depth = 0;
  let inString = false;
  for (let i = open; i < offset; i++) {
    const c = before[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    if (depth === 0) return false;
  }
  return depth === 1;
}

/** Rule ids to complete as keys of `"rules"`, with their descriptions. */
export function configCompletions(document: TextDocument, position: Position): CompletionItem[] {
  if (!insideRules(document.getText(), document.offsetAt(position))) return [];
  const built = Object.entries(rules).map(([id, rule]) => ({
    label: id,
    kind: CompletionItemKind.Property,
    detail: rule.meta.docs.description.zh,
    documentation: rule.meta.docs.description.en,
  }));
  const reserved = RESERVED_RULE_IDS.filter((id) => !Object.hasOwn(rules, id)).map((id) => ({
    label: id,
    kind: CompletionItemKind.Property,
    detail: "reserved for a coming rule (not built yet)",
  }));
  return [...built, ...reserved];
}
