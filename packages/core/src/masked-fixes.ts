import type { Diagnostic, Fix } from "@reportlint/report-model";

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
