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
 * What a published diagnostic carries in `data`: its rule (for "disable this rule"), and which
 * finding it is — the version it was published for and its place among that publication's
 * findings. The server keeps those findings (published.findings), and code actions and hover read
 * the fix, suggestions and details there; so they are not sent with every publication (a
 * whole-document fix alone can be as long as the document).
 */
export interface LspFindingData {
  readonly ruleId: string;
  readonly version: number;
  readonly index: number;
}

/** `data` of a diagnostic from the client, when it is one of ours (see LspFindingData). */
export function findingDataOf(data: unknown): LspFindingData | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { ruleId, version, index } = data as Partial<Record<keyof LspFindingData, unknown>>;
  if (typeof ruleId !== "string" || typeof version !== "number" || typeof index !== "number") return undefined;
  return { ruleId, version, index };
}

/**
 * Our finding as an LSP diagnostic: code = rule id with its docs page, source "reportlint"; `data`
 * says which finding of which publication it is (see LspFindingData).
 */
export function toLspDiagnostic(document: TextDocument, d: Diagnostic, index: number): LspDiagnostic {
  return {
    range: rangeOf(document, d.span),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    ...(d.url ? { codeDescription: { href: d.url } } : {}),
    source: SOURCE,
    message: d.message,
    data: { ruleId: d.ruleId, version: document.version, index } satisfies LspFindingData,
  };
}
