import type { Severity } from "@reportlint/report-model";
import { escapeHtml, escapeReportText } from "./html-escape.js";

/** What the highlighter needs of a finding. */
export interface Highlight {
  readonly span: readonly [number, number];
  readonly severity: Severity;
  readonly message: string;
}

/** A run of text covered by the same findings (indexes into the highlights); empty for a point. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly covering: readonly number[];
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };
// A run covered by many findings names the first few in its tooltip; the list has them all.
const TITLE_MESSAGES = 3;

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The text cut at every start and end of a finding, each piece with the findings covering it, so
 * overlapping findings need no nesting. Cost: sorting the boundaries plus the covering lists, not
 * text length × findings. Spans are clamped to the text; an empty span is a piece of its own.
 */
export function pieces(length: number, spans: readonly (readonly [number, number])[]): Piece[] {
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  const points = new Map<number, number[]>();
  const cuts = new Set([0, length]);
  spans.forEach(([from, to], i) => {
    const start = Math.min(Math.max(0, from), length);
    const end = Math.min(Math.max(start, to), length);
    cuts.add(start).add(end);
    if (start === end) push(points, start, i);
    else {
      push(starts, start, i);
      push(ends, end, i);
    }
  });
  const sorted = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const out: Piece[] = [];
  sorted.forEach((at, k) => {
    for (const i of ends.get(at) ?? []) active.delete(i);
    for (const i of points.get(at) ?? []) out.push({ start: at, end: at, covering: [i] });
    for (const i of starts.get(at) ?? []) active.add(i);
    const next = sorted[k + 1];
    if (next !== undefined && next > at) out.push({ start: at, end: next, covering: [...active].sort((a, b) => a - b) });
  });
  return out;
}

/**
 * The text as HTML with every finding in `<mark>`: class = the most severe covering finding,
 * title = their messages, data-f = their indexes; the first piece of finding i carries the anchor
 * `${idPrefix}${i}` (on the mark, or an empty span before it when several start there).
 */
export function highlightText(text: string, highlights: readonly Highlight[], idPrefix: string): string {
  const anchored = new Array<boolean>(highlights.length).fill(false);
  let html = "";
  for (const piece of pieces(text.length, highlights.map((h) => h.span))) {
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
