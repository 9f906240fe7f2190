import type { CliStream } from "./io.js";

/** Fewer files than this finish before a bar would be worth drawing. */
export const PROGRESS_MIN_FILES = 8;
const WIDTH = 24;

/** A progress bar on one terminal line, redrawn in place. */
export interface Progress {
  /** One more file done. */
  tick(): void;
  /** Removes the bar, so that a line can be written; the next tick draws it again. */
  clear(): void;
}

/**
 * A bar on stderr when a person watches it: stderr is a terminal, not in CI, not --quiet, and there
 * are enough files. Otherwise undefined (nothing is ever drawn into a pipe or a log).
 */
export function createProgress(stream: CliStream, env: Readonly<Record<string, string | undefined>>, total: number, quiet: boolean): Progress | undefined {
  if (stream.isTTY !== true || (env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI !== "false") || quiet || total < PROGRESS_MIN_FILES) return undefined;
  let done = 0;
  let shown = "";
  const draw = () => {
    const filled = Math.round((done / total) * WIDTH);
    const line = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)} ${done}/${total}`;
    // Redrawn only when the bar moves a step (at most WIDTH + 1 times), not for every file.
    if (line.slice(0, WIDTH) === shown.slice(0, WIDTH) && done !== total) return;
    shown = line;
    stream.write(`\r${line}`);
  };
  return {
    tick() {
      done++;
      draw();
    },
    clear() {
      if (shown === "") return;
      stream.write("\r\u001b[K");
      shown = "";
    },
  };
}
