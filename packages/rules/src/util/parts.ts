// Which required part of the report profile a heading, or a place in the text, belongs to. The
// profile's parts carry heading patterns (data in report-model); this reads them against the
// parser's heading tree. Shared by required-sections and the time rules (a 今年 in the next-year
// plan means the year of writing, not the report year).
import type { Profile, ProfilePart, Report, Span } from "@reportlint/report-model";
import { findSectionLines } from "@reportlint/parser";

/** Finds where a pattern first matches in a text: [start, end) or null (what `exec` says). */
type Search = (text: string) => Span | null;

interface Compiled {
  readonly headings: readonly RegExp[];
  readonly excludes: readonly RegExp[];
  readonly body: readonly Search[];
}

const compiled = new WeakMap<ProfilePart, Compiled>();
const regexes = (sources: readonly string[] | undefined) => (sources ?? []).map((source) => new RegExp(source, "u"));

/**
 * Index just past the group opening at `open` (a `(` of `source`), or -1; `bars` collects the
 * indexes of `|` directly inside it. Escapes and character classes are skipped.
 */
function groupEnd(source: string, open: number, bars?: number[]): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
    else if (c === "|" && depth === 1) bars?.push(i);
  }
  return -1;
}

/**
 * A search for a pattern that opens with a lookbehind (`(?<!压实…)主要负责人…`). Such a pattern makes the
 * engine try the lookbehind at every character before anything else; this finds the places where
 * the rest matches (a quick scan for its first characters) and tests the lookbehind only there.
 * Same result as the whole pattern's `exec`. Null when the pattern is not of that form (no leading
 * lookbehind, an alternative outside it, a backreference).
 */
function lookbehindFirst(source: string): Search | null {
  if (!source.startsWith("(?<!") && !source.startsWith("(?<=")) return null;
  const end = groupEnd(source, 0);
  if (end < 0 || /\\(?:[1-9]|k<)/u.test(source)) return null;
  const rest = source.slice(end);
  const bars: number[] = [];
  if (groupEnd(`(${rest})`, 0, bars) !== rest.length + 2 || bars.length > 0) return null;
  const assertion = new RegExp(source.slice(0, end), "uy");
  const after = new RegExp(rest, "gu");
  return (text) => {
    for (let from = 0; from <= text.length; ) {
      after.lastIndex = from;
      const m = after.exec(text);
      if (!m) return null;
      assertion.lastIndex = m.index;
      if (assertion.test(text)) return [m.index, m.index + m[0].length];
      // On to the next character (a whole surrogate pair: a /u pattern never starts inside one).
      const code = text.charCodeAt(m.index);
      const next = text.charCodeAt(m.index + 1);
      from = m.index + (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    }
    return null;
  };
}

function search(source: string): Search {
  const fast = lookbehindFirst(source);
  if (fast) return fast;
  const pattern = new RegExp(source, "u");
  return (text) => {
    const m = pattern.exec(text);
    return m ? [m.index, m.index + m[0].length] : null;
  };
}

function patternsOf(part: ProfilePart): Compiled {
  let patterns = compiled.get(part);
  if (!patterns) {
    patterns = { headings: regexes(part.headingPatterns), excludes: regexes(part.excludePatterns), body: (part.bodyPatterns ?? []).map(search) };
    compiled.set(part, patterns);
  }
  return patterns;
}

/** True when a heading's text names the part: a heading pattern or synonym matches, and no exclusion. */
function names(part: ProfilePart, text: string, depth: number | null): boolean {
  const { headings, excludes } = patternsOf(part);
  if (depth !== null && part.levels && !part.levels.includes(depth)) return false;
  if (!headings.some((p) => p.test(text)) && !part.synonyms?.some((word) => text.includes(word))) return false;
  return !excludes.some((p) => p.test(text));
}

/**
 * Part ids of heading texts already read, by profile, then depth, then text (the heading's own
 * string, whose hash it keeps: no key string built per question); emptied past a bound.
 */
const headingParts = new WeakMap<Profile, { size: number; byDepth: Map<number | null, Map<string, readonly string[]>> }>();
/** No part: one list for every heading that names none. */
const NO_PARTS: readonly string[] = [];
const MAX_KNOWN_HEADINGS = 10_000;

/**
 * Ids of the profile's parts whose heading patterns (or synonyms) match this heading text, in
 * profile order. With a depth (1 = top level), parts whose `levels` leave it out are skipped.
 */
export function partsOfHeadingText(text: string, profile: Profile, depth: number | null = null): readonly string[] {
  // Asked again and again of the same headings (for each date under them, by several rules): kept.
  let known = headingParts.get(profile);
  if (!known) {
    known = { size: 0, byDepth: new Map() };
    headingParts.set(profile, known);
  }
  let byText = known.byDepth.get(depth);
  let ids = byText?.get(text);
  if (!ids) {
    // By push, one list kept and handed out as is (read only): no copy per question.
    const named: string[] = [];
    for (const part of profile.parts) if (names(part, text, depth)) named.push(part.id);
    ids = named.length === 0 ? NO_PARTS : named;
    if (known.size >= MAX_KNOWN_HEADINGS) {
      known.byDepth.clear();
      known.size = 0;
      byText = undefined;
    }
    if (!byText) {
      byText = new Map();
      known.byDepth.set(depth, byText);
    }
    byText.set(text, ids);
    known.size++;
  }
  return ids;
}

/** Where the first of the part's body patterns matches the text (offsets into `text`), or null. */
export function bodyMatch(part: ProfilePart, text: string): Span | null {
  for (const find of patternsOf(part).body) {
    const found = find(text);
    if (found) return found;
  }
  return null;
}

/**
 * The parts covering a heading: those of the heading itself, or else of its nearest ancestor whose
 * text names a part. Empty when no heading on the path names one (a topical section).
 */
export function partsOfHeading(report: Report, profile: Profile, heading: number): readonly string[] {
  for (let at: number | null = heading; at !== null; at = report.headings[at]?.parent ?? null) {
    const h = report.headings[at]!;
    const found = partsOfHeadingText(h.text, profile, h.depth);
    if (found.length > 0) return found;
  }
  return NO_PARTS;
}

/** Index of the paragraph holding `offset`, or -1 (paragraphs are in text order). */
function paragraphAt(report: Report, offset: number): number {
  let lo = 0;
  let hi = report.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = report.paragraphs[mid]!.span;
    if (offset < start) hi = mid - 1;
    else if (offset > end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The parts covering a place in the text (see partsOfHeading); empty before the first heading. */
export function partsAt(report: Report, profile: Profile, offset: number): readonly string[] {
  const paragraph = report.paragraphs[paragraphAt(report, offset)];
  if (!paragraph || paragraph.heading === null) return NO_PARTS;
  return partsOfHeading(report, profile, paragraph.heading);
}

/**
 * A section of the text: a numbered heading, or an unnumbered heading line (存在问题 on a line of its
 * own), with the paragraphs under it.
 */
export interface Section {
  /** The heading words: a numbered heading's whole span, or the heading line's content. */
  readonly span: Span;
  readonly text: string;
  /** 1 = top-level numbered heading; 0 = an unnumbered heading line (it stands above the numbered ones). */
  readonly depth: number;
  /** Index of the heading's paragraph. */
  readonly paragraph: number;
  /** Paragraph index after the section's last paragraph. */
  readonly end: number;
  /** Parts the heading itself names. */
  readonly parts: readonly string[];
}

/** A heading or heading line, before its extent is known. */
type Mark = Pick<Section, "span" | "text" | "depth" | "paragraph">;

/** Every section of the report, in text order, with the parts its heading names. */
export function sectionsOf(report: Report, profile: Profile): Section[] {
  const { text, headings, paragraphs } = report;
  // By push, not spreads of maps: one array layout whatever the text (no deoptimisation on a new one).
  const marks: Mark[] = [];
  for (const h of headings) marks.push({ span: h.span, text: h.text, depth: h.depth, paragraph: h.paragraph });
  for (const i of findSectionLines(text, paragraphs)) {
    const span = paragraphs[i]!.contentSpan;
    marks.push({ span, text: text.slice(...span), depth: 0, paragraph: i });
  }
  marks.sort((a, b) => a.paragraph - b.paragraph);
  const sections: Section[] = [];
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k]!;
    let next: Mark | undefined;
    for (let j = k + 1; j < marks.length && !next; j++) if (marks[j]!.depth <= mark.depth) next = marks[j];
    const level = mark.depth === 0 ? 1 : mark.depth;
    // Built field by field, not spread: the same layout as the marks, without a generic copy.
    sections.push({
      span: mark.span,
      text: mark.text,
      depth: mark.depth,
      paragraph: mark.paragraph,
      end: next?.paragraph ?? paragraphs.length,
      parts: partsOfHeadingText(mark.text, profile, level),
    });
  }
  return sections;
}
