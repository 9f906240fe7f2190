import type { Diagnostic, Fix } from "@reportlint/report-model";
import { lint, type LintOptions, type LintResult } from "./lint.js";

/** The fix replaces only text that masking kept: the text it covers is the same before and after. */
function touchesUnmaskedOnly(fix: Fix, original: string, masked: string): boolean {
  const [start, end] = fix.span;
  // An insertion next to masked syntax is fine; a replacement must not eat any of it.
  return original.slice(start, end) === masked.slice(start, end);
}

/**
 * A finding of a masked text (Markdown with its syntax turned into spaces) without the fixes that
 * would change what was masked: rules saw the syntax as spaces, so a fix over it would delete `**`
 * or a link address from the file.
 */
export function withFixesOnUnmaskedText(d: Diagnostic, original: string, masked: string): Diagnostic {
  const fixOk = d.fix === undefined || touchesUnmaskedOnly(d.fix, original, masked);
  const suggestions = d.suggestions?.filter((s) => touchesUnmaskedOnly(s.fix, original, masked));
  if (fixOk && suggestions?.length === d.suggestions?.length) return d;
  const { fix, suggestions: _dropped, ...rest } = d;
  return { ...rest, ...(fixOk && fix !== undefined ? { fix } : {}), ...(suggestions !== undefined && suggestions.length > 0 ? { suggestions } : {}) };
}

/** A finding about unmasked text: one covering nothing but masked syntax (a link definition masked to blanks) is not. */
function aboutUnmaskedText(d: Diagnostic, original: string, masked: string): boolean {
  const seen = masked.slice(...d.span);
  return seen.trim() !== "" || seen === original.slice(...d.span);
}

/** Lints texts through a mask, remembering the last text linted so its findings can be judged. */
export interface MaskedLinter {
  /** Lints `text` as the mask shows it to the rules (offsets are the text's own). */
  readonly lintText: (text: string) => LintResult;
  /** Whether a finding of the last text linted is about unmasked text. */
  readonly aboutUnmasked: (d: Diagnostic) => boolean;
  /** A finding of the last text linted without the fixes that would change masked syntax. */
  readonly withUnmaskedFixes: (d: Diagnostic) => Diagnostic;
}

/**
 * Lints texts whose syntax `mask` turns into spaces (Markdown), so rules see the prose only while
 * offsets and fixes stay the file's. Without a mask, texts are linted as they are. The CLI and the
 * language server both lint through this, so they judge masked findings alike.
 */
export function createMaskedLinter(mask: ((text: string) => string) | undefined, options: LintOptions): MaskedLinter {
  let current = { original: "", masked: "" };
  return {
    lintText: (text) => {
      current = { original: text, masked: mask ? mask(text) : text };
      return lint(current.masked, options);
    },
    aboutUnmasked: (d) => mask === undefined || aboutUnmaskedText(d, current.original, current.masked),
    withUnmaskedFixes: (d) => (mask === undefined ? d : withFixesOnUnmaskedText(d, current.original, current.masked)),
  };
}
