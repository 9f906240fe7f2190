// Findings as runs of text, for showing them in place (the CLI's html report, the browser page).

/** A run of text covered by the same findings (indexes into the highlights); empty for a point. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly covering: readonly number[];
}

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
export function spanPieces(length: number, spans: readonly (readonly [number, number])[]): Piece[] {
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
