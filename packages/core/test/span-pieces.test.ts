// spanPieces: findings as runs of text (the CLI's html report and the browser page mark them in place).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spanPieces } from "../src/index.js";

describe("spanPieces", () => {
  it("covers the text in order, and each finding's pieces are exactly its span", () => {
    const span = fc.tuple(fc.integer({ min: -2, max: 40 }), fc.integer({ min: -2, max: 40 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36 }), fc.array(span, { maxLength: 12 }), (length, spans) => {
        const out = spanPieces(length, spans);
        let at = 0;
        for (const p of out) {
          expect(p.start).toBe(at);
          at = p.end;
        }
        expect(at).toBe(length);
        spans.forEach(([from, to], i) => {
          const start = Math.min(Math.max(0, from), length);
          const end = Math.min(Math.max(start, to), length);
          const mine = out.filter((p) => p.covering.includes(i));
          expect(mine.length).toBeGreaterThan(0);
          expect([mine[0]!.start, mine.at(-1)!.end]).toEqual([start, end]);
          // Contiguous: no gap between the pieces of one finding.
          mine.slice(1).forEach((p, k) => expect(p.start).toBe(mine[k]!.end));
        });
      }),
    );
  });

  it("does not mark text no finding covers", () => {
    expect(spanPieces(5, [[1, 2]])).toEqual([
      { start: 0, end: 1, covering: [] },
      { start: 1, end: 2, covering: [0] },
      { start: 2, end: 5, covering: [] },
    ]);
    expect(spanPieces(0, [])).toEqual([]);
  });
});
