import { DEFAULT_PROFILE_ID, type Report } from "@reportlint/report-model";
import { extractNumbers } from "./numbers/extract.js";

export interface ParseOptions {
  /** Profile id to use instead of guessing one from the title and headings. */
  readonly profile?: string;
  /** Report year to use instead of reading it from the text. */
  readonly reportYear?: number;
}

/**
 * Parses report text into a Report. Never throws: any string gives a Report whose spans all lie
 * inside the text. Offsets are UTF-16 indices into `text`, which is kept unchanged.
 */
export function parse(text: string, options: ParseOptions = {}): Report {
  // Placeholder assembly: the structure modules fill these in.
  const clauses: Report["clauses"] = [];
  const { quantities, rates } = extractNumbers(text, clauses, []);
  return {
    text,
    meta: {
      title: null,
      issuer: null,
      reportYear: options.reportYear ? { value: options.reportYear, source: "option", span: null } : null,
      publishedAt: null,
      profile: options.profile ?? DEFAULT_PROFILE_ID,
      profileSource: options.profile ? "option" : "default",
    },
    paragraphs: [],
    headings: [],
    enumerations: [],
    clauses,
    quantities,
    rates,
    dates: [],
    relativeYears: [],
    chrome: [],
  };
}
