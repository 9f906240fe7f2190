import { isAbsolute, relative, sep } from "node:path";

/** A path for people: relative to cwd when inside it, else as given; "/" separators. */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : filePath;
  return sep === "/" ? shown : shown.split(sep).join("/");
}
