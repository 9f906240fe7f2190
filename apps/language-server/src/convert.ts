import type { Diagnostic, Fix, Severity } from "@reportlint/report-model";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range, type TextEdit } from "vscode-languageserver";

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The name LSP clients show beside each finding. */
export const SOURCE = "reportlint";

/** A span of the document's text as an LSP range (0-based lines, UTF-16 characters; CRLF-aware). */
export function rangeOf(document: TextDocument, span: readonly [number, number]): Range {
  return { start: document.positionAt(span[0]), end: document.positionAt(span[1]) };
}

/** A fix as an LSP text edit. */
export function editOf(document: TextDocument, fix: Fix): TextEdit {
  return { range: rangeOf(document, fix.span), newText: fix.text };
}

/**
 * What a published diagnostic carries in `data` for code actions: the rule, its fix and
 * suggestions (message and edit only), and the details (the arithmetic of a number finding).
 * The message, span, range and docs link are already on the LSP diagnostic; hover reads the
 * server's own copy of the findings.
 */
export interface LspFindingData {
  readonly ruleId: string;
  readonly fix?: Fix;
  readonly suggestions?: readonly { readonly message: string; readonly fix: Fix }[];
  readonly details?: Diagnostic["details"];
}

function dataOf(d: Diagnostic): LspFindingData {
  const data: { -readonly [K in keyof LspFindingData]: LspFindingData[K] } = { ruleId: d.ruleId };
  if (d.fix) data.fix = d.fix;
  if (d.suggestions && d.suggestions.length > 0) data.suggestions = d.suggestions.map((s) => ({ message: s.message, fix: s.fix }));
  if (d.details !== undefined) data.details = d.details;
  return data;
}

/**
 * Our finding as an LSP diagnostic: code = rule id with its docs page, source "reportlint"; what
 * code actions need of the finding rides along in `data` (see LspFindingData).
 */
export function toLspDiagnostic(document: TextDocument, d: Diagnostic): LspDiagnostic {
  return {
    range: rangeOf(document, d.span),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    ...(d.url ? { codeDescription: { href: d.url } } : {}),
    source: SOURCE,
    message: d.message,
    data: dataOf(d),
  };
}
