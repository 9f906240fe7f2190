import { run } from "../src/index.js";

/**
 * Runs the CLI in-process with the built-in rules (the only ones worker threads and the cache use);
 * stderr may pose as a terminal.
 */
export async function lintWith(argv: readonly string[], cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (c: string | Uint8Array) => (stdout += String(c)) },
    stderr: { write: (c: string | Uint8Array) => (stderr += String(c)), isTTY: options.tty ?? false },
    readStdin: () => Promise.resolve(new Uint8Array()),
    cwd,
    env: options.env ?? {},
    now: () => new Date(2025, 2, 31, 12),
  });
  return { code, stdout, stderr };
}
