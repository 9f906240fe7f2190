/**
 * invisible-chars: characters a reader cannot see but that break search, comparison and layout —
 * zero-width characters inside the text, spaces and tabs at line ends, and NBSP or ideographic-space
 * indentation on lines of a text whose other lines are indented another way. Each has a safe fix.
 * Docs: docs/rules/invisible-chars.md
 */
import { firstIndexNotBefore } from "@reportlint/parser";
import type { Paragraph, Span } from "@reportlint/report-model";
import { createRule, type RuleContext } from "../rule.js";
import { hasZeroWidth, isZeroWidth } from "../util/typography.js";

/** A blank at a line end: space, tab, NBSP, ideographic space. */
const isPad = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;

type Indent = "none" | "full" | "nbsp" | "other";

/** How a line is indented, zero-width characters aside: not at all, with U+3000 only, with NBSP among its blanks, or otherwise. */
function indentKind(run: string): Indent {
  // Most lines have no indentation at all.
  if (run === "") return "none";
  const blanks = [...run].filter((c) => !isZeroWidth(c.charCodeAt(0)));
  if (blanks.length === 0) return "none";
  if (blanks.includes("\u00a0")) return "nbsp";
  return blanks.every((c) => c === "\u3000") ? "full" : "other";
}

const SHOW: Readonly<Record<string, string>> = {
  "\u200b": "U+200B",
  "\u200c": "U+200C",
  "\u200d": "U+200D",
  "\u2060": "U+2060",
  "\ufeff": "U+FEFF",
};

/** An emoji sequence joined by U+200D (👨‍👩‍👧) keeps its joiner. */
function inEmoji(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  return (before >= 0xdc00 && before <= 0xdfff) || before === 0xfe0f || (after >= 0xd800 && after <= 0xdbff);
}

export default createRule({
  id: "invisible-chars",
  meta: {
    type: "suggestion",
    docs: {
      description: {
        zh: "不应有零宽字符、行尾空格和不一致的不间断空格缩进",
        en: "No zero-width characters, trailing spaces or stray non-breaking-space indentation",
      },
      recommended: true,
    },
    defaultSeverity: "warning",
    fixable: "safe",
    messages: {
      zeroWidth: {
        zh: "文中有看不见的零宽字符 {{code}}，应删除",
        en: "Invisible zero-width character {{code}}; remove it",
      },
      trailing: {
        zh: "行尾有多余的空白字符，应删除",
        en: "Trailing blank characters at the end of the line; remove them",
      },
      indent: {
        zh: "此行用不间断空格或全角空格缩进，与全文其他行的缩进方式（{{style}}）不一致",
        en: "This line is indented with non-breaking or ideographic spaces, unlike the other lines ({{style}})",
      },
    },
  },
  create(context) {
    const { document, text } = context;
    // Built by push from one literal (not map + sort of maps): one array layout whether a text has
    // tables or not, so the optimised code is not thrown away for an empty list.
    const tables: Span[] = [];
    for (const t of document.tables) tables.push(t.span);
    tables.sort((a, b) => a[0] - b[0]);
    const lines = lineIndents(text, document.paragraphs);
    const { habit, habitRun } = indentHabit(text, lines);
    const habitStyle = habit === null ? "" : STYLE[habit][context.settings.locale];

    // Most texts have no zero-width character: then no line is searched for one.
    const anyZeroWidth = hasZeroWidth(document);
    for (let k = 0; k < lines.length; k++) {
      const { paragraph, indentEnd, kind } = lines[k]!;
      const lineStart = paragraph.span[0];
      const lineEnd = paragraph.span[1];
      const blankLine = indentEnd >= lineEnd;
      let zeroFrom = lineStart;
      if (!blankLine && habit !== null && (kind === "nbsp" || (kind === "full" && habit === "none"))) {
        context.report({
          span: [lineStart, indentEnd],
          messageId: "indent",
          data: { style: habitStyle },
          fix: { span: [lineStart, indentEnd], text: habitRun },
        });
        zeroFrom = indentEnd;
      }
      // Trailing blanks (with any zero-width characters among them) go in one fix.
      let trailStart = lineEnd;
      while (trailStart > zeroFrom && (isPad(text.charCodeAt(trailStart - 1)) || isZeroWidth(text.charCodeAt(trailStart - 1)))) trailStart--;
      let pads = 0;
      for (let i = trailStart; i < lineEnd; i++) if (isPad(text.charCodeAt(i))) pads++;
      if (anyZeroWidth) reportZeroWidth(context, text, zeroFrom, pads > 0 ? trailStart : lineEnd);
      // A flattened table's rows ("| 0  | ") end in cell padding: part of the table's layout.
      if (pads > 0 && !inTable(tables, lineStart, lineEnd)) {
        context.report({ span: [trailStart, lineEnd], messageId: "trailing", fix: { span: [trailStart, lineEnd], text: "" } });
      }
    }
  },
});

type Context = RuleContext<unknown, "zeroWidth" | "trailing" | "indent">;

const STYLE = { none: { zh: "不缩进", en: "no indentation" }, full: { zh: "全角空格缩进", en: "full-width spaces" } } as const;

/** A line (paragraph) and how it is indented: where its indentation ends and of what kind. */
interface LineIndent {
  readonly paragraph: Paragraph;
  readonly indentEnd: number;
  readonly kind: Indent;
}

/** Every line's indentation, to find the text's own habit. */
function lineIndents(text: string, paragraphs: readonly Paragraph[]): LineIndent[] {
  const lines: LineIndent[] = [];
  for (const p of paragraphs) {
    let i = p.span[0];
    while (i < p.span[1] && (isPad(text.charCodeAt(i)) || isZeroWidth(text.charCodeAt(i)))) i++;
    lines.push({ paragraph: p, indentEnd: i, kind: i === p.span[0] ? "none" : indentKind(text.slice(p.span[0], i)) });
  }
  return lines;
}

/**
 * The text's habit when most lines share it (no indentation, or full-width spaces; null when none
 * is), and the run of full-width spaces its lines are indented with.
 */
function indentHabit(text: string, lines: readonly LineIndent[]): { habit: "none" | "full" | null; habitRun: string } {
  const counts = new Map<Indent, number>();
  const fullRuns = new Map<string, number>();
  for (const l of lines) {
    if (l.indentEnd >= l.paragraph.span[1]) continue;
    counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
    if (l.kind === "full") {
      const run = text.slice(l.paragraph.span[0], l.indentEnd).replace(/[^\u3000]/gu, "");
      fullRuns.set(run, (fullRuns.get(run) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const habit = (["none", "full"] as const).find((k) => (counts.get(k) ?? 0) >= 3 && (counts.get(k) ?? 0) * 2 > total) ?? null;
  const habitRun = habit === "full" ? [...fullRuns].sort((a, b) => b[1] - a[1])[0]![0] : "";
  return { habit, habitRun };
}

/** Reports the zero-width characters in [from, to), a run of them as one finding. */
function reportZeroWidth(context: Context, text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isZeroWidth(c) || (i === 0 && c === 0xfeff) || (c === 0x200d && inEmoji(text, i))) continue;
    let j = i + 1;
    while (j < to && isZeroWidth(text.charCodeAt(j)) && !(text.charCodeAt(j) === 0x200d && inEmoji(text, j))) j++;
    context.report({
      span: [i, j],
      messageId: "zeroWidth",
      data: { code: [...new Set(text.slice(i, j))].map((z) => SHOW[z]).join(" ") },
      fix: { span: [i, j], text: "" },
    });
    i = j - 1;
  }
}

/** True when [from, to) overlaps one of the sorted table spans. */
function inTable(tables: readonly Span[], from: number, to: number): boolean {
  const k = firstIndexNotBefore(tables.length, (n) => tables[n]![1] <= from);
  return k < tables.length && tables[k]![0] < to;
}
