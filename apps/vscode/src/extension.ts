import * as path from "node:path";
import { commands, window, workspace, type ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** Starts the bundled reportlint language server for plain-text and Markdown documents. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ["--inspect=6010"] } },
  };
  const output = window.createOutputChannel("reportlint", { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "plaintext" },
      { language: "markdown" },
      { pattern: "**/reportlint.config.json" },
    ],
    synchronize: {
      configurationSection: "reportlint",
      fileEvents: workspace.createFileSystemWatcher("**/{reportlint.config.json,reportlint.config.js,reportlint.config.mjs,package.json}"),
    },
    outputChannel: output,
  };
  client = new LanguageClient("reportlint", "reportlint", serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    commands.registerCommand("reportlint.showOutput", () => output.show(true)),
    commands.registerCommand("reportlint.fixAllActive", async () => {
      const document = window.activeTextEditor?.document;
      if (!document || !client) return;
      await client.sendRequest("workspace/executeCommand", { command: "reportlint.fixAll", arguments: [document.uri.toString()] });
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
