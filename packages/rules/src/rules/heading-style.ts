/**
 * heading-style: the headings of one outline level should print their numbers one way. (六) among
 * （一）…（五）, 3、 among 1. 2., 一. among 一、 are reported, with a safe fix that rewrites the marker
 * to the level's majority style. Docs: docs/rules/heading-style.md
 */
import { BoundedMap } from "@reportlint/report-model";
import type { Heading } from "@reportlint/report-model";
import { createRule } from "../rule.js";
import { toChineseNumeral } from "../util/numerals.js";

/** Enclosed numerals (⑴ ⒈ ㈠ ①…) by block: first code point, the value it stands for, how many. */
const ENCLOSED: readonly (readonly [number, number, number])[] = [
  [0x2460, 1, 20],
  [0x3251, 21, 15],
  [0x32b1, 36, 15],
  [0x2776, 1, 10],
  [0x2780, 1, 10],
  [0x278a, 1, 10],
  [0x2474, 1, 20],
  [0x2488, 1, 20],
  [0x3220, 1, 10],
];

/** How a marker is printed, apart from its number. */
interface Shape {
  /** The marker with its number replaced by 一, 1 or １ (or the enclosed block's first character). */
  readonly key: string;
  readonly before: string;
  readonly after: string;
  /** How the number is written: Chinese, ASCII digits, full-width digits, or an enclosed block. */
  readonly numeral: "cn" | "ascii" | "wide" | number;
}

const NUMERAL = /[一二三四五六七八九十]+|[0-9]+|[０-９]+/u;

/** Shapes of the markers read so far (a report repeats a few markers, 一、 （一） 1.): emptied past a bound. */
const MAX_KNOWN_SHAPES = 2_000;
const knownShapes = new BoundedMap<string, Shape | null>(MAX_KNOWN_SHAPES);

/** shapeOf, asked once per marker text (a shape is never changed by its users). */
function knownShapeOf(marker: string): Shape | null {
  let shape = knownShapes.get(marker);
  if (shape === undefined) {
    shape = shapeOf(marker) ?? null;
    knownShapes.set(marker, shape);
  }
  return shape;
}

function shapeOf(marker: string): Shape | null {
  const m = NUMERAL.exec(marker);
  if (m) {
    const numeral = /[0-9]/u.test(m[0]) ? "ascii" : /[０-９]/u.test(m[0]) ? "wide" : "cn";
    const before = marker.slice(0, m.index);
    const after = marker.slice(m.index + m[0].length);
    return { key: before + { cn: "一", ascii: "1", wide: "１" }[numeral] + after, before, after, numeral };
  }
  const c = marker.codePointAt(0) ?? 0;
  const block = ENCLOSED.find(([first, , count]) => c >= first && c < first + count);
  return block && marker.length === 1 ? { key: String.fromCodePoint(block[0]), before: "", after: "", numeral: block[0] } : null;
}

/** The marker for `value` printed in `shape`, or null when the shape cannot print it. */
function print(shape: Shape, value: number): string | null {
  if (typeof shape.numeral === "number") {
    const [first, from, count] = ENCLOSED.find(([f]) => f === shape.numeral)!;
    return value >= from && value < from + count ? String.fromCodePoint(first + value - from) : null;
  }
  const digits =
    shape.numeral === "cn"
      ? toChineseNumeral(value)
      : shape.numeral === "ascii"
        ? String(value)
        : String(value).replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return shape.before + digits + shape.after;
}

interface Styled {
  readonly heading: Heading;
  readonly shape: Shape;
}

/**
 * The shape most of `items` share, when it is a clear majority: at least two headings and at least
 * twice as many as all the other shapes together. Null for an evenly mixed level.
 */
function majority(items: readonly Styled[]): Shape | null {
  const counts = new Map<string, { shape: Shape; count: number }>();
  for (const { shape } of items) {
    const entry = counts.get(shape.key) ?? { shape, count: 0 };
    entry.count++;
    counts.set(shape.key, entry);
  }
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (!top || top.count < 2 || top.count < 2 * (items.length - top.count)) return null;
  return top.shape;
}

export default createRule({
  id: "heading-style",
  meta: {
    type: "suggestion",
    docs: {
      description: {
        zh: "同一级标题的编号样式应一致（括号全角半角、顿号与点号等）",
        en: "Headings of one level should number in one style (bracket width, 、 or .)",
      },
      recommended: true,
    },
    defaultSeverity: "warning",
    fixable: "safe",
    messages: {
      mixed: {
        zh: "标题编号「{{marker}}」与同级其他{{count}}个标题的样式「{{style}}」不一致，应为「{{expected}}」",
        en: 'Heading number "{{marker}}" differs from the style "{{style}}" of {{count}} other headings at this level; expected "{{expected}}"',
      },
    },
  },
  create(context) {
    // A broken marker's style is inferred (heading-sequence reports it), so it has no style to judge;
    // a marker with no text after it ("1." at the cut-off end of a table) may not be a heading.
    // Pushed, not flatMap: no one-item list per heading.
    const styled: Styled[] = [];
    for (const heading of context.document.headings) {
      const shape = heading.value === null || heading.text === "" ? null : knownShapeOf(heading.marker);
      if (shape) styled.push({ heading, shape });
    }
    const byRank = new Map<number, Styled[]>();
    for (const s of styled) {
      const rank = byRank.get(s.heading.rank);
      if (rank) rank.push(s);
      else byRank.set(s.heading.rank, [s]);
    }

    const check = (items: readonly Styled[]) => {
      const target = majority(items);
      if (!target) return;
      const count = items.filter((s) => s.shape.key === target.key).length;
      for (const { heading, shape } of items) {
        if (shape.key === target.key) continue;
        const expected = print(target, heading.value!);
        if (expected === null) continue;
        context.report({
          span: heading.markerSpan,
          messageId: "mixed",
          data: { marker: heading.marker, style: target.key, count, expected },
          fix: { span: heading.markerSpan, text: expected },
        });
      }
    };

    // One level is one outline rank across the document. A rank with no clear majority is left
    // alone, even where one of its sibling lists has an outlier: judging lists one by one would not
    // be idempotent (fixing one list can make a majority appear across the document).
    for (const items of byRank.values()) check(items);
  },
});
