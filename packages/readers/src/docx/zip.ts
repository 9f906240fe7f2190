import { unzipSync } from "fflate";
import { readError, type ReadError } from "../read-error.js";

/** Bounds checked on the zip's directory before anything is inflated. */
export interface ZipLimits {
  /** Most entries a document may have (Word writes a few dozen). */
  readonly maxEntries: number;
  /** Most bytes all entries may unpack to, as their headers declare (read or not). */
  readonly maxDeclaredTotal: number;
  /** Most bytes the parts that are read may unpack to, each and together. */
  readonly maxReadTotal: number;
  /** Highest compression ratio of an entry that unpacks to more than `ratioFloor` bytes. */
  readonly maxRatio: number;
  readonly ratioFloor: number;
}

/** The parts read, by name, or why the archive is refused. */
export type UnzipResult = { readonly ok: true; readonly parts: ReadonlyMap<string, Uint8Array> } | { readonly ok: false; readonly error: ReadError };

interface Entry {
  readonly name: string;
  readonly size: number;
  readonly originalSize: number;
}

class Refused extends Error {
  constructor(readonly error: ReadError) {
    super(error.message);
  }
}

function megabytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;
}

function bomb(reason: string): ReadError {
  return readError("too-large", `looks like a zip bomb: ${reason}`);
}

function check(entry: Entry, count: number, declared: number, limits: ZipLimits): void {
  if (count > limits.maxEntries) throw new Refused(bomb(`more than ${limits.maxEntries} entries`));
  if (declared > limits.maxDeclaredTotal) {
    throw new Refused(bomb(`its entries unpack to more than ${megabytes(limits.maxDeclaredTotal)}`));
  }
  const ratio = entry.originalSize / Math.max(entry.size, 1);
  if (entry.originalSize > limits.ratioFloor && ratio > limits.maxRatio) {
    throw new Refused(bomb(`${entry.name} is compressed ${Math.round(ratio)}:1 (at most ${limits.maxRatio}:1 is accepted)`));
  }
}

/**
 * Unpacks the named parts of a zip archive after checking every entry's declared sizes: the
 * directory is read first without inflating anything, and each part then inflates into a buffer
 * of its declared size, so a lying header cannot make it grow.
 */
export function unzipParts(bytes: Uint8Array, wanted: ReadonlySet<string>, limits: ZipLimits): UnzipResult {
  let count = 0;
  let declared = 0;
  let read = 0;
  try {
    unzipSync(bytes, {
      filter(entry) {
        count++;
        declared += entry.originalSize;
        check(entry, count, declared, limits);
        if (wanted.has(entry.name)) {
          read += entry.originalSize;
          if (entry.originalSize > limits.maxReadTotal || read > limits.maxReadTotal) {
            const size = entry.originalSize > limits.maxReadTotal ? entry.originalSize : read;
            throw new Refused(readError("too-large", `the document's text parts unpack to ${megabytes(size)}; the limit is ${megabytes(limits.maxReadTotal)}`));
          }
        }
        return false;
      },
    });
    const files = unzipSync(bytes, { filter: (entry) => wanted.has(entry.name) });
    return { ok: true, parts: new Map(Object.entries(files)) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    // fflate says "invalid zip data" when the end of the archive is missing: nothing to add then.
    const reason = error instanceof Error ? error.message : String(error);
    const detail = reason === "invalid zip data" ? "" : ` (${reason})`;
    return { ok: false, error: readError("corrupt", `damaged: the zip archive is truncated or invalid${detail}`) };
  }
}
