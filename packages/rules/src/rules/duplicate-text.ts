/**
 * duplicate-text: the title, a heading, a paragraph or a long sentence printed twice (a copy-paste
 * or a page that prints its title again). The second copy is reported, citing the line of the
 * first. Docs: docs/rules/duplicate-text.md
 *
 * One pass over paragraphs, headings and sentences with hash maps of their normalised text (spaces
 * dropped, half-width punctuation read as full-width), so the time is linear in the text. Page
 * furniture, table rows, short phrases and signature lines are never compared.
 */
import type { Report, Span } from "@reportlint/report-model";
import { organisationLine } from "@reportlint/parser";
import { createRule, type RuleFinding } from "../rule.js";
import { isRegExpSpace } from "../util/typography.js";

/** Paragraphs shorter than this (normalised characters) are phrases, signatures or table cells. */
const MIN_PARAGRAPH = 20;
/** Sentences shorter than this are formulas a report may well repeat (本年度无此类情况。). */
const MIN_SENTENCE = 25;
/** A heading at least this long copied under another parent is a copy, not a shared sub-heading. */
const LONG_HEADING = 16;
/** Heading texts shorter than this are never compared (存在问题 may head every part). */
const MIN_HEADING = 4;
/** A paragraph at least this long printed twice in a row is certainly a copy: an error. */
const CERTAIN_PARAGRAPH = 50;
/** A line this short without a sentence end, printed three times or more, is a page header or footer. */
const RUNNING_LINE = 40;
const SENTENCE_END = /[。！？]/u;
/** A title shorter than this is not looked for further down the text. */
const MIN_TITLE = 10;
/** Findings per text, so a huge input with thousands of copies stays bounded. */
const MAX_FINDINGS = 200;

const HALF_TO_FULL: Readonly<Record<string, string>> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？" };
/** Per ASCII code: 1 for a half-width mark HALF_TO_FULL makes full-width. */
const HALF_WIDTH = new Uint8Array(0x80);
for (const c of Object.keys(HALF_TO_FULL)) HALF_WIDTH[c.charCodeAt(0)] = 1;

/** Dropped from the text as compared: white space (`\s`) and zero-width spaces. */
const dropped = (c: number) => isRegExpSpace(c) || (c >= 0x200b && c <= 0x200d);

/** The text as compared: without spaces, with half-width punctuation read as full-width. */
function normalise(s: string): string {
  // Most texts have nothing to change: one scan says so, and the text itself is kept.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x80 && HALF_WIDTH[c] === 1) || dropped(c)) break;
  }
  if (i === s.length) return s;
  let out = "";
  let from = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const half = c < 0x80 && HALF_WIDTH[c] === 1;
    if (!half && !dropped(c)) continue;
    out += s.slice(from, i);
    if (half) out += HALF_TO_FULL[s[i]!]!;
    from = i + 1;
  }
  return out + s.slice(from);
}

/** Per ASCII code, what keyOf does with it: KEEP, WIDEN (HALF_TO_FULL), DROP (white space) or TABLE. */
const KEEP = 0;
const WIDEN = 1;
const DROP = 2;
/** A table separator: a table row or a line with one is never a copy. */
const TABLE = 3;
const ASCII_KIND = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_KIND[c] = HALF_WIDTH[c] === 1 ? WIDEN : isRegExpSpace(c) ? DROP : KEEP;
ASCII_KIND[0x7c] = TABLE; // |
ASCII_KIND[0x09] = TABLE; // tab

/**
 * normalise(text[start, end)), or null when the words hold a table separator (| or a tab): one scan of
 * the text itself instead of a copy of the words, a scan for each separator and one more to normalise.
 */
function keyOf(text: string, start: number, end: number): string | null {
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const kind = ASCII_KIND[c]!;
      if (kind === KEEP) continue;
      if (kind === TABLE) return null;
      out += text.slice(from, i);
      if (kind === WIDEN) out += HALF_TO_FULL[text[i]!]!;
      from = i + 1;
    } else if (dropped(c)) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === start ? text.slice(start, end) : out + text.slice(from, end);
}
/** A table caption, printed again where a PDF continues the table on the next page. */
const TABLE_CAPTION = /^#*(?:附)?表[0-9一二三四五六七八九十]/u;
const isCaptionStart = (c: number) => c === 0x23 || c === 0x9644 || c === 0x8868;
/** The line opening a table of contents, whose entries the text prints again as headings. */
const CONTENTS = "目录";
/** Entries of a table of contents are short lines without sentence punctuation. */
const CONTENTS_ENTRY = /^[^。；;！？!?]{1,60}$/u;

/**
 * True when normalise(text[start, end)) is 目录: 目 and 录 with only white space and zero-width spaces
 * around them (widening makes no 目 or 录). Most paragraphs fail at their first character, uncopied.
 */
function readsContents(text: string, start: number, end: number): boolean {
  let i = start;
  for (let k = 0; k < CONTENTS.length; k++) {
    while (i < end && dropped(text.charCodeAt(i))) i++;
    if (i >= end || text.charCodeAt(i) !== CONTENTS.charCodeAt(k)) return false;
    i++;
  }
  while (i < end && dropped(text.charCodeAt(i))) i++;
  return i === end;
}

/**
 * Paragraphs of a table of contents: the lines after a 目录 line, up to the first line that is not an
 * entry or that repeats an entry (the text itself starting).
 */
function contentsOf(report: Report): Set<number> {
  const out = new Set<number>();
  const { paragraphs, text } = report;
  let start = -1;
  for (let i = 0; i < paragraphs.length && start < 0; i++) {
    const p = paragraphs[i]!;
    if (p.kind !== "blank" && readsContents(text, p.contentSpan[0], p.contentSpan[1])) start = i;
  }
  if (start < 0) return out;
  const entries = new Set<string>();
  for (let i = start; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.kind === "blank") continue;
    const key = normalise(text.slice(...p.contentSpan));
    if (entries.has(key) || !CONTENTS_ENTRY.test(key)) break;
    entries.add(key);
    out.add(i);
  }
  return out;
}

export default createRule({
  id: "duplicate-text",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "标题、段落或长句不应重复出现",
        en: "The title, a heading, a paragraph or a long sentence should not be printed twice",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      title: {
        zh: "报告标题重复出现（第{{line}}行已有）",
        en: "The title is printed again (first on line {{line}})",
      },
      heading: {
        zh: "标题「{{heading}}」与第{{line}}行重复",
        en: 'The heading "{{heading}}" repeats the one on line {{line}}',
      },
      paragraph: {
        zh: "本段与第{{line}}行的段落完全相同（{{length}}字），疑为重复粘贴",
        en: "This paragraph repeats the one on line {{line}} word for word ({{length}} characters)",
      },
      sentence: {
        zh: "本句与第{{line}}行的句子完全相同，疑为重复粘贴",
        en: "This sentence repeats one on line {{line}} word for word",
      },
    },
  },
  create(context) {
    const report = context.document;
    const { paragraphs } = report;
    let count = 0;
    const add: Add = (finding) => {
      if (count++ < MAX_FINDINGS) context.report(finding);
    };
    // Paragraphs never compared: those already reported, and a table of contents.
    const skipped = contentsOf(report);

    // The title printed again: the parser marks a repeat right under the title as title lines.
    const title = report.meta.title;
    const titleLine = title ? lineOf(paragraphs, paragraphs.findIndex((p) => p.contentSpan[0] === title.span[0])) : 0;
    if (title) {
      // The first and last repeated title lines (indexes, not a filtered list of them).
      let firstRepeat = -1;
      let lastRepeat = -1;
      for (let i = 0; i < paragraphs.length; i++) {
        const p = paragraphs[i]!;
        if (p.kind !== "title" || p.contentSpan[0] < title.span[1]) continue;
        if (firstRepeat < 0) firstRepeat = i;
        lastRepeat = i;
      }
      if (firstRepeat >= 0) {
        add({
          span: [paragraphs[firstRepeat]!.contentSpan[0], paragraphs[lastRepeat]!.contentSpan[1]],
          severity: "warning",
          messageId: "title",
          data: { line: titleLine },
        });
      }
    }
    const titleKey = title && title.text.length >= MIN_TITLE ? normalise(title.text) : null;
    const seen = { titleKey, titleLine, skipped };
    reportHeadings(report, add, seen);
    const keys = reportParagraphs(report, add, seen);
    reportSentences(report, add, seen, keys);
  },
});

// The steps of create, each a function of its own: one that deoptimises is recompiled alone, not
// the whole rule (the rule in one piece took 30-100 ms of compiler time per compile).

type Add = (finding: RuleFinding<"title" | "heading" | "paragraph" | "sentence">) => void;

/** What the steps share: the title's key and line, and the paragraphs not to compare (again). */
interface Seen {
  readonly titleKey: string | null;
  readonly titleLine: number;
  readonly skipped: Set<number>;
}

const lineOf = (paragraphs: Report["paragraphs"], paragraph: number) => paragraphs[paragraph]?.line ?? 0;

/** Headings: the same words under the same parent, or long ones anywhere. */
function reportHeadings(report: Report, add: Add, { titleKey, titleLine, skipped }: Seen): void {
  const { headings, paragraphs, text } = report;
  // The first heading of a key and its parent; a map of the first under each other parent only
  // once a key comes under a second one (most keys come once: no Map built per heading).
  const headingSeen = new Map<string, { first: number; parent: number | null; byParent: Map<number | null, number> | null }>();
  headings.forEach((heading, index) => {
    const key = normalise(heading.text);
    if (key.length < MIN_HEADING || skipped.has(heading.paragraph)) return;
    if (key === titleKey) {
      add({ span: heading.span, severity: "warning", messageId: "title", data: { line: titleLine } });
      skipped.add(heading.paragraph);
      return;
    }
    const earlier = headingSeen.get(key);
    const underParent = earlier && (earlier.parent === heading.parent ? earlier.first : earlier.byParent?.get(heading.parent));
    const first = earlier && (underParent ?? (key.length >= LONG_HEADING ? earlier.first : undefined));
    if (first !== undefined) {
      add({
        span: heading.span,
        severity: "warning",
        messageId: "heading",
        data: { heading: text.slice(...heading.span), line: lineOf(paragraphs, headings[first]!.paragraph) },
      });
      skipped.add(heading.paragraph);
    }
    if (!earlier) headingSeen.set(key, { first: index, parent: heading.parent, byParent: null });
    else if (underParent === undefined) (earlier.byParent ??= new Map()).set(heading.parent, index);
  });
}

/**
 * Paragraphs printed twice (consecutive copied lines of consecutive lines as one finding). Returns
 * the key of every paragraph compared, for the sentences.
 */
function reportParagraphs(report: Report, add: Add, { titleKey, titleLine, skipped }: Seen): Map<number, string> {
  const { paragraphs, text } = report;
  const paragraphInTable = tableTest(report);
  // The text of every paragraph that may be compared, and the text paragraph before each (kept
  // for those only: a text of a million blank lines builds nothing here).
  const keys = new Map<number, string>();
  const before = new Map<number, number>();
  const occurrences = new Map<string, number>();
  let previousText = -1;
  paragraphs.forEach((p, index) => {
    if (p.kind === "blank") return;
    const previous = previousText;
    previousText = index;
    if (p.kind !== "body" || skipped.has(index) || paragraphInTable(p.contentSpan[0], p.contentSpan[1])) return;
    const key = keyOf(text, p.contentSpan[0], p.contentSpan[1]);
    // A caption starts with #, 附 or 表: other keys are not run through the pattern.
    if (key === null || (isCaptionStart(key.charCodeAt(0)) && TABLE_CAPTION.test(key))) return;
    keys.set(index, key);
    before.set(index, previous);
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  });
  // An issuer line under the title and the same organisation signing the report are no copy: left
  // out. Only a paragraph whose words come again (or are the title's) is asked: one that is alone
  // makes no finding and counts toward none, in or out.
  for (const [index, key] of keys) {
    const count = occurrences.get(key)!;
    if (count < 2 && key !== titleKey) continue;
    if (organisationLine(text.slice(...paragraphs[index]!.contentSpan)) === null) continue;
    keys.delete(index);
    before.delete(index);
    occurrences.set(key, count - 1);
  }
  // A line without a sentence printed three times or more is a running page header or footer of a
  // PDF (the title on every page), not a copy.
  const running = (key: string) => key.length <= RUNNING_LINE && !SENTENCE_END.test(key) && (occurrences.get(key) ?? 0) + (key === titleKey ? 1 : 0) >= 3;

  const paragraphSeen = new Map<string, number>();
  // Consecutive copied lines of consecutive lines (a paragraph a PDF broke into lines) are one finding.
  let block: { start: number; end: number; firstStart: number; firstEnd: number; length: number } | null = null;
  const flush = () => {
    if (!block) return;
    const inARow = before.get(block.start) === block.firstEnd && block.length >= CERTAIN_PARAGRAPH;
    add({
      span: [paragraphs[block.start]!.contentSpan[0], paragraphs[block.end]!.contentSpan[1]],
      severity: inARow ? undefined : "warning",
      messageId: "paragraph",
      data: { line: lineOf(paragraphs, block.firstStart), length: block.length },
    });
    block = null;
  };
  keys.forEach((key, index) => {
    if (running(key)) {
      skipped.add(index);
      return;
    }
    if (key === titleKey) {
      add({ span: paragraphs[index]!.contentSpan, severity: "warning", messageId: "title", data: { line: titleLine } });
      skipped.add(index);
      return;
    }
    if (key.length < MIN_PARAGRAPH) return;
    const first = paragraphSeen.get(key);
    if (first === undefined) {
      paragraphSeen.set(key, index);
      return;
    }
    skipped.add(index);
    if (block && before.get(index) === block.end && before.get(first) === block.firstEnd) {
      block = { ...block, end: index, firstEnd: first, length: block.length + key.length };
      return;
    }
    flush();
    block = { start: index, end: index, firstStart: first, firstEnd: first, length: key.length };
  });
  flush();
  return keys;
}

/** How many characters of a key its print reads: enough to tell sentences apart, few enough to be quick. */
const PRINT_CHARS = 12;

/**
 * A hash of the first PRINT_CHARS characters of keyOf(text, start, end), read off the text without
 * building the key (equal keys, equal prints); -1 where those characters hold a table separator.
 */
function printOf(text: string, start: number, end: number): number {
  let length = 0;
  let hash = 0;
  for (let i = start; i < end && length < PRINT_CHARS; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      const kind = ASCII_KIND[c]!;
      if (kind === TABLE) return -1;
      if (kind === DROP) continue;
      if (kind === WIDEN) c = WIDE_CODE[c]!;
    } else if (dropped(c)) continue;
    hash = (Math.imul(hash, 31) + c) | 0;
    length++;
  }
  return hash & 0x3fffffff;
}
/** Per ASCII code of a WIDEN mark, the full-width mark's code (HALF_TO_FULL). */
const WIDE_CODE = new Uint16Array(0x80);
for (const [half, full] of Object.entries(HALF_TO_FULL)) WIDE_CODE[half.charCodeAt(0)] = full.charCodeAt(0);

/** Long sentences printed twice, in the paragraphs not reported as a whole. */
function reportSentences(report: Report, add: Add, { skipped }: Seen, keys: ReadonlyMap<number, string>): void {
  const { headings, paragraphs, text } = report;
  const sentenceSeen = new Map<string, number>();
  const sentenceInTable = tableTest(report);
  const headingAt = new Map(headings.map((h) => [h.paragraph, h.span]));
  // First the sentences to compare, each with a print of its key's start: only those whose print
  // another shares can be a copy or the first of one, and only theirs are built and hashed as strings
  // (and only then is a key found too short).
  const candidates: { span: Span; paragraph: number; whole: boolean; print: number }[] = [];
  const printCount = new Map<number, number>();
  // Whole sentences, from the parser's clauses (clauses split at ；share a sentence): read as
  // offsets, with a span built only for a sentence kept.
  const { clauses } = report;
  for (let k = 0; k < clauses.length; ) {
    const first = clauses[k]!;
    const paragraph = first.paragraph;
    const start = first.span[0];
    let end = first.span[1];
    for (k++; k < clauses.length && clauses[k]!.paragraph === paragraph && clauses[k]!.sentence === first.sentence; k++) end = clauses[k]!.span[1];
    // A key is never longer than its words: a sentence too short for one is not read at all.
    if (end - start < MIN_SENTENCE) continue;
    const p = paragraphs[paragraph];
    if (!p || (p.kind !== "body" && p.kind !== "heading") || skipped.has(paragraph) || sentenceInTable(start, end)) continue;
    // A heading's own words are compared as a heading.
    const heading = headingAt.get(paragraph);
    if (heading && heading[1] > start && heading[0] < end) continue;
    // A separator in the first characters: keyOf is null (one later on is found when the key is built).
    const print = printOf(text, start, end);
    if (print < 0) continue;
    printCount.set(print, (printCount.get(print) ?? 0) + 1);
    const whole = p.contentSpan[0] === start && p.contentSpan[1] === end;
    candidates.push({ span: [start, end], paragraph, whole, print });
  }
  for (const sentence of candidates) {
    if (printCount.get(sentence.print)! < 2) continue;
    // A sentence that is its whole paragraph has its key already (a string hashed once, not twice).
    const key = (sentence.whole ? keys.get(sentence.paragraph) : undefined) ?? keyOf(text, sentence.span[0], sentence.span[1]);
    if (key === null || key.length < MIN_SENTENCE) continue;
    const first = sentenceSeen.get(key);
    if (first === undefined) sentenceSeen.set(key, sentence.paragraph);
    else add({ span: sentence.span, severity: "warning", messageId: "sentence", data: { line: lineOf(paragraphs, first) } });
  }
}

/**
 * Whether [start, end) overlaps one of the parser's tables. Tables are in text order and the spans must be
 * asked in text order too, so a whole pass is linear.
 */
function tableTest(report: Report): (start: number, end: number) => boolean {
  const { tables } = report;
  let k = 0;
  return (start, end) => {
    while (k < tables.length && tables[k]!.span[1] <= start) k++;
    const table = tables[k];
    return table !== undefined && table.span[0] < end;
  };
}
