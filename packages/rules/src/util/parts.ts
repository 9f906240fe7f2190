// Which required part of the report profile a heading, or a place in the text, belongs to. The
// profile's parts carry heading patterns (data in report-model); this reads them against the
// parser's heading tree. Shared by required-sections and the time rules (a 今年 in the next-year
// plan means the year of writing, not the report year).
import type { Profile, ProfilePart, Report } from "@reportlint/report-model";

const compiled = new WeakMap<ProfilePart, readonly RegExp[]>();

function patternsOf(part: ProfilePart): readonly RegExp[] {
  let patterns = compiled.get(part);
  if (!patterns) {
    patterns = part.headingPatterns.map((source) => new RegExp(source, "u"));
    compiled.set(part, patterns);
  }
  return patterns;
}

/** Ids of the profile's parts whose heading patterns match this heading text, in profile order. */
export function partsOfHeadingText(text: string, profile: Profile): string[] {
  return profile.parts.filter((part) => patternsOf(part).some((p) => p.test(text))).map((part) => part.id);
}

/**
 * The parts covering a heading: those of the heading itself, or else of its nearest ancestor whose
 * text names a part. Empty when no heading on the path names one (a topical section).
 */
export function partsOfHeading(report: Report, profile: Profile, heading: number): string[] {
  for (let at: number | null = heading; at !== null; at = report.headings[at]?.parent ?? null) {
    const found = partsOfHeadingText(report.headings[at]!.text, profile);
    if (found.length > 0) return found;
  }
  return [];
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
export function partsAt(report: Report, profile: Profile, offset: number): string[] {
  const paragraph = report.paragraphs[paragraphAt(report, offset)];
  if (!paragraph || paragraph.heading === null) return [];
  return partsOfHeading(report, profile, paragraph.heading);
}
