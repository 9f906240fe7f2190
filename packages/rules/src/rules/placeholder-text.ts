/**
 * placeholder-text: masks and drafting placeholders left in a report (**省, *路*号, XX局, ××年,
 * 20XX年, 【待补充】, 此处填写, 某某同志). Docs: docs/rules/placeholder-text.md
 */
import { BoundedMap, DRAFT_INSTRUCTIONS, DRAFT_NOTES, PLACEHOLDER_SUFFIXES, VAGUE_PLACES, type Report, type Span } from "@reportlint/report-model";
import { createRule } from "../rule.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const SUFFIX = new Set(PLACEHOLDER_SUFFIXES);
const HAN = /\p{Script=Han}/u;
const ASCII_ALNUM = /[A-Za-z0-9]/u;
/** Chinese numerals: 〇〇 and ○○ inside 二〇〇八年 are zeros, not a mask. */
const CHINESE_NUMERAL = /[〇○零一二三四五六七八九十百千]/u;

/** A run of asterisks directly before a name (**省, *路, ＊＊市). */
const ASTERISKS = /[*＊]+(?=\p{Script=Han})/gu;
/** A run of two or more mask letters (XX, ××, ○○, 〇〇, xx). */
const MASK_RUN = /(?:[XxＸｘ]{2,}|[×✕╳]{2,}|[○〇◯]{2,})/gu;
/** One X between Chinese text and a place, body or date word: X县, X局, X月X日. */
const SINGLE_X = /(?<![A-Za-zＡ-Ｚａ-ｚ0-9XxＸｘ])[XＸ](?=[省市县区镇乡局委月日号])/gu;
/** 【待补充】, （待定）, [此处插入表格] … */
const NOTE = new RegExp(
  `[【［\\[（(]\\s*(?:${DRAFT_NOTES.map(escape).join("|")})[^【】［］\\[\\]（）()\\n]{0,20}[】］\\]）)]`,
  "gu",
);
/**
 * The draft-note words by their first character: NOTE matches only where one is, and a search for
 * their first characters (a native one-character search each) is quicker than NOTE's or than a
 * pattern of the words.
 */
const NOTE_WORDS = wordsByFirst(DRAFT_NOTES);
const INSTRUCTION = new RegExp(`(?:${DRAFT_INSTRUCTIONS.map(escape).join("|")})`, "gu");
const TODO = /(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/gu;
/** 某某 before a title or a body: 某某同志, 某某局. */
const SOMEBODY = /某某(?=同志|局长|县长|市长|区长|镇长|乡长|书记|主任|[省市县区镇乡局委]|街道)/gu;
/** 某县, 某区 … before a body of government (某县人民政府, 某区人社局) or in a title. */
const SOME_PLACE = new RegExp(`(?<!某)某(?:${VAGUE_PLACES.map(escape).join("|")})`, "gu");
/** After 某县: words that make it the name of the reporting body rather than an anonymised place. */
const BODY_AFTER = /^(?:人民政府|政府|委|人大|政协|[\p{Script=Han}]{0,8}局|[\p{Script=Han}]{0,8}委员会)/u;
/** Characters before 某某 that make it an anonymised person's name (张某某), which is legitimate. */
const NOT_SURNAME = new Set("向对与和同由经据在为给及的是了将把被让使从自即其该有任以");

/** Every one built with all three fields (severity undefined when not lowered): one object layout. */
type Found = { span: Span; messageId: "mask" | "draftNote" | "instruction" | "vaguePlace"; severity: "warning" | undefined };

/** Words grouped by their first UTF-16 code unit (every word has one). */
function wordsByFirst(words: readonly string[]): (readonly [string, readonly string[]])[] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    if (word === "") throw new Error("an empty draft-note word would match everywhere");
    const group = groups.get(word[0]!) ?? [];
    group.push(word);
    groups.set(word[0]!, group);
  }
  return [...groups];
}

/** Whether the text holds one of the words, looked for where it holds their first characters. */
function holdsAnyWord(text: string, groups: readonly (readonly [string, readonly string[]])[]): boolean {
  for (const [first, words] of groups) {
    for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
      for (const word of words) if (text.startsWith(word, at)) return true;
    }
  }
  return false;
}

/** The emphasis closing a run of asterisks, by the run (**, ＊＊…): compiled once per run, not per match. */
const emphasisPatterns = new BoundedMap<string, RegExp>(64);
function emphasisClosedBy(run: string): RegExp {
  let re = emphasisPatterns.get(run);
  if (!re) {
    // Runs come from texts: a text of odd runs must not grow the map without end.
    re = new RegExp(`^\\p{Script=Han}[^*＊]{0,40}?\\p{Script=Han}${escape(run)}`, "u");
    emphasisPatterns.set(run, re);
  }
  return re;
}

/** True when `at` lies inside a “…” quotation on its line (an example quoted in the text). */
function quoted(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && text[i] !== "\n"; i--) {
    if (text[i] === "”") return false;
    if (text[i] === "“") return true;
  }
  return false;
}

export default createRule({
  id: "placeholder-text",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "正文中不应留有星号、XX、【待补充】等占位符",
        en: "Placeholders such as asterisks, XX or 【待补充】 must not be left in the report",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      mask: {
        zh: "「{{text}}」是占位符，应替换为实际的名称或数字",
        en: '"{{text}}" is a placeholder; replace it with the real name or number',
      },
      draftNote: {
        zh: "正文中留有起草备注「{{text}}」，提交前请补全",
        en: 'The draft note "{{text}}" is still in the text; complete it before submitting',
      },
      instruction: {
        zh: "正文中留有模板提示「{{text}}」，提交前请补全",
        en: 'The template instruction "{{text}}" is still in the text; complete it before submitting',
      },
      vaguePlace: {
        zh: "「{{text}}」似为占位符，报告应写明实际名称",
        en: '"{{text}}" looks like a placeholder; the report should give the real name',
      },
    },
  },
  create(context) {
    const { text, document } = context;
    const title = document.meta.title?.span ?? null;
    const found: Found[] = [];

    // Most reports have no asterisk: a native search for one is cheaper than the pattern's scan.
    const anyAsterisk = text.includes("*") || text.includes("＊");
    for (const m of anyAsterisk ? text.matchAll(ASTERISKS) : []) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1] ?? "";
      // 10*10, a*b: arithmetic; *注: a footnote marker.
      if (ASCII_ALNUM.test(before) || text[end] === "注") continue;
      const certain = SUFFIX.has(text[end]!) || (HAN.test(before) && /^[*＊]/u.test(text[end + 1] ?? ""));
      // **重点** in plain text: emphasis, closed by another run on the same line.
      const lineEnd = text.indexOf("\n", end);
      const rest = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
      if (!certain && m[0].length >= 2 && emphasisClosedBy(m[0]).test(rest)) continue;
      found.push({ span: [start, end], messageId: "mask", severity: certain ? undefined : "warning" });
    }

    for (const m of text.matchAll(MASK_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1] ?? "";
      const after = text[end] ?? "";
      if (/[A-Za-zＡ-Ｚａ-ｚ]/u.test(before) || /[A-Za-zＡ-Ｚａ-ｚ]/u.test(after)) continue;
      if (/[○〇◯]/u.test(m[0]) && (CHINESE_NUMERAL.test(before) || CHINESE_NUMERAL.test(after))) continue;
      // Beside Chinese text or a year's first digits (20XX年); a bare XX in Latin text is not ours.
      const nextToHan = HAN.test(before) || HAN.test(after) || /\d$/u.test(before);
      if (!nextToHan) continue;
      const certain = SUFFIX.has(after) || /\d$/u.test(before) || before === "第";
      found.push({ span: [start, end], messageId: "mask", severity: certain ? undefined : "warning" });
    }

    // A single X for a name or a date part (X县, X月X日) is likely a mask; X光 and X射线 are words.
    // (Most reports have no X at all: a native search for it is cheaper than the pattern's scan.)
    const anyX = text.includes("X") || text.includes("Ｘ");
    for (const m of anyX ? text.matchAll(SINGLE_X) : []) {
      found.push({ span: [m.index, m.index + 1], messageId: "mask", severity: "warning" });
    }

    for (const m of holdsAnyWord(text, NOTE_WORDS) ? text.matchAll(NOTE) : []) found.push({ span: [m.index, m.index + m[0].length], messageId: "draftNote", severity: undefined });
    for (const m of text.matchAll(TODO)) found.push({ span: [m.index, m.index + m[0].length], messageId: "draftNote", severity: undefined });
    for (const m of text.matchAll(INSTRUCTION)) {
      found.push({ span: [m.index, m.index + m[0].length], messageId: "instruction", severity: "warning" });
    }

    // Both patterns below start with 某, which most reports never write.
    const anySome = text.includes("某");
    for (const m of anySome ? text.matchAll(SOMEBODY) : []) {
      const before = text[m.index - 1] ?? "";
      if (HAN.test(before) && !NOT_SURNAME.has(before)) continue;
      found.push({ span: [m.index, m.index + 2], messageId: "mask", severity: "warning" });
    }

    for (const m of anySome ? text.matchAll(SOME_PLACE) : []) {
      const span: Span = [m.index, m.index + m[0].length];
      const inTitle = title !== null && span[0] >= title[0] && span[1] <= title[1];
      if (inTitle) found.push({ span, messageId: "vaguePlace", severity: undefined });
      else if (BODY_AFTER.test(text.slice(span[1], span[1] + 12))) found.push({ span, messageId: "vaguePlace", severity: "warning" });
    }

    found.sort((a, b) => a.span[0] - b.span[0]);
    let reach = -1;
    for (const f of found) {
      if (f.span[0] < reach || inChrome(document.chrome, f.span) || quoted(text, f.span[0])) continue;
      reach = f.span[1];
      context.report({
        span: f.span,
        messageId: f.messageId,
        data: { text: text.slice(f.span[0], f.span[1]) },
        severity: f.severity,
      });
    }
  },
});

/** True when `s` overlaps a span of page furniture. */
function inChrome(chrome: Report["chrome"], s: Span): boolean {
  for (const c of chrome) if (s[0] < c.span[1] && s[1] > c.span[0]) return true;
  return false;
}
