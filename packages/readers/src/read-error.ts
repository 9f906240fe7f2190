/** Why a file could not be turned into report text. */
export type ReadErrorCode =
  | "unsupported-format"
  | "binary"
  | "undecodable"
  | "too-large"
  | "unencodable"
  /** A damaged or truncated container (.docx zip, .pdf). */
  | "corrupt"
  /** A password-protected file. */
  | "encrypted"
  /** The file holds no text to lint (a scanned PDF, a page without a body). */
  | "no-text";

/**
 * A file that is not a readable text report (or text that cannot be written back in its encoding);
 * `message` is a one-line human reason without the file name.
 */
export interface ReadError {
  readonly code: ReadErrorCode;
  readonly message: string;
}

/** Builds a ReadError value. */
export function readError(code: ReadErrorCode, message: string): ReadError {
  return { code, message };
}
