/**
 * heading-sequence: heading numbers at every level must count 1, 2, 3… without repeats, gaps,
 * reversals or lost digits. Docs: docs/rules/heading-sequence.md
 */
import type { BrokenMarker, Heading } from "@reportlint/report-model";
import { createRule, type RuleMessage } from "../rule.js";
import { formatMarker } from "../util/numerals.js";

/** What a broken marker lost, in words (the parser gives a code). */
const BROKEN_REASONS: Readonly<Record<BrokenMarker | "unknown", RuleMessage>> = {
  "lost-open": { zh: "缺少左括号和编号", en: "its opening bracket and number are missing" },
  "lost-close": { zh: "缺少右括号", en: "its closing bracket is missing" },
  "lost-number": { zh: "缺少编号和右括号", en: "its number and closing bracket are missing" },
  unknown: { zh: "编号缺失", en: "its number is missing" },
};

export default createRule({
  id: "heading-sequence",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "各级标题编号应连续：不重复、不跳号、不倒序、不残缺",
        en: "Heading numbers at every level must run on without repeats, gaps, reversals or broken markers",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      duplicate: {
        zh: "标题编号「{{marker}}」与第{{line}}行重复，按顺序应为「{{expected}}」（其后的同级编号也应顺延）",
        en: 'Heading number "{{marker}}" repeats the one on line {{line}}; expected "{{expected}}" (later numbers at this level shift too)',
      },
      skipped: {
        zh: "标题编号从「{{previous}}」跳到「{{marker}}」，缺少「{{missing}}」",
        en: 'Heading numbers jump from "{{previous}}" to "{{marker}}"; "{{missing}}" is missing',
      },
      wrongStart: {
        zh: "本级第一个标题编号为「{{marker}}」，应从「{{expected}}」开始",
        en: 'The first heading at this level is numbered "{{marker}}"; expected "{{expected}}"',
      },
      outOfOrder: {
        zh: "标题编号「{{marker}}」排在「{{previous}}」之后，顺序颠倒",
        en: 'Heading number "{{marker}}" comes after "{{previous}}": out of order',
      },
      broken: {
        zh: "标题编号残缺（{{reason}}），按顺序应为「{{expected}}」",
        en: 'Broken heading number ({{reason}}); expected "{{expected}}"',
      },
    },
  },
  create(context) {
    const { headings, paragraphs } = context.document;
    // Siblings share a parent and an outline rank; mixed bracket widths at one rank still count together.
    const groups = new Map<string, { value: number; heading: Heading }>();
    // The last number at each rank, so arabic items may run on across sub-sections (1. 2. | 3.).
    const lastAtRank = new Map<number, number>();
    const lineOf = (h: Heading) => paragraphs[h.paragraph]?.line ?? 0;
    // The parser's tables: a heading may have been swallowed by one between two headings.
    const tableBetween = (a: Heading, b: Heading) => context.document.tables.some((t) => t.span[0] >= a.span[1] && t.span[1] <= b.span[0]);

    for (const heading of headings) {
      const key = `${heading.parent ?? "-"}|${heading.rank}`;
      const previous = groups.get(key);
      const expected = previous ? previous.value + 1 : 1;
      const marker = heading.marker;
      const at = { span: heading.span };

      if (heading.value === null) {
        context.report({
          ...at,
          messageId: "broken",
          data: { reason: BROKEN_REASONS[heading.broken ?? "unknown"][context.settings.locale], expected: formatMarker(heading.style, expected) },
        });
      } else if (!previous) {
        const runsOn = heading.value === (lastAtRank.get(heading.rank) ?? 0) + 1;
        if (heading.value !== 1 && !runsOn) {
          context.report({ ...at, messageId: "wrongStart", data: { marker, expected: formatMarker(heading.style, 1) } });
        }
      } else if (heading.value === previous.value) {
        context.report({
          ...at,
          messageId: "duplicate",
          data: { marker, line: lineOf(previous.heading), expected: formatMarker(heading.style, expected) },
        });
      } else if (heading.value === 1) {
        // A run restarting at 1 is a new list under an unnumbered part, not an error we can be sure of.
      } else if (heading.value > expected) {
        const missing = Array.from({ length: heading.value - expected }, (_, i) => formatMarker(heading.style, expected + i));
        context.report({
          ...at,
          // A table in between (text extracted from a PDF) may have swallowed the missing heading.
          severity: tableBetween(previous.heading, heading) ? "warning" : undefined,
          messageId: "skipped",
          data: { marker, previous: previous.heading.marker, missing: missing.join("」「") },
        });
      } else if (heading.value < previous.value) {
        context.report({ ...at, messageId: "outOfOrder", data: { marker, previous: previous.heading.marker } });
      }

      const value = heading.value ?? expected;
      groups.set(key, { value, heading });
      lastAtRank.set(heading.rank, value);
    }
  },
});
