import type { Severity } from "@reportlint/report-model";
import { spanPieces } from "@reportlint/core";
import { escapeHtml, escapeReportText } from "./html-escape.js";

/** What the highlighter needs of a finding. */
export interface Highlight {
  readonly span: readonly [number, number];
  readonly severity: Severity;
  readonly message: string;
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };
// A run covered by many findings names the first few in its tooltip; the list has them all.
const TITLE_MESSAGES = 3;

/**
 * The text as HTML with every finding in `<mark>`: class = the most severe covering finding,
 * title = their messages, data-f = their indexes; the first piece of finding i carries the anchor
 * `${idPrefix}${i}` (on the mark, or an empty span before it when several start there).
 */
export function highlightText(text: string, highlights: readonly Highlight[], idPrefix: string): string {
  const anchored = new Array<boolean>(highlights.length).fill(false);
  let html = "";
  for (const piece of spanPieces(text.length, highlights.map((h) => h.span))) {
    const body = escapeReportText(text.slice(piece.start, piece.end));
    if (piece.covering.length === 0) {
      html += body;
      continue;
    }
    const starting = piece.covering.filter((i) => !anchored[i]);
    for (const i of starting) anchored[i] = true;
    const [own, ...others] = starting;
    const covering = piece.covering.map((i) => highlights[i]!);
    const severity = covering.reduce((worst, h) => (RANK[h.severity] > RANK[worst] ? h.severity : worst), "info" as Severity);
    const messages = covering.slice(0, TITLE_MESSAGES).map((h) => h.message);
    if (covering.length > TITLE_MESSAGES) messages.push(`… +${covering.length - TITLE_MESSAGES}`);
    html += others.map((i) => `<span id="${idPrefix}${i}"></span>`).join("");
    const id = own === undefined ? "" : ` id="${idPrefix}${own}"`;
    const point = piece.start === piece.end ? " point" : "";
    html += `<mark${id} class="${severity}${point}" data-f="${piece.covering.join(" ")}" title="${escapeHtml(messages.join("\n"))}">${body}</mark>`;
  }
  return html;
}
