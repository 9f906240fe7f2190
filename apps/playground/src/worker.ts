// The lint worker: reads files (.txt in any encoding, .md, .docx) and lints text on the CLI's core,
// rules and readers, off the page's main thread. Started from a Blob URL of this bundle (main.ts).
import { createMaskedLinter, fixUntilStable, resolveConfig, spanPieces, type LintResult, type Piece, type ResolvedConfig } from "@reportlint/core";
import { maskMarkdown, readBrowserReport } from "@reportlint/readers/browser";
import { PROFILES, type Diagnostic } from "@reportlint/report-model";
import { rules } from "@reportlint/rules";
import { toConfig } from "./config.js";
import type { LintSettings, PageFinding, Reply, Request, RuleInfo } from "./protocol.js";

interface WorkerScope {
  postMessage(message: Reply): void;
  onmessage: ((event: MessageEvent<Request>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** As the CLI by default: errors and warnings (info findings only with its --include-info). */
const visible = (d: Diagnostic) => d.severity === "error" || d.severity === "warning";

function detailOf(d: Diagnostic): string | undefined {
  const detail = d.details?.expression ?? d.details?.arithmetic;
  if (detail === undefined || detail === null) return undefined;
  return typeof detail === "string" ? detail : JSON.stringify(detail);
}

function toFinding(d: Diagnostic): PageFinding {
  const detail = detailOf(d);
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    messageId: d.messageId,
    message: d.message,
    data: d.data,
    span: d.span,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    ...(detail !== undefined ? { detail } : {}),
    ...(d.url !== undefined ? { url: d.url } : rules[d.ruleId as keyof typeof rules] ? { url: rules[d.ruleId as keyof typeof rules].meta.docs.url } : {}),
    fixable: d.fix !== undefined,
  };
}

function linterFor(settings: LintSettings, markdown: boolean) {
  // Messages in the page's language, as the CLI's --locale gives them.
  const config: ResolvedConfig = resolveConfig({ ...toConfig(settings), locale: settings.locale }, rules);
  return createMaskedLinter(markdown ? maskMarkdown : undefined, { config, today: settings.today, rules });
}

/** Lints `text` (through the Markdown mask when `markdown`), optionally applying the safe fixes first. */
function lintText(text: string, markdown: boolean, settings: LintSettings, fix: boolean): { text: string; findings: PageFinding[]; pieces: Piece[]; fixed: boolean } {
  const linter = linterFor(settings, markdown);
  let result: LintResult = linter.lintText(text);
  let output = text;
  if (fix) {
    const run = fixUntilStable(text, linter.lintText, (r) => r.diagnostics.filter(visible).map(linter.withUnmaskedFixes), "safe", result);
    output = run.output;
    result = run.result;
  }
  // A finding on nothing but masked Markdown syntax is not about the prose (as in the CLI).
  const shown = result.diagnostics.filter((d) => visible(d) && linter.aboutUnmasked(d)).map(linter.withUnmaskedFixes);
  return { text: output, findings: shown.map(toFinding), pieces: spanPieces(output.length, shown.map((d) => d.span)), fixed: output !== text };
}

const failed = (id: number, zh: string, en: string): Reply => ({ type: "failed", id, reason: { zh, en } });

async function handle(request: Request): Promise<Reply> {
  try {
    if (request.type === "read") {
      const read = await readBrowserReport(request.bytes, request.name);
      if (!read.ok) return failed(request.id, `无法读取“${request.name}”：${read.error.message}`, `Cannot read “${request.name}”: ${read.error.message}`);
      const markdown = read.source.kind === "markdown";
      // A textarea holds line feeds only (it turns CR LF into LF): lint what it will hold. Lines and
      // columns stay those of the file.
      const linted = lintText(read.source.text.replace(/\r\n?/g, "\n"), markdown, request.settings, false);
      return { type: "result", id: request.id, text: linted.text, markdown, kind: read.source.kind, encoding: read.source.encoding, findings: linted.findings, pieces: linted.pieces };
    }
    const linted = lintText(request.text, request.markdown, request.settings, request.type === "fix");
    return { type: "result", id: request.id, text: linted.text, markdown: request.markdown, ...(request.type === "fix" ? { fixed: linted.fixed } : {}), findings: linted.findings, pieces: linted.pieces };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(request.id, `检查失败：${reason}`, `Linting failed: ${reason}`);
  }
}

scope.postMessage({
  type: "meta",
  rules: Object.values(rules)
    .map((rule): RuleInfo => ({
      id: rule.id,
      description: { zh: rule.meta.docs.description.zh, en: rule.meta.docs.description.en },
      url: rule.meta.docs.url,
      defaultLevel: rule.meta.docs.recommended ? rule.meta.defaultSeverity : "off",
    }))
    .sort((a, b) => a.id.localeCompare(b.id)),
  profiles: Object.values(PROFILES).map((p) => ({ id: p.id, name: { zh: p.name.zh, en: p.name.en ?? p.name.zh } })),
});

scope.onmessage = (event) => {
  void handle(event.data).then((reply) => scope.postMessage(reply));
};
