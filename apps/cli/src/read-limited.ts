import { closeSync, fstatSync, openSync, readSync } from "node:fs";

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, "");

/** An input over the size limit; the message says how large it is (or that reading stopped). */
export class TooLargeError extends Error {
  override name = "TooLargeError";
  /** The size stat gave, when the file was refused before reading (undefined: it grew past the limit). */
  readonly size?: number;
  constructor(message: string, size?: number) {
    super(message);
    if (size !== undefined) this.size = size;
  }
}

/**
 * Reads a file of at most `maxBytes` bytes. The size is checked with fstat before anything is read,
 * so a 1.5 GB file is refused at once; reading also stops past the limit (a file still growing).
 * Synchronous on purpose: files are linted one after another (or one per worker), and each async
 * open/stat/read/close is a round trip to libuv's thread pool — a quarter of a 1,000-file batch was
 * spent idle waiting on them.
 */
export function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  // A throw inside the executor becomes a rejection, as callers (`.catch`) expect.
  return new Promise((resolve) => resolve(readFileLimitedSync(path, maxBytes)));
}

function readFileLimitedSync(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    if (size > maxBytes) throw new TooLargeError(`file is too large (${megabytes(size)} MB; the limit is ${megabytes(maxBytes)} MB)`, size);
    // A regular file returns fewer bytes than asked only at its end; a pipe (<(…)) may at any time.
    const shortReadEnds = stat.isFile();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The whole file and one byte more (to see its end) in one read when stat was right.
      const chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, Math.max(size + 1 - total, 64 * 1024)));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new TooLargeError(`file is too large (more than ${megabytes(maxBytes)} MB, the limit)`);
      if (shortReadEnds && bytesRead < chunk.length) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** The message for standard input cut off at the limit. */
export function stdinTooLarge(maxBytes: number): string {
  return `standard input is larger than the limit (${megabytes(maxBytes)} MB); stopped reading there`;
}
