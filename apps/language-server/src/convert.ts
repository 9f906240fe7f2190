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
 * Our finding as an LSP diagnostic: code = rule id with its docs page, source "reportlint"; the
 * finding itself rides along in `data` for code actions and hover.
 */
export function toLspDiagnostic(document: TextDocument, d: Diagnostic): LspDiagnostic {
  return {
    range: rangeOf(document, d.span),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    ...(d.url ? { codeDescription: { href: d.url } } : {}),
    source: SOURCE,
    message: d.message,
    data: d,
  };
}
