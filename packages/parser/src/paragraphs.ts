// One paragraph per line, with its kind and the innermost heading it belongs to.
import type { ChromeKind, Heading, Paragraph, ParagraphKind, Span } from "@reportlint/report-model";
import type { Line } from "./lines.js";

/** What decides each line's kind. */
export interface ParagraphInputs {
  /** Per line: the kind when the whole line is furniture, else null (ChromeResult.lineKinds). */
  readonly chromeLines: readonly (ChromeKind | null)[];
  readonly titleLines: ReadonlySet<number>;
  readonly headings: readonly Heading[];
}

/** Builds the paragraphs: blank, chrome, title, heading or body, in that order of precedence. */
export function buildParagraphs(lines: readonly Line[], inputs: ParagraphInputs): Paragraph[] {
  const { chromeLines, titleLines, headings } = inputs;
  // Sized once: a text of a million line breaks does not regrow (and re-copy) the list as it fills.
  const paragraphs = new Array<Paragraph>(lines.length);
  let h = 0;
  let current: number | null = null;
  // Indexed: a for-of over a million lines allocates an iterator result per line until optimised.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    while (h < headings.length && headings[h]!.paragraph <= line.index) current = h++;
    let kind: ParagraphKind;
    if (line.contentEnd === line.contentStart) kind = "blank";
    else if (chromeLines[line.index]) kind = "chrome";
    else if (titleLines.has(line.index)) kind = "title";
    else if (current !== null && headings[current]!.paragraph === line.index) kind = "heading";
    else kind = "body";
    const span: Span = [line.start, line.end];
    // An empty line's content is the whole line: one array serves both (spans are never written to),
    // which halves what a text of a million line breaks keeps alive.
    const same = line.contentStart === line.start && line.contentEnd === line.end;
    paragraphs[line.index] = { kind, span, contentSpan: same ? span : [line.contentStart, line.contentEnd], line: line.index + 1, heading: current };
  }
  return paragraphs;
}
