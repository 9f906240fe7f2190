import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigFinder, ConfigLoadError, configLayersFor } from "@reportlint/config-loader";
import { ConfigError, resolveConfig, type ResolvedConfig } from "@reportlint/core";
import type { Diagnostic } from "@reportlint/report-model";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
} from "vscode-languageserver";
import { checkConfigDocument, configCompletions, isJsonConfigDocument } from "./config-document.js";
import { editOf, findingDataOf, rangeOf, SOURCE, toLspDiagnostic } from "./convert.js";
import { ConfigEditError, disableRuleForFile } from "./disable-rule.js";
import { hoverMarkdown } from "./hover.js";
import { LintRunner, Superseded } from "./lint-runner.js";
import { readSettings, type ServerSettings } from "./settings.js";
import { stamp, TIMINGS, TIMINGS_METHOD, type TimingsParams } from "./timings.js";

/** Commands the server executes (workspace/executeCommand). */
export const COMMANDS = {
  fixAll: "reportlint.fixAll",
  disableRuleForFile: "reportlint.disableRuleForFile",
} as const;

/** Options for embedding the server (tests pin the date). */
export interface ServerOptions {
  /** Today as YYYY-MM-DD; the local date when absent. */
  readonly today?: () => string;
}

const LINTED_LANGUAGES = new Set(["plaintext", "markdown"]);

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function filePathOf(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** What was last published for a document: our findings, for code actions and hover. */
interface Published {
  readonly version: number;
  readonly findings: readonly Diagnostic[];
}

/**
 * Serves reportlint over an LSP connection: diagnostics on open and change (debounced; only the
 * latest version's are published), quick fixes, fix all, disable a rule for a file, the
 * arithmetic on hover, checks and rule-id completion in reportlint.config.json.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const runner = new LintRunner();
  const today = options.today ?? (() => localDate(new Date()));
  // Each document's pending lint: calling it cancels the lint.
  const timers = new Map<string, () => void>();
  const published = new Map<string, Published>();
  const finders = new Map<string, ConfigFinder>();
  let workspaceFolders: string[] = [];
  let settings: ServerSettings = readSettings(undefined);
  let pullSettings = false;

  const folderOf = (path: string | undefined): string => {
    if (path === undefined) return workspaceFolders[0] ?? process.cwd();
    const inside = workspaceFolders.filter((f) => path === f || path.startsWith(f.endsWith("/") ? f : `${f}/`));
    return inside.sort((a, b) => b.length - a.length)[0] ?? dirname(path);
  };
  const finderFor = (folder: string): ConfigFinder => {
    let finder = finders.get(folder);
    if (!finder) {
      // Config problems are worded in the client's locale.
      finder = new ConfigFinder({ cwd: folder, ...(settings.locale ? { locale: settings.locale } : {}) });
      finders.set(folder, finder);
    }
    return finder;
  };

  const configFor = async (uri: string): Promise<ResolvedConfig> => {
    const path = filePathOf(uri);
    const folder = folderOf(path);
    const finder = finderFor(folder);
    const loaded = path !== undefined ? await finder.forFile(path) : await finder.forDirectory(folder);
    const client = { rules: settings.rules, ...(settings.locale ? { locale: settings.locale } : {}) };
    try {
      return resolveConfig([...configLayersFor(loaded, path ?? `${folder}/untitled.txt`), client]);
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigLoadError(loaded.path ?? "settings", error.problems.join("; "), error.problems);
      throw error;
    }
  };

  // bench:lsp's breakdown (REPORTLINT_LSP_TIMINGS=1): when each document last changed.
  const changedAt = new Map<string, number>();

  const publish = (uri: string, version: number, diagnostics: LspDiagnostic[], findings: readonly Diagnostic[], stages?: [string, number][], lintCpuMs?: number) => {
    published.set(uri, { version, findings });
    stages?.push(["converted", stamp()]);
    const sent = connection.sendDiagnostics({ uri, version, diagnostics });
    if (stages) {
      void sent.then(() => {
        stages.push(["written", stamp()]);
        void connection.sendNotification(TIMINGS_METHOD, { uri, version, stages, ...(lintCpuMs !== undefined ? { lintCpuMs } : {}) } satisfies TimingsParams);
      });
    }
  };

  const lintNow = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    // (A lint that no change asked for, after a config change, counts from now.)
    const stages: [string, number][] | undefined = TIMINGS ? [["changed", changedAt.get(uri) ?? stamp()], ["debounced", stamp()]] : undefined;
    changedAt.delete(uri);
    const version = document.version;
    if (isJsonConfigDocument(uri)) {
      publish(uri, version, checkConfigDocument(document), []);
      return;
    }
    if (!settings.enable || !LINTED_LANGUAGES.has(document.languageId)) {
      if (published.has(uri)) publish(uri, version, [], []);
      return;
    }
    let config: ResolvedConfig;
    try {
      config = await configFor(uri);
    } catch (error) {
      if (!(error instanceof ConfigLoadError)) throw error;
      const message = `reportlint: the config ${error.path} cannot be used: ${error.problems.join("; ")}`;
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      publish(uri, version, [{ range, severity: DiagnosticSeverity.Error, source: SOURCE, message }], []);
      return;
    }
    try {
      const job = { text: document.getText(), markdown: document.languageId === "markdown", config, today: today(), ...(stages ? { timings: true } : {}) };
      stages?.push(["config", stamp()]);
      const result = await runner.run(uri, job);
      stages?.push(...(result.stages ?? []), ["result back", stamp()]);
      // A newer version is on its way (or the document closed): never publish over it.
      const current = documents.get(uri);
      if (current?.version !== version) return;
      const { diagnostics } = result;
      publish(uri, version, diagnostics.map((d, i) => toLspDiagnostic(current, d, i)), diagnostics, stages, result.lintCpuMs);
    } catch (error) {
      if (error instanceof Superseded) return;
      connection.console.error(`reportlint: ${uri}: ${(error as Error)?.message ?? String(error)}`);
    }
  };

  const schedule = (uri: string, delay = settings.debounceMs) => {
    timers.get(uri)?.();
    const run = () => {
      timers.delete(uri);
      void lintNow(uri);
    };
    // No debounce: the next turn of the event loop (a 0 ms timeout waits 1 ms).
    if (delay === 0) {
      const immediate = setImmediate(run);
      timers.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(timer));
    }
  };
  const relintAll = () => {
    for (const document of documents.all()) schedule(document.uri, 0);
  };
  const refreshSettings = async () => {
    if (!pullSettings) return;
    settings = readSettings(await connection.workspace.getConfiguration("reportlint"));
  };

  connection.onInitialize((params): InitializeResult => {
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => filePathOf(f.uri)).filter((p): p is string => p !== undefined);
    const root = params.rootUri ? filePathOf(params.rootUri) : undefined;
    if (workspaceFolders.length === 0 && root !== undefined) workspaceFolders = [root];
    settings = readSettings(params.initializationOptions);
    pullSettings = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"'] },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: "reportlint-language-server" },
    };
  });

  connection.onInitialized(async () => {
    await refreshSettings().catch(() => undefined);
    relintAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (pullSettings) await refreshSettings().catch(() => undefined);
    else settings = readSettings((change.settings as { reportlint?: unknown } | null)?.reportlint);
    finders.clear();
    relintAll();
  });

  // A config file changed on disk (the client watches reportlint.config.* and package.json).
  connection.onDidChangeWatchedFiles(() => {
    for (const finder of finders.values()) finder.clear();
    relintAll();
  });

  documents.onDidChangeContent(({ document }) => {
    if (TIMINGS) changedAt.set(document.uri, stamp());
    schedule(document.uri);
  });
  documents.onDidSave(({ document }) => {
    if (!isJsonConfigDocument(document.uri)) return;
    for (const finder of finders.values()) finder.clear();
    relintAll();
  });
  documents.onDidClose(({ document }) => {
    timers.get(document.uri)?.();
    timers.delete(document.uri);
    published.delete(document.uri);
    changedAt.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    if (typeof params.textDocument?.uri !== "string" || !Array.isArray(params.context?.diagnostics)) return [];
    const document = documents.get(params.textDocument.uri);
    const state = published.get(params.textDocument.uri);
    // Spans belong to the version that was linted; after an edit they wait for the next lint.
    if (!document || !state || state.version !== document.version) return [];
    const uri = document.uri;
    const actions: CodeAction[] = [];
    const ruleIds = new Set<string>();
    for (const lsp of params.context.diagnostics) {
      const data = lsp.source === SOURCE ? findingDataOf(lsp.data) : undefined;
      if (data === undefined) continue;
      ruleIds.add(data.ruleId);
      // The finding as published (a diagnostic of an older publication offers no edit).
      const d = data.version === state.version ? state.findings[data.index] : undefined;
      if (d === undefined || d.ruleId !== data.ruleId) continue;
      if (d.fix) {
        const message = typeof lsp.message === "string" ? lsp.message : lsp.message.value;
        actions.push({ title: `${message}（修复）`, kind: CodeActionKind.QuickFix, diagnostics: [lsp], isPreferred: true, edit: { changes: { [uri]: [editOf(document, d.fix)] } } });
      }
      for (const s of d.suggestions ?? []) {
        actions.push({ title: s.message, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: { changes: { [uri]: [editOf(document, s.fix)] } } });
      }
    }
    if (state.findings.some((d) => d.fix)) {
      actions.push({ title: "修复本文件所有可安全修复的问题 (reportlint: fix all)", kind: CodeActionKind.SourceFixAll, command: { title: "reportlint: fix all", command: COMMANDS.fixAll, arguments: [uri] } });
    }
    if (filePathOf(uri) !== undefined) {
      for (const ruleId of ruleIds) {
        actions.push({
          title: `在本文件停用规则 ${ruleId} (reportlint.config.json)`,
          kind: CodeActionKind.QuickFix,
          command: { title: `disable ${ruleId} for this file`, command: COMMANDS.disableRuleForFile, arguments: [uri, ruleId] },
        });
      }
    }
    const only = params.context.only;
    return only ? actions.filter((a) => only.some((kind) => a.kind === kind || a.kind?.startsWith(`${kind}.`))) : actions;
  });

  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    const [uri, ruleId] = args as [string | undefined, string | undefined];
    const document = uri ? documents.get(uri) : undefined;
    if (!document) return;
    if (command === COMMANDS.fixAll) {
      const version = document.version;
      try {
        const job = { text: document.getText(), markdown: document.languageId === "markdown", config: await configFor(document.uri), today: today(), fixAll: true };
        const { fixed } = await runner.run(`${document.uri}#fix`, job);
        if (fixed === undefined || fixed === job.text || documents.get(document.uri)?.version !== version) return;
        await connection.workspace.applyEdit({ label: "reportlint: fix all", edit: { changes: { [document.uri]: [{ range: rangeOf(document, [0, job.text.length]), newText: fixed }] } } });
      } catch (error) {
        if (error instanceof Superseded) return;
        void connection.window.showErrorMessage(`reportlint: ${(error as Error)?.message ?? String(error)}`);
      }
      return;
    }
    if (command === COMMANDS.disableRuleForFile && ruleId !== undefined) {
      const path = filePathOf(document.uri);
      if (path === undefined) return;
      const finder = finderFor(folderOf(path));
      try {
        const loaded = await finder.forFile(path);
        const written = await disableRuleForFile(loaded.path, folderOf(path), path, ruleId);
        connection.console.info(`reportlint: ${ruleId} turned off for ${path} in ${written}`);
      } catch (error) {
        const reason = error instanceof ConfigEditError || error instanceof ConfigLoadError ? error.message : `cannot edit the config: ${(error as Error)?.message}`;
        void connection.window.showErrorMessage(`reportlint: ${reason}`);
        return;
      }
      for (const f of finders.values()) f.clear();
      relintAll();
    }
  });

  // Requests are read defensively: a malformed one gets an empty answer, never a crash.
  connection.onHover(({ textDocument, position }) => {
    const document = typeof textDocument?.uri === "string" && position ? documents.get(textDocument.uri) : undefined;
    const state = published.get(textDocument.uri);
    if (!document || !state || state.version !== document.version) return null;
    const offset = document.offsetAt(position);
    const here = state.findings.filter((d) => d.span[0] <= offset && offset <= d.span[1]);
    const value = hoverMarkdown(here);
    return value === undefined ? null : { contents: { kind: "markdown", value } };
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = typeof textDocument?.uri === "string" && position ? documents.get(textDocument.uri) : undefined;
    return document && isJsonConfigDocument(document.uri) ? configCompletions(document, position) : [];
  });

  // Warm the lint worker while the client starts up; the first document abandons the warm-up.
  void runner.warmUp().then(({ rounds, stopped }) => {
    connection.console.log(`reportlint: lint worker warmed up (${rounds} sample lints${stopped ? ", stopped for a document" : ""})`);
  });

  connection.onShutdown(async () => {
    for (const cancel of timers.values()) cancel();
    timers.clear();
    await runner.close();
  });

  documents.listen(connection);
  connection.listen();
}
