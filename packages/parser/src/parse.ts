import { PROFILES, type Clause, type Heading, type Paragraph, type Report, type Span } from "@reportlint/report-model";
import { indexMarks, matchMarks, type BracketMarks, type BracketPair } from "./brackets.js";
import { skipSpaces } from "./chars.js";
import { findBreakdowns } from "./breakdowns.js";
import { findChrome, withoutTrailingChrome } from "./chrome.js";
import { findCutOff } from "./cut-off.js";
import { splitClauses } from "./clauses.js";
import { findDates } from "./dates.js";
import { findEnumerations } from "./enumerations.js";
import { foldTraditional } from "./fold.js";
import { findHeadings } from "./headings.js";
import { findNamedLists } from "./named-lists.js";
import { splitLines, type Line } from "./lines.js";
import { extractNumbers } from "./numbers/extract.js";
import { buildParagraphs } from "./paragraphs.js";
import { guessProfile } from "./profile.js";
import { findRelativeYears } from "./relative-years.js";
import { findPublishedAt, findReportYear } from "./report-year.js";
import { findTables } from "./tables.js";
import { findTitle } from "./title.js";
import { objectList } from "./lists.js";

/** What the caller knows better than the text. */
export interface ParseOptions {
  /** Profile id to use instead of guessing one from the title and headings. */
  readonly profile?: string;
  /** Report year to use instead of reading it from the text. */
  readonly reportYear?: number;
  /** Publication date (YYYY-MM-DD) to use instead of a 发布时间 printed in the text. */
  readonly publishedAt?: string;
}

// A quotation longer than this is split into clauses like running text.
const LONG_QUOTE = 60;
const NO_PAIRS: readonly BracketPair[] = objectList();

/**
 * One pass over a paragraph's pairs (in order of opening): appends the outermost 《》 titles and the
 * outermost quotes to their lists, and returns the outermost pairs no clause splits in, from `from`
 * on — all pairs but long quotes. (Three filters, three `outermost` and two maps made seven arrays.)
 */
function sortPairs(pairs: readonly BracketPair[], from: number, bookTitles: Span[], quotes: Span[]): readonly BracketPair[] {
  if (pairs.length === 0) return NO_PAIRS;
  const kept: BracketPair[] = objectList();
  let titleReach = -1;
  let quoteReach = -1;
  let keptReach = -1;
  for (const p of pairs) {
    // One by one: push(...) overflows the call stack past ~150,000 items (《》 × 200,000 in one paragraph).
    if (p.kind === "title" && p.open > titleReach) {
      bookTitles.push([p.open, p.close]);
      titleReach = p.close;
    } else if (p.kind === "quote" && p.open > quoteReach) {
      quotes.push([p.open, p.close]);
      quoteReach = p.close;
    }
    // A long quotation is speech made of sentences of its own; only short quotes stay whole.
    if (p.open >= from && !(p.kind === "quote" && p.close - p.open > LONG_QUOTE) && p.open > keptReach) {
      kept.push(p);
      keptReach = p.close;
    }
  }
  return kept;
}

// A line ending like this ends its sentence; a line ending otherwise may have been cut by a PDF.
const SENTENCE_END = /[。！？!?；;：:]$/u;
// Hard-wrapped lines are long: a PDF cuts a full line of about 25–40 characters.
const WRAPPED_LINE = 20;

/**
 * The paragraphs that carry on the one before: both are body text, the one before is a long line
 * that stops without ending its sentence (…予以公开及部 / 分公开 208 件…), and this one does not start
 * a table row.
 */
function hardWrapped(text: string, paragraphs: readonly Paragraph[], lines: readonly Line[]): Set<number> {
  const continuing = new Set<number>();
  for (let i = 1; i < paragraphs.length; i++) {
    if (paragraphs[i - 1]!.kind !== "body" || paragraphs[i]!.kind !== "body") continue;
    const before = text.slice(lines[i - 1]!.contentStart, lines[i - 1]!.contentEnd);
    const here = text.slice(lines[i]!.contentStart, lines[i]!.contentEnd);
    if (before.length < WRAPPED_LINE || SENTENCE_END.test(before) || before.includes("|") || here.includes("|")) continue;
    if (/^[\p{Script=Han}\d（(“]/u.test(here)) continuing.add(i);
  }
  return continuing;
}

/**
 * The headings, without the row labels of a profile's prescribed table (政府信息公开 reports) read
 * as headings. The labels are known once the profile is: the option, else the opening lines when
 * they name the report kind, else the top-level headings when they cover the profile's parts (a
 * capture that starts below the title, or a page without one).
 */
function findHeadingsWithTables(
  text: string,
  clean: readonly Line[],
  isChrome: (i: number) => boolean,
  marks: BracketMarks,
  option?: string,
) {
  // The first three lines with text: a loop that stops there, not a filter of every line.
  let opening = "";
  for (let i = 0, taken = 0; i < clean.length && taken < 3; i++) {
    const l = clean[i]!;
    if (isChrome(l.index) || l.contentEnd <= l.contentStart) continue;
    opening += text.slice(l.contentStart, l.contentEnd);
    taken++;
  }
  const early = guessProfile(option, opening, null, []);
  if (early.profileSource !== "default") return findHeadings(text, clean, isChrome, marks, PROFILES[early.profile]?.tableLabels);
  const plain = findHeadings(text, clean, isChrome, marks);
  const labels = PROFILES[guessProfile(undefined, null, null, plain).profile]?.tableLabels;
  return labels ? findHeadings(text, clean, isChrome, marks, labels) : plain;
}

/**
 * Parses report text into a Report. Never throws: any string gives a Report whose spans all lie
 * inside the text. Offsets are UTF-16 indices into `text`, which is kept unchanged.
 */
export function parse(text: string, options: ParseOptions = {}): Report {
  const lines = splitLines(text);
  const chrome = findChrome(text, lines);
  const chromeLines = chrome.lineKinds;
  const isChrome = (i: number) => (chromeLines[i] ?? null) !== null;
  // Structure is read from the lines without furniture glued to their end.
  const clean = withoutTrailingChrome(text, lines, chrome);
  // The bracket marks, found once: every module that matches brackets in a range reads them.
  const marks = indexMarks(text);
  const headings = findHeadingsWithTables(text, clean, isChrome, marks, options.profile);
  // Filled by a loop: the Map constructor walks an array of [key, value] pairs made for it.
  const headingOf = new Map<number, Heading>();
  for (const h of headings) headingOf.set(h.paragraph, h);
  const title = findTitle(text, clean, isChrome, (i) => headingOf.has(i));
  const titleLines = new Set(title.lines);
  const paragraphs = buildParagraphs(lines, { chromeLines, titleLines, headings });

  const clauses: Clause[] = objectList();
  const bookTitles: Span[] = objectList();
  const quotes: Span[] = objectList();
  const continues = hardWrapped(text, paragraphs, clean);
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index]!;
    if (p.kind === "blank" || p.kind === "chrome" || continues.has(index)) continue;
    const { contentStart: start } = clean[index]!;
    // Lines a PDF extraction broke in mid-sentence are read as one paragraph's text.
    let last = index;
    while (continues.has(last + 1)) last++;
    const end = clean[last]!.contentEnd;
    const { pairs } = matchMarks(marks, start, end);
    // A heading's clauses start after its marker: "1." or "（一）" is numbering, not text.
    const heading = headingOf.get(index);
    const from = heading ? skipSpaces(text, heading.markerSpan[1], end) : start;
    splitClauses(text, index, from, end, sortPairs(pairs, from, bookTitles, quotes), clauses);
  }

  const chromeSpans: Span[] = objectList();
  for (const c of chrome.spans) chromeSpans.push(c.span);
  // A loop, not filter + map: an empty filter result has another array map, and parse, optimised on
  // one, was deoptimised and compiled again on the other.
  const titleSpans: Span[] = objectList();
  for (const p of paragraphs) if (p.kind === "title") titleSpans.push(p.contentSpan);
  const contextRanges = {
    chrome: chromeSpans,
    title: titleSpans,
    bookTitles,
    quotes,
  };
  const dates = findDates(text, contextRanges);
  // After the article, a 相关阅读 list prints the dates of other pages.
  const firstBody = paragraphs.find((p) => p.kind === "body")?.span[0] ?? text.length;
  const otherPages = chrome.spans.find((c) => c.kind === "related" && c.span[0] > firstBody);
  const publishedAt = findPublishedAt(text, dates, options.publishedAt, otherPages ? [[otherPages.span[0], text.length]] : []);
  const reportYear = findReportYear(text, {
    option: options.reportYear,
    title: title.title,
    dates,
    paragraphs,
    headings,
    clauses,
    publishedAt,
  });
  const openingParagraph = paragraphs.findIndex((p) => p.kind === "body");
  // Its first and last clause, without a filtered copy of every clause.
  let openingFirst: Clause | undefined;
  let openingLast: Clause | undefined;
  for (const c of clauses) {
    if (c.paragraph !== openingParagraph || c.sentence !== 0) continue;
    openingFirst ??= c;
    openingLast = c;
  }
  const openingSentence = openingFirst && openingLast ? text.slice(openingFirst.span[0], openingLast.span[1]) : null;
  const profile = guessProfile(options.profile, title.title?.text ?? null, openingSentence, headings);

  // Numbers and their words are read on a folded copy (萬→万, 條→条) with the same offsets; what a
  // number printed is then taken from the text itself.
  const folded = foldTraditional(text);
  // Folding changes no mark and makes none (test/brackets.test.ts): the folded copy has the same marks.
  const foldedMarks: BracketMarks = folded === text ? marks : { text: folded, at: marks.at };
  // `raw` from the text itself: no copy of every number with its printed form.
  const { quantities, rates } = extractNumbers(folded, clauses, chromeSpans, text);
  const breakdowns = findBreakdowns(folded, clauses, quantities, rates, foldedMarks);
  const tables = findTables(text, lines);
  return {
    text,
    meta: {
      title: title.title,
      issuer: title.issuer,
      reportYear,
      publishedAt,
      // Named, not spread: a spread copies through a slower generic path.
      profile: profile.profile,
      profileSource: profile.profileSource,
      cutOff: findCutOff(text, { paragraphs, headings, lines: clean, tables: tables.map((t) => t.span) }),
    },
    paragraphs,
    headings,
    enumerations: findEnumerations(text, paragraphs, marks),
    clauses,
    quantities,
    rates,
    breakdowns,
    namedLists: findNamedLists(text, clauses, quantities, rates, marks),
    dates,
    relativeYears: findRelativeYears(text, contextRanges),
    chrome: chrome.spans,
    tables,
  };
}
