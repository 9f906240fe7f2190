/**
 * common-typos: wrong characters and words frequent in government writing (国绕→围绕, 千部→干部,
 * 布署→部署), from the curated list in report-model (lexicon/common-typos.ts), each with its
 * correction. Docs: docs/rules/common-typos.md
 */
import { COMMON_TYPOS, type CommonTypo } from "@reportlint/report-model";
import { createRule } from "../rule.js";

/** How far a guard looks before and after a wrong form (never past the line). */
const BEFORE = 20;
const AFTER = 40;

interface Compiled {
  readonly entry: CommonTypo;
  readonly notBefore: RegExp | null;
  readonly notAfter: RegExp | null;
  readonly onlyAfter: RegExp | null;
  /** Without a guard, the correction is certain: a safe fix. */
  readonly certain: boolean;
  /** The wrong form's second UTF-16 code unit (-1 for a one-character form): most candidates fail on it. */
  readonly second: number;
}

let byFirstChar: Map<number, Compiled[]> | null = null;
/**
 * A bit for each pair of first two UTF-16 code units of a wrong form (hashed, so a few other pairs
 * share a bit): a quarter of a report's characters start some wrong form, but few pairs do.
 */
const PAIRS = new Uint32Array(2048);
const pairBit = (first: number, second: number) => (Math.imul(first, 0x9e37) ^ second) & 0xffff;
/** A one-character wrong form has no pair: then every character is looked up. */
let oneCharForm = false;

/** The entries by their first UTF-16 code unit, longest wrong form first; compiled once. */
function entries(): Map<number, Compiled[]> {
  if (byFirstChar) return byFirstChar;
  byFirstChar = new Map();
  for (const entry of COMMON_TYPOS) {
    const compiled: Compiled = {
      entry,
      notBefore: entry.notBefore ? new RegExp(`(?:${entry.notBefore})$`, "u") : null,
      notAfter: entry.notAfter ? new RegExp(`^(?:${entry.notAfter})`, "u") : null,
      onlyAfter: entry.onlyAfter ? new RegExp(`^(?:${entry.onlyAfter})`, "u") : null,
      certain: !entry.notBefore && !entry.notAfter && !entry.onlyAfter,
      second: entry.wrong.length > 1 ? entry.wrong.charCodeAt(1) : -1,
    };
    const first = entry.wrong.charCodeAt(0);
    if (entry.wrong.length > 1) {
      const bit = pairBit(first, entry.wrong.charCodeAt(1));
      PAIRS[bit >>> 5]! |= 1 << (bit & 31);
    } else {
      oneCharForm = true;
    }
    const list = byFirstChar.get(first) ?? [];
    list.push(compiled);
    byFirstChar.set(first, list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.entry.wrong.length - a.entry.wrong.length);
  return byFirstChar;
}

/**
 * The first offset from `from` on where a wrong form may start (its first two code units set their
 * bit in PAIRS), or text.length. A small function of its own, so the scan keeps everything in registers.
 */
function nextCandidate(text: string, from: number): number {
  if (oneCharForm) return from;
  // A form of two or more characters cannot start at the last one: stopping before it also keeps
  // charCodeAt from reading past the end (NaN would make the loop's numbers doubles).
  const last = text.length - 1;
  if (from >= last) return text.length;
  // Each character is read once: the one after i is carried to the next round as its own.
  let next = text.charCodeAt(from);
  for (let i = from; i < last; i++) {
    const code = next;
    next = text.charCodeAt(i + 1);
    const bit = pairBit(code, next);
    if ((PAIRS[bit >>> 5]! & (1 << (bit & 31))) !== 0) return i;
  }
  return text.length;
}

/** True when the entry's guard says the wrong form at `start` is an error here. */
function applies(c: Compiled, text: string, start: number): boolean {
  const end = start + c.entry.wrong.length;
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - BEFORE);
  const lineEnd = text.indexOf("\n", end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + AFTER));
  if (c.notBefore?.test(before)) return false;
  if (c.notAfter?.test(after)) return false;
  return !c.onlyAfter || c.onlyAfter.test(after);
}

/**
 * True when [start, end) overlaps one of `spans`. A function, not a closure in the loop: a closure
 * capturing the loop's variables would make V8 allocate their scope on every character.
 */
function overlapsAny(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && end > s) return true;
  return false;
}

export default createRule({
  id: "common-typos",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "政务文稿中常见的错别字（形近字、音近字）",
        en: "Wrong characters frequent in government writing (look-alike and sound-alike confusions)",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    fixable: "safe",
    messages: {
      typo: {
        zh: "「{{wrong}}」是错别字，应为「{{right}}」",
        en: 'Unexpected "{{wrong}}", expected "{{right}}"',
      },
      replace: { zh: "改为「{{right}}」", en: 'Replace with "{{right}}"' },
    },
  },
  create(context) {
    const { text } = context;
    const table = entries();
    const chrome = context.document.chrome.map((c) => c.span);
    for (let i = nextCandidate(text, 0); i < text.length; i = nextCandidate(text, i + 1)) {
      const code = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      const candidates = table.get(code);
      if (!candidates) continue;
      // The longest wrong form that applies here; its characters are not matched again.
      let found: Compiled | undefined;
      for (const c of candidates) {
        if ((c.second === -1 || c.second === next) && text.startsWith(c.entry.wrong, i) && applies(c, text, i)) {
          found = c;
          break;
        }
      }
      if (!found) continue;
      const end = i + found.entry.wrong.length;
      if (overlapsAny(chrome, i, end)) continue;
      const { wrong, right } = found.entry;
      const fix = { span: [i, end] as [number, number], text: right };
      const data = { wrong, right };
      if (found.certain) {
        context.report({ span: [i, end], messageId: "typo", data, fix });
      } else {
        context.report({
          span: [i, end],
          messageId: "typo",
          data,
          severity: "warning",
          suggestions: [{ messageId: "replace", data: { right }, fix }],
        });
      }
      i = end - 1;
    }
  },
});
