import type { Diagnostic, Fix } from "@reportlint/report-model";

/** The fix replaces only prose: the text it covers is the same before and after masking. */
function touchesProseOnly(fix: Fix, original: string, masked: string): boolean {
  const [start, end] = fix.span;
  // An insertion next to masked syntax is fine; a replacement must not eat any of it.
  return original.slice(start, end) === masked.slice(start, end);
}

/**
 * A finding of a masked Markdown text, without the fixes that would change Markdown syntax (rules
 * saw the syntax as spaces, so a fix over it would delete `**` or a link address from the file).
 */
export function withProseFixesOnly(d: Diagnostic, original: string, masked: string): Diagnostic {
  const fixOk = d.fix === undefined || touchesProseOnly(d.fix, original, masked);
  const suggestions = d.suggestions?.filter((s) => touchesProseOnly(s.fix, original, masked));
  if (fixOk && suggestions?.length === d.suggestions?.length) return d;
  const { fix, suggestions: _dropped, ...rest } = d;
  return { ...rest, ...(fixOk && fix !== undefined ? { fix } : {}), ...(suggestions !== undefined && suggestions.length > 0 ? { suggestions } : {}) };
}
