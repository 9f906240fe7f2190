/** Where the CLI writes: process.stdout/stderr or a test buffer. */
export interface CliStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  /** Terminal width, when known. */
  readonly columns?: number;
}

/** Everything the CLI takes from its process, injectable so tests run in-process. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /**
   * Reads standard input to the end, or stops once it has more than `maxBytes` bytes (it then
   * returns more than `maxBytes`, and the rest is never read).
   */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  /** Directory relative paths and globs are resolved from. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock, read once for the default --today. */
  now(): Date;
}

/** The real process: stdio, cwd, environment and clock. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin(maxBytes = Infinity) {
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Uint8Array);
        size += (chunk as Uint8Array).length;
        // Leaving the loop destroys the stream: a writer that never stops cannot fill the memory.
        if (size > maxBytes) break;
      }
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}
