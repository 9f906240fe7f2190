// One paragraph per line, with its kind and the innermost heading it belongs to.
import type { Heading, Paragraph, ParagraphKind } from "@reportlint/report-model";
import type { Line } from "./lines.js";

/** What decides each line's kind. */
export interface ParagraphInputs {
  readonly chromeLines: readonly boolean[];
  readonly titleLines: ReadonlySet<number>;
  readonly headings: readonly Heading[];
}

/** Builds the paragraphs: blank, chrome, title, heading or body, in that order of precedence. */
export function buildParagraphs(lines: readonly Line[], inputs: ParagraphInputs): Paragraph[] {
  const { chromeLines, titleLines, headings } = inputs;
  const paragraphs: Paragraph[] = [];
  let h = 0;
  let current: number | null = null;
  for (const line of lines) {
    while (h < headings.length && headings[h]!.paragraph <= line.index) current = h++;
    let kind: ParagraphKind;
    if (line.contentEnd === line.contentStart) kind = "blank";
    else if (chromeLines[line.index]) kind = "chrome";
    else if (titleLines.has(line.index)) kind = "title";
    else if (current !== null && headings[current]!.paragraph === line.index) kind = "heading";
    else kind = "body";
    paragraphs.push({
      kind,
      span: [line.start, line.end],
      contentSpan: [line.contentStart, line.contentEnd],
      line: line.index + 1,
      heading: current,
    });
  }
  return paragraphs;
}
