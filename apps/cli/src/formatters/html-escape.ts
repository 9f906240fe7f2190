import { showControls } from "../control-chars.js";

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text or an attribute value made safe for HTML: markup characters as entities, and controls other
 * than line feed and tab as pictures (they are not allowed in HTML text).
 */
export function escapeHtml(value: string): string {
  return showControls(value, true).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A report's text for display: a carriage return is a line break like the line feed it usually
 * precedes (HTML would fold CR LF into one anyway), everything else as escapeHtml.
 */
export function escapeReportText(value: string): string {
  return escapeHtml(value.replace(/\r\n?/g, "\n"));
}

/** An http(s) URL for an href, or undefined: no other scheme (javascript:, data:) gets a link. */
export function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? escapeHtml(url) : undefined;
}
