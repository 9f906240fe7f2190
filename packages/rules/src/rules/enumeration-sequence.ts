/**
 * enumeration-sequence: 一是/二是/三是, 第一，第二， and 首先，其次，最后， should count on inside a
 * paragraph or a run of paragraphs: no gaps (一是/二是/四是), repeats (二是/二是), reversals, runs
 * that do not start at one, 其次 without 首先 or 最后 twice. Docs: docs/rules/enumeration-sequence.md
 */
import type { EnumerationItem, Heading } from "@reportlint/report-model";
import { createRule } from "../rule.js";
import { toChineseNumeral } from "../util/numerals.js";

type Style = EnumerationItem["style"];

/** The item of a style and number as printed (最后 is the sequence's last item, value null). */
function markerOf(style: Style, value: number | null): string {
  if (style === "sequence") return value === null ? "最后" : (["首先", "其次", "再次"][value - 1] ?? "最后");
  return style === "shi" ? `${toChineseNumeral(value!)}是` : `第${toChineseNumeral(value!)}`;
}

/** The text without spaces and line breaks (hard-wrapped PDF text breaks 三是 into 三 and 是). */
const compact = (s: string) => s.replace(/\s+/gu, "");

/** Words that begin a list in another way than 首先. */
const FIRST_WORDS = ["一是", "第一", "一方面", "其一"];

/** 最后 closes a run: it comes after every numbered item. */
const rank = (item: EnumerationItem) => item.value ?? Number.POSITIVE_INFINITY;

interface Run {
  /** The innermost heading the run started under (null before the first heading). */
  readonly section: number | null;
  last: EnumerationItem;
}

export default createRule({
  id: "enumeration-sequence",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "“一是、二是”“第一、第二”“首先、其次”等列举应按顺序：不跳号、不重复、不倒序，从一开始",
        en: "Enumerations (一是/二是, 第一/第二, 首先/其次) must count on: no gaps, repeats or reversals, starting at one",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      skipped: {
        zh: "列举从「{{previous}}」跳到「{{marker}}」，缺少「{{missing}}」",
        en: 'The enumeration jumps from "{{previous}}" to "{{marker}}"; "{{missing}}" is missing',
      },
      duplicate: {
        zh: "列举序号「{{marker}}」重复（前面已有「{{previous}}」），按顺序应为「{{expected}}」",
        en: 'The enumeration repeats "{{marker}}" (after "{{previous}}"); expected "{{expected}}"',
      },
      outOfOrder: {
        zh: "列举序号「{{marker}}」排在「{{previous}}」之后，顺序颠倒",
        en: 'Enumeration item "{{marker}}" comes after "{{previous}}": out of order',
      },
      wrongStart: {
        zh: "列举从「{{marker}}」开始，前面没有「{{expected}}」",
        en: 'The enumeration starts at "{{marker}}" with no "{{expected}}" before it',
      },
      lastTwice: {
        zh: "同一组列举中「最后」出现两次",
        en: 'The enumeration says "最后" (finally) twice',
      },
    },
  },
  create(context) {
    const { text, document } = context;
    const { headings, paragraphs } = document;
    const sectionOf = (item: EnumerationItem) => paragraphs[item.paragraph]?.heading ?? null;
    /** True when `inner` is `outer` or a heading below it. */
    const within = (inner: number | null, outer: number | null): boolean => {
      if (outer === null) return inner === null;
      for (let h: number | null = inner; h !== null; h = (headings[h] as Heading).parent) if (h === outer) return true;
      return false;
    };
    const sectionStart = (section: number | null) => (section === null ? 0 : headings[section]!.span[0]);
    // Certain only inside one paragraph; across paragraphs (one item per line) a finding is a warning.
    const severityFor = (a: EnumerationItem, b: EnumerationItem) =>
      a.paragraph === b.paragraph && a.style !== "sequence" ? undefined : ("warning" as const);

    // Items in quotation marks belong to the quoted text, not to the report's own lists.
    const items = document.enumerations.filter((item) => !item.quoted);
    for (const style of ["shi", "ordinal", "sequence"] as const) {
      // Open runs, outermost first: 一是…（一是…二是…）…二是 nests a list inside an item.
      let stack: Run[] = [];
      for (const item of items.filter((i) => i.style === style)) {
        const section = sectionOf(item);
        while (stack.length > 0 && !within(section, stack.at(-1)!.section)) stack.pop();
        if (item.value === 1) {
          stack.push({ section, last: item });
          continue;
        }
        // Continues an outer run: the inner list is over.
        let outer = stack.length - 1;
        while (outer >= 0 && !(stack[outer]!.last.value !== null && item.value === stack[outer]!.last.value! + 1)) outer--;
        if (outer >= 0) {
          stack = stack.slice(0, outer + 1);
          stack[outer]!.last = item;
          continue;
        }
        const run = stack.at(-1);
        const marker = item.marker;
        if (!run) {
          // 最后 on its own closes a text, not a list.
          if (item.value === null) continue;
          // The first item must be 一是/第一/首先, unless one is printed earlier in the section in a
          // form the parser does not take as an item (二〇二四年一是…, a quotation); 其次 may follow a
          // list begun another way (第一，…其次，).
          const first = markerOf(style, 1);
          const before = compact(text.slice(sectionStart(section), item.span[0]));
          const starts = style === "sequence" ? [first, ...FIRST_WORDS] : [first];
          if (!starts.some((s) => before.includes(s))) {
            context.report({ span: item.span, severity: "warning", messageId: "wrongStart", data: { marker, expected: first } });
          }
          stack.push({ section, last: item });
          continue;
        }
        const previous = run.last;
        const between = compact(text.slice(previous.span[1], item.span[0]));
        // 存在问题主要有一是…二是…: a new list whose 一是 is glued to the words before it. (Not for
        // 第一, which 第一责任人 and 第一时间 print everywhere.)
        if (style !== "ordinal" && item.value !== null && between.includes(markerOf(style, 1))) {
          stack.push({ section, last: item });
          continue;
        }
        const at = { span: item.span, severity: severityFor(previous, item) };
        if (item.value === null && previous.value === null) {
          context.report({ ...at, messageId: "lastTwice" });
        } else if (item.value === previous.value) {
          const expected = markerOf(style, previous.value! + 1);
          context.report({ ...at, messageId: "duplicate", data: { marker, previous: previous.marker, expected } });
        } else if (rank(item) > rank(previous) && item.value !== null) {
          const from = previous.value! + 1;
          const missing = Array.from({ length: item.value - from }, (_, k) => markerOf(style, from + k));
          // A missing item printed between the two (三是 glued to the sentence before it, or 三 and 是
          // on two lines of a hard-wrapped text) is not missing.
          if (!missing.some((m) => between.includes(m))) {
            context.report({ ...at, messageId: "skipped", data: { marker, previous: previous.marker, missing: missing.join("」「") } });
          }
        } else if (rank(item) < rank(previous)) {
          context.report({ ...at, messageId: "outOfOrder", data: { marker, previous: previous.marker } });
        }
        run.last = item;
      }
    }
  },
});
