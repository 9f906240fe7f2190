import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

/** The ignore file read from the current folder unless --ignore-path names another. */
export const IGNORE_FILE_NAME = ".reportlintignore";

/** Tells whether a file is ignored. */
export type IgnoreMatcher = (path: string) => boolean;

/**
 * Reads an ignore file (gitignore syntax; patterns are relative to the file's folder). A missing
 * default file ignores nothing; a missing --ignore-path file is an error (thrown as the fs error).
 */
export async function loadIgnoreFile(path: string, required: boolean): Promise<IgnoreMatcher> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (!required && (error as { code?: string }).code === "ENOENT") return () => false;
    throw error;
  }
  // Loaded only when there is an ignore file.
  const { default: ignore } = await import("ignore");
  const matcher = ignore().add(text);
  const base = dirname(resolve(path));
  return (file) => {
    const rel = relative(base, file);
    // Files outside the ignore file's folder are not its business (and `ignore` refuses "../" paths).
    if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) return false;
    return matcher.ignores(sep === "/" ? rel : rel.split(sep).join("/"));
  };
}
